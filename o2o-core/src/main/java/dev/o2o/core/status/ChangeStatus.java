package dev.o2o.core.status;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.Objects;

/** The command to change the status of one SKU or of a whole style, by an actor. */
public record ChangeStatus(StatusTarget target, StatusUpdate update, Actor actor) {

  /** Refuses missing parts. */
  public ChangeStatus {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(update, "update of " + target);
    Objects.requireNonNull(actor, "actor changing " + target);
  }

  /** Changes one SKU. */
  public static ChangeStatus ofSku(SkuCode sku, StatusUpdate update, Actor actor) {
    return new ChangeStatus(new StatusTarget.OneSku(sku), update, actor);
  }

  /** Changes every SKU of a style, all of them or, when one is refused, none. */
  public static ChangeStatus ofStyle(StyleCode style, StatusUpdate update, Actor actor) {
    return new ChangeStatus(new StatusTarget.WholeStyle(style), update, actor);
  }
}
