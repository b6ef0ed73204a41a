/**
 * Slips as ESC/POS bytes, through escpos-coffee: in text mode (Korean in CP949 inside the printer's Korean mode,
 * {@code FS &} ... {@code FS .}) or in raster mode (the slip drawn with Java2D and sent as {@code GS v 0} images, for
 * printers without a Korean font), and a PNG preview from the same drawing.
 */
package dev.o2o.adapters.printer.escpos;
