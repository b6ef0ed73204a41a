/**
 * SKU status: closed and its closing date, reorder and its reorder date, forced sold-out and limited stock; the
 * {@link dev.o2o.core.status.SkuStatuses} use case that sets them one SKU or one style at a time, queries them and
 * reads their history; the {@link dev.o2o.core.status.SkuStatusStore} port that keeps them.
 */
package dev.o2o.core.status;
