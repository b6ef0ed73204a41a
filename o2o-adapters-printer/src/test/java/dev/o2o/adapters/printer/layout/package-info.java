/** Tests of the layout engine, the document codec and CODE128. */
package dev.o2o.adapters.printer.layout;
