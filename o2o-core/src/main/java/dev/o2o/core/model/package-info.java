/** Values shared by every o2o module: SKU and style codes, locations, quantities and actors. */
package dev.o2o.core.model;
