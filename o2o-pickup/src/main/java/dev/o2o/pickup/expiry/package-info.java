/**
 * Expiry (기한 종료): at the program's first start, the accepted pickups past their deadline are offered for printing;
 * printing their slip expires them and releases their stock for sale in the store
 * ({@link dev.o2o.pickup.expiry.PickupExpiry}).
 */
package dev.o2o.pickup.expiry;
