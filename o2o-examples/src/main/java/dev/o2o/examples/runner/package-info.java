/**
 * The example runner: a command-line host application that wires every o2o module on embedded H2 (or PostgreSQL or
 * MariaDB), plays a store-and-warehouse day, and offers each staff action as a sub-command.
 */
package dev.o2o.examples.runner;
