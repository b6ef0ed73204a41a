/** Tests of the text and raster ESC/POS encoders and the PNG preview, read back with the test decoder. */
package dev.o2o.adapters.printer.escpos;
