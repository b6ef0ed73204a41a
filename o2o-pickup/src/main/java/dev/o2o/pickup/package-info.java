/**
 * Store pickup (buy online, pick up in store): the {@link dev.o2o.pickup.Pickup} and its state machine
 * ({@link dev.o2o.pickup.PickupStateMachine}), the {@link dev.o2o.pickup.Pickups} use case that moves pickups and
 * their store stock together, and the {@link dev.o2o.pickup.PickupStore} and {@link dev.o2o.pickup.PickupActivityLog}
 * ports behind it.
 */
package dev.o2o.pickup;
