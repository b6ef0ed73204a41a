/**
 * Couriers and their waybill numbers: which lengths each courier uses and the mod-7 check digit many of them end in
 * (a failed check is a warning, never a refusal, because not every courier series carries one).
 */
package dev.o2o.core.shipping;
