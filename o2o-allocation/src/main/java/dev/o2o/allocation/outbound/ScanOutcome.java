package dev.o2o.allocation.outbound;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.core.model.SkuCode;
import java.util.Optional;

/** What one scanning step came to; every outcome can say it to staff. */
public sealed interface ScanOutcome {

  /** A sentence for staff. */
  String message();

  /** A waybill was scanned and its shipment's units are expected now. */
  record Loaded(Progress progress) implements ScanOutcome {
    @Override
    public String message() {
      return "waybill " + progress.waybill() + " (shipment " + progress.shipment() + "): " + progress.expected()
          + " unit(s) to scan";
    }
  }

  /** An abandoned session was taken up again, with the progress it had. */
  record Resumed(Progress progress) implements ScanOutcome {
    @Override
    public String message() {
      return "waybill " + progress.waybill() + " resumed: " + progress.remaining() + " unit(s) remaining";
    }
  }

  /** A unit was counted. */
  record Counted(SkuCode sku, Progress progress) implements ScanOutcome {
    @Override
    public String message() {
      return sku + " counted: " + progress.remaining() + " unit(s) remaining";
    }
  }

  /** The last scan was taken back. */
  record Undone(SkuCode sku, Progress progress) implements ScanOutcome {
    @Override
    public String message() {
      return "last scan of " + sku + " undone: " + progress.remaining() + " unit(s) remaining";
    }
  }

  /** The session was put aside, its progress kept; scanning its waybill again resumes it. */
  record Abandoned(Progress progress) implements ScanOutcome {
    @Override
    public String message() {
      return "waybill " + progress.waybill() + " put aside with " + progress.remaining() + " unit(s) remaining";
    }
  }

  /** The last unit was scanned: the shipment shipped and the mall is told. */
  record Shipped(Shipment shipment, Progress progress) implements ScanOutcome {
    @Override
    public String message() {
      return "shipment " + shipment.id() + " shipped with waybill " + progress.waybill();
    }
  }

  /** Refused, with nothing changed; {@code progress} is the session's, when one is open. */
  record Refused(Refusal kind, String message, Optional<Progress> progress) implements ScanOutcome {}

  /** Why a scan was refused. */
  enum Refusal {
    /** Neither a SKU of the catalogue nor a registered waybill. */
    UNKNOWN_CODE,
    /** A SKU the shipment does not carry. */
    NOT_IN_SHIPMENT,
    /** One unit more than the shipment carries. */
    TOO_MANY,
    /** Another waybill while this one is not finished. */
    FINISH_FIRST,
    /** The waybill's shipment cannot be scanned (not registered, shipped, cancelled). */
    NOT_SHIPPABLE,
    /** The shipment is being scanned at another station. */
    OPEN_ELSEWHERE,
    /** An item scanned, or undo or abandon asked, with no session open at the station. */
    NO_SESSION,
    /** Undo with nothing scanned. */
    NOTHING_TO_UNDO
  }
}
