/** Tests of the print schedule. */
package dev.o2o.pickup.printing;
