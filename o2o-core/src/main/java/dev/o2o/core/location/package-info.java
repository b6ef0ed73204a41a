/** The warehouses and stores o2o knows, which of them ship online orders and in which rank. */
package dev.o2o.core.location;
