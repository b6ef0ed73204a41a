/**
 * What the online mall sees of each SKU and how it gets there: {@link dev.o2o.core.mall.MallStates} works out a SKU's
 * mall-facing state (forced sold-out, limited stock, sellable quantity online) and marks it pending in the outbox in
 * the transaction of every change that alters it; {@link dev.o2o.core.mall.MallScheduler} relays the outbox to the
 * host's {@link dev.o2o.core.event.MallGateway} on an interval, in batches, with back-off while the mall fails.
 */
package dev.o2o.core.mall;
