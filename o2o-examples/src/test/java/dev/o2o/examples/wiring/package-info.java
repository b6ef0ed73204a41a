/** End-to-end wiring tests: real adapters driving the domain's sessions, as a host wires them. */
package dev.o2o.examples.wiring;
