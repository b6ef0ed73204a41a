package dev.o2o.allocation.waybill;

import dev.o2o.core.model.Actor;
import dev.o2o.core.shipping.Courier;
import java.util.Objects;
import java.util.Optional;

/**
 * Command: register the waybills of a courier's CSV file. {@code courier} is used for rows (or files) without a courier
 * column; {@code channel} for order numbers given without one.
 */
public record WaybillImport(byte[] content, Optional<Courier> courier, Optional<String> channel, Actor actor) {

  /** Refuses missing parts. */
  public WaybillImport {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(courier, "courier");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(actor, "actor");
  }

  /** A file of one courier, whose order numbers are of one channel. */
  public static WaybillImport of(byte[] content, Courier courier, String channel, Actor actor) {
    return new WaybillImport(content, Optional.of(courier), Optional.of(channel), actor);
  }
}
