/**
 * Bulk waybill registration from a courier's CSV file (UTF-8 or CP949, detected): a header row names the order number
 * or shipment id column and the waybill column; each row registers on its own, and the report says per row what
 * happened.
 */
package dev.o2o.allocation.waybill;
