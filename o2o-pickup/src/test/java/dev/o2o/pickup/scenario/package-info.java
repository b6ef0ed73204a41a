/** Scenario tests: each follows one procedure of the product description, step by step, through the public API. */
package dev.o2o.pickup.scenario;
