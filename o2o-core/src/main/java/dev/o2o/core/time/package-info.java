/** Time for tests and simulations: a clock that moves only when told. The domain takes every time from a {@link java.time.Clock}. */
package dev.o2o.core.time;
