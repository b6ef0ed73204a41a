/**
 * Scan-driven store work on pickups: the acceptance scan (slip, then every item; accepted by itself at the last unit)
 * and the completion scan (customer's slip, acceptance slip, every item, then staff confirm), each refusing a wrong
 * item, an extra unit, a slip of another store or in the wrong state and an unreadable code without changing anything.
 */
package dev.o2o.pickup.scan;
