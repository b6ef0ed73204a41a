/** The SKU catalogue: SKUs with their style, colour, size, Korean name and EAN-13 barcodes, and its port. */
package dev.o2o.core.catalog;
