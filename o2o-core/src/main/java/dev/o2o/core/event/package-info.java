/**
 * What the online mall is told (shipped orders, pickup state changes, SKU states), the {@link dev.o2o.core.event.Outbox}
 * those events wait in, written in the same transaction as the change that caused them, and the
 * {@link dev.o2o.core.event.MallGateway} a relay sends them through.
 */
package dev.o2o.core.event;
