package dev.o2o.pickup;

import static dev.o2o.pickup.PickupWorld.CAP;
import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.LEE;
import static dev.o2o.pickup.PickupWorld.MALL;
import static dev.o2o.pickup.PickupWorld.TEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.UnknownSkuException;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.pickup.PickupRequest.Line;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of the Pickups use case that no single procedure of the description shows. */
class PickupsTest {

  private final PickupWorld world = new PickupWorld();

  @BeforeEach
  void stock() {
    world.receive(GANGNAM, TEE, 3);
    world.receive(GANGNAM, JEANS, 3);
  }

  @Test
  void givenTheSameRequestTwice_whenTaken_thenTheSecondChangesNothing() {
    PickupRequest request = world.request("ORD-1", GANGNAM, Line.of(TEE, 2));
    RequestOutcome first = world.pickups.request(request);
    RequestOutcome second = world.pickups.request(request);

    assertThat(first).isInstanceOf(RequestOutcome.Taken.class);
    assertThat(second).isEqualTo(new RequestOutcome.AlreadyTaken(first.recorded().orElseThrow()));
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isEqualTo(2);
    assertThat(world.pickups.activityOf(first.recorded().orElseThrow().number())).hasSize(1);
  }

  @Test
  void givenATakenOrderNumber_whenItComesWithOtherLines_thenItIsRefusedNamingTheOrder() {
    world.pickups.request(world.request("ORD-1", GANGNAM, Line.of(TEE, 2)));
    assertThatThrownBy(() -> world.pickups.request(world.request("ORD-1", GANGNAM, Line.of(TEE, 3))))
        .isInstanceOf(ConflictingPickupRequestException.class).hasMessageContaining("ORD-1");
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isEqualTo(2);
  }

  @Test
  void givenTooLittleStock_whenRequested_thenThePickupIsUnavailableNothingIsReservedAndTheMallIsTold() {
    RequestOutcome outcome = world.pickups.request(world.request("ORD-2", GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 4)));

    assertThat(outcome).isInstanceOf(RequestOutcome.Unavailable.class);
    RequestOutcome.Unavailable unavailable = (RequestOutcome.Unavailable) outcome;
    assertThat(unavailable.shortage().sku()).isEqualTo(JEANS);
    assertThat(unavailable.pickup().state()).isEqualTo(PickupState.UNAVAILABLE);
    assertThat(unavailable.pickup().reason().flatMap(Reason::code)).contains(Reason.OUT_OF_STOCK);
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isZero();
    assertThat(world.mallEvents()).singleElement().satisfies(e -> {
      assertThat(e.mallOrderNumber()).isEqualTo("ORD-2");
      assertThat(e.state()).isEqualTo("UNAVAILABLE");
      assertThat(e.reason()).hasValueSatisfying(r -> assertThat(r).contains("DN24-IND-30"));
    });
    assertThat(world.pickups.request(world.request("ORD-2", GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 4))))
        .isInstanceOf(RequestOutcome.AlreadyTaken.class);
    assertThat(world.printing.pending(GANGNAM)).isEmpty(); // no acceptance slip for it
  }

  @Test
  void givenAnUnknownSku_whenRequested_thenItIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> world.pickups.request(world.request("ORD-3", GANGNAM, Line.of(SkuCode.of("NOPE"), 1))))
        .isInstanceOf(UnknownSkuException.class);
    assertThat(world.pickups.findByOrderNumber("ORD-3")).isEmpty();
  }

  @Test
  void givenStaffOfAnotherStore_whenTheyActOnAPickup_thenEveryCommandIsRefusedAndNothingChanges() {
    Pickup requested = world.requested(GANGNAM, Line.of(TEE, 1));
    Pickup accepted = world.accepted(GANGNAM, Line.of(JEANS, 1));
    Snapshot before = snapshot();

    assertThat(world.pickups.request(world.request("ORD-LEE", GANGNAM, Line.of(TEE, 1)).withActor(LEE)))
        .isInstanceOf(RequestOutcome.Refused.class);
    List<PickupOutcome> outcomes = List.of(
        world.pickups.accept(requested.number(), LEE),
        world.pickups.markUnavailable(requested.number(), Reason.of("x"), LEE),
        world.pickups.complete(accepted.number(), LEE),
        world.pickups.cancel(PickupRef.of(accepted.number()), Reason.of("x"), LEE),
        world.pickups.cancelLines(PickupRef.of(accepted.number()), Map.of(1, Quantity.of(1)), Reason.of("x"), LEE),
        world.pickups.expire(accepted.number(), LEE));
    assertThat(outcomes).allSatisfy(o -> {
      assertThat(o).isInstanceOf(PickupOutcome.Refused.class);
      assertThat(((PickupOutcome.Refused) o).refusal()).isInstanceOf(PickupRefusal.OtherStore.class);
      assertThat(((PickupOutcome.Refused) o).refusal().message()).contains("lee").contains("ST-GANGNAM");
    });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void givenAPickupInAState_whenAnIllegalTransitionIsAsked_thenItThrowsNamingBothAndNothingChanges() {
    Pickup requested = world.requested(GANGNAM, Line.of(TEE, 1));
    Snapshot before = snapshot();

    assertThatThrownBy(() -> world.pickups.complete(requested.number(), KIM))
        .isInstanceOf(IllegalPickupTransitionException.class)
        .hasMessageContaining(requested.number().value())
        .hasMessageContaining("REQUESTED")
        .hasMessageContaining("COMPLETE");
    world.pickups.cancel(PickupRef.of(requested.number()), Reason.of("x"), MALL);
    Snapshot cancelled = snapshot();
    assertThatThrownBy(() -> world.pickups.cancelLines(PickupRef.of(requested.number()),
        Map.of(1, Quantity.of(1)), Reason.of("x"), MALL)).hasMessageContaining("CANCELLED");
    assertThatThrownBy(() -> world.pickups.accept(requested.number(), KIM)).hasMessageContaining("ACCEPT");
    assertThat(snapshot()).isEqualTo(cancelled);
    assertThat(before).isNotEqualTo(cancelled);
  }

  @Test
  void givenABadPartialCancellation_whenAsked_thenItIsRefusedNamingTheLine() {
    Pickup pickup = world.requested(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));
    PickupOutcome noLine = world.pickups.cancelLines(PickupRef.of(pickup.number()), Map.of(3, Quantity.of(1)),
        Reason.of("x"), MALL);
    PickupOutcome tooMany = world.pickups.cancelLines(PickupRef.of(pickup.number()), Map.of(2, Quantity.of(3)),
        Reason.of("x"), MALL);
    assertThat(((PickupOutcome.Refused) noLine).refusal().message()).contains("line 3");
    assertThat(((PickupOutcome.Refused) tooMany).refusal().message()).contains("line 2").contains("DN24-IND-30");
    assertThat(world.position(GANGNAM, JEANS).pickupReserved()).isEqualTo(2);
    assertThat(world.pickups.cancelLines(PickupRef.ofOrder("ORD-NONE"), Map.of(1, Quantity.of(1)), Reason.of("x"),
        MALL)).isInstanceOf(PickupOutcome.Refused.class);
  }

  @Test
  void givenAPartialCancellationByTheStore_whenDone_thenTheMallIsToldWhichUnitsWent() {
    Pickup pickup = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));
    world.pickups.cancelLines(PickupRef.of(pickup.number()), Map.of(2, Quantity.of(1)), Reason.of("사이즈 교환"), KIM);
    MallEvent.PickupStateChanged last = world.mallEvents().get(world.mallEvents().size() - 1);
    assertThat(last.state()).isEqualTo("ACCEPTED");
    assertThat(last.cancelledLines())
        .containsExactly(new MallEvent.PickupStateChanged.CancelledLine(2, JEANS, 1));
  }

  @Test
  void givenTheOutboxFails_whenAPickupChanges_thenStateStockAndHistoryRollBackTogether() {
    Pickup pickup = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));
    FailingOutbox outbox = new FailingOutbox(world.outbox);
    Pickups failing = new Pickups(world.pickupStore, world.activityLog, world.inventory, world.catalogue, outbox,
        world.transactions, world.clock, world.pickups.config());
    Snapshot before = snapshot();
    outbox.failing = true;

    assertThatThrownBy(() -> failing.complete(pickup.number(), KIM)).hasMessageContaining("outbox down");
    assertThatThrownBy(() -> failing.cancelLines(PickupRef.of(pickup.number()), Map.of(2, Quantity.of(1)),
        Reason.of("x"), KIM)).hasMessageContaining("outbox down");
    assertThatThrownBy(() -> failing.request(world.request("ORD-9", GANGNAM, Line.of(CAP, 9))))
        .hasMessageContaining("outbox down"); // out of stock: recorded unavailable, and rolled back
    assertThat(snapshot()).isEqualTo(before);
    assertThat(world.pickups.findByOrderNumber("ORD-9")).isEmpty();

    outbox.failing = false;
    assertThat(failing.complete(pickup.number(), KIM).isDone()).isTrue();
  }

  /** What a test compares before and after a refused command. */
  private record Snapshot(List<Pickup> pickups, List<StockPosition> stock, int activities, long events) {}

  private Snapshot snapshot() {
    List<Pickup> all = world.pickupStore.search(PickupQuery.all());
    int activities = all.stream().mapToInt(p -> world.activityLog.of(p.number()).size()).sum();
    return new Snapshot(all, world.inventory.stockAt(GANGNAM).positions(), activities, world.outbox.pendingCount());
  }

  /** An outbox that can be switched to fail. */
  private static final class FailingOutbox implements Outbox {
    private final Outbox delegate;
    private volatile boolean failing;

    FailingOutbox(Outbox delegate) {
      this.delegate = delegate;
    }

    @Override
    public void append(MallEvent event, Instant at) {
      if (failing) {
        throw new IllegalStateException("outbox down (test)");
      }
      delegate.append(event, at);
    }

    @Override
    public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
      return delegate.claim(max, now, lease);
    }

    @Override
    public void acknowledge(Collection<Long> ids) {
      delegate.acknowledge(ids);
    }

    @Override
    public void release(Collection<Long> ids, Instant notBefore) {
      delegate.release(ids, notBefore);
    }

    @Override
    public long pendingCount() {
      return delegate.pendingCount();
    }
  }
}
