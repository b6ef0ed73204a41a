package dev.o2o.pickup;

import static dev.o2o.pickup.PickupWorld.CAP;
import static dev.o2o.pickup.PickupWorld.CAP_BARCODE;
import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.HONG;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.JEANS_BARCODE;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.MALL;
import static dev.o2o.pickup.PickupWorld.SEOUL;
import static dev.o2o.pickup.PickupWorld.TEE;
import static dev.o2o.pickup.PickupWorld.TEE_BARCODE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.pickup.expiry.ExpiryOffer;
import dev.o2o.pickup.expiry.ExpiryOutcome;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.printing.PrintOutcome;
import dev.o2o.pickup.printing.PrintRun;
import dev.o2o.pickup.printing.PrintSchedule;
import dev.o2o.pickup.scan.AcceptanceScan;
import dev.o2o.pickup.scan.ScanProgress;
import dev.o2o.pickup.scan.ScanResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;
import org.quicktheories.generators.Generate;

/**
 * The pickup against a simple model, over generated command lists ({@link Sequential#modelCheck}): requests,
 * acceptance scans (slip, items, undo, unavailable), whole and partial cancellations, completions, expiries (direct and
 * at start), prints (now and on the every-five-minutes schedule) with the printer going offline, and clock moves.
 * After every command the states, units, slips, stock, scan session, printed count and mall events agree with the
 * model; independently, the store's pickup reserve always equals the open pickups' units, stock is conserved, and the
 * ledger reconciles. A transition the table does not allow never succeeds: the model expects {@code ILLEGAL}.
 */
class PickupModelCheckTest {

  private static final List<SkuCode> SKUS = List.of(TEE, JEANS, CAP);
  private static final List<String> BARCODES = List.of(TEE_BARCODE, JEANS_BARCODE, CAP_BARCODE);
  private static final int INITIAL = 8; // units of TEE and of JEANS in the store; no CAP
  private static final int DEADLINE_DAYS = 1; // short, so that generated clock moves pass deadlines

  @Test
  void givenRandomCommandSequences_whenRunAgainstTheModel_thenStateAndStockAlwaysAgree() {
    qt().withExamples(400).withShrinkCycles(200)
        .forAll(lists().of(commands()).ofSizeBetween(1, 45))
        .checkAssert(commands -> Sequential.modelCheck(Model.initial(), commands, m -> new Sut(), Sut::project));
  }

  // ---- the system under test ----

  /** The pickup world with the handles the commands need. */
  static final class Sut {
    final PickupWorld world = new PickupWorld(PickupConfig.defaults().withDeadlineDays(DEADLINE_DAYS));
    final AcceptanceScan scan = world.scanning.acceptance(KIM);
    final List<SlipNumber> numbers = new ArrayList<>();
    Outcome last = Outcome.NONE;
    boolean printerOnline = true;
    boolean offered;

    Sut() {
      world.receive(GANGNAM, TEE, INITIAL);
      world.receive(GANGNAM, JEANS, INITIAL);
      world.printing.configure(GANGNAM, PrintSchedule.everyFiveMinutes(), CancellationDetail.CANCELLED_ITEMS_ONLY,
          KIM);
    }

    SlipNumber number(int index) {
      return index < numbers.size() ? numbers.get(index) : SlipNumber.ofSequence(999_999_999L);
    }

    Model project() {
      List<Pickup> all = world.pickupStore.search(PickupQuery.all());
      List<MP> pickups = all.stream().map(MP::of).toList();
      SortedMap<SkuCode, List<Integer>> stock = new TreeMap<>();
      for (SkuCode sku : List.of(TEE, JEANS)) {
        StockPosition p = world.position(GANGNAM, sku);
        stock.put(sku, List.of(p.onHand(), p.pickupReserved()));
        int open = all.stream().filter(x -> x.state().holdsStock()).mapToInt(x -> x.activeUnitsBySku()
            .getOrDefault(sku, 0)).sum();
        int handedOver = all.stream().filter(x -> x.state() == PickupState.COMPLETED)
            .mapToInt(x -> x.activeUnitsBySku().getOrDefault(sku, 0)).sum();
        if (p.pickupReserved() != open || p.onHand() + handedOver != INITIAL) {
          throw new AssertionError("stock of " + sku + " disagrees with the pickups: " + p + ", open " + open
              + ", handed over " + handedOver);
        }
      }
      if (!world.inventory.reconcile().drifts().isEmpty()) {
        throw new AssertionError("ledger drift: " + world.inventory.reconcile());
      }
      Optional<SessionView> session = scan.progress().map(progress -> {
        SortedMap<SkuCode, Integer> expected = new TreeMap<>();
        SortedMap<SkuCode, Integer> scanned = new TreeMap<>();
        for (ScanProgress.Line line : progress.lines()) {
          expected.put(line.sku(), line.expected());
          scanned.put(line.sku(), line.scanned());
        }
        return new SessionView(numbers.indexOf(progress.pickup()), expected, scanned);
      });
      Model m = new Model();
      m.pickups = new ArrayList<>(pickups);
      m.stock = stock;
      m.session = session;
      m.last = last;
      m.printed = world.printer.printed().size();
      m.events = world.outbox.pendingCount();
      m.now = world.now();
      m.lastScheduledRun = world.printing.settings(GANGNAM).lastScheduledRun().orElseThrow();
      return m;
    }
  }

  // ---- the model ----

  /** What the model knows of one pickup, in the order of creation. */
  record MP(PickupState state, List<SkuCode> skus, List<Integer> active, boolean acceptancePrinted,
      int unprintedCancellations, Optional<Instant> deadline) {

    static MP of(Pickup p) {
      return new MP(p.state(), p.lines().stream().map(PickupLine::sku).toList(),
          p.lines().stream().map(l -> l.active().value()).toList(), p.acceptanceSlipPrintedAt().isPresent(),
          p.pendingCancellationSlips().size(), p.deadline());
    }

    MP with(PickupState s, List<Integer> a, boolean printed, int unprinted, Optional<Instant> d) {
      return new MP(s, skus, List.copyOf(a), printed, unprinted, d);
    }

    int units() {
      return active.stream().mapToInt(Integer::intValue).sum();
    }

    SortedMap<SkuCode, Integer> bySku() {
      SortedMap<SkuCode, Integer> units = new TreeMap<>();
      for (int i = 0; i < skus.size(); i++) {
        if (active.get(i) > 0) {
          units.merge(skus.get(i), active.get(i), Integer::sum);
        }
      }
      return units;
    }

    boolean open() {
      return state == PickupState.REQUESTED || state == PickupState.ACCEPTED;
    }
  }

  /** The visible part of the acceptance scan session. */
  record SessionView(int pickup, SortedMap<SkuCode, Integer> expected, SortedMap<SkuCode, Integer> scanned) {}

  /** What a command came to, as the model predicts and the system reports. */
  enum Outcome { NONE, TAKEN, UNAVAILABLE, SLIP, COUNTED, ACCEPTED, CHANGED, UNDONE, REFUSED, DONE, ILLEGAL,
    EXPIRED, PRINT_FAILED, PRINTED, RAN, NOT_DUE, TICK, PRINTER }

  /** The model; equality covers what the system shows, not the model's own bookkeeping (undo order, flags). */
  static final class Model {
    List<MP> pickups = new ArrayList<>();
    SortedMap<SkuCode, List<Integer>> stock = new TreeMap<>(); // onHand, pickupReserved
    Optional<SessionView> session = Optional.empty();
    Outcome last = Outcome.NONE;
    int printed;
    long events;
    Instant now;
    Instant lastScheduledRun;
    // bookkeeping, not compared
    List<SkuCode> undo = new ArrayList<>(); // oldest first
    boolean printerOnline = true;
    boolean offered;

    static Model initial() {
      Model m = new Model();
      m.stock.put(TEE, List.of(INITIAL, 0));
      m.stock.put(JEANS, List.of(INITIAL, 0));
      m.now = new PickupWorld().now();
      m.lastScheduledRun = m.now;
      return m;
    }

    Model copy() {
      Model m = new Model();
      m.pickups = new ArrayList<>(pickups);
      m.stock = new TreeMap<>(stock);
      m.session = session;
      m.last = last;
      m.printed = printed;
      m.events = events;
      m.now = now;
      m.lastScheduledRun = lastScheduledRun;
      m.undo = new ArrayList<>(undo);
      m.printerOnline = printerOnline;
      m.offered = offered;
      return m;
    }

    int onHand(SkuCode sku) {
      return stock.get(sku).get(0);
    }

    int reserved(SkuCode sku) {
      return stock.get(sku).get(1);
    }

    void book(SkuCode sku, int onHandDelta, int reservedDelta) {
      stock.put(sku, List.of(onHand(sku) + onHandDelta, reserved(sku) + reservedDelta));
    }

    void releaseAll(MP p, boolean handOver) {
      p.bySku().forEach((sku, n) -> book(sku, handOver ? -n : 0, -n));
    }

    Instant deadlineAfter(Instant accepted) {
      LocalDate day = LocalDate.ofInstant(accepted, SEOUL).plusDays(DEADLINE_DAYS);
      return day.atTime(LocalTime.of(23, 59, 59)).atZone(SEOUL).toInstant();
    }

    void printAll() {
      boolean pending = pickups.stream().anyMatch(p -> (!p.acceptancePrinted() && p.open())
          || p.unprintedCancellations() > 0);
      if (!printerOnline) {
        last = pending ? Outcome.PRINT_FAILED : Outcome.PRINTED;
        return;
      }
      for (int i = 0; i < pickups.size(); i++) {
        MP p = pickups.get(i);
        boolean acceptance = !p.acceptancePrinted() && p.open();
        printed += (acceptance ? 1 : 0) + p.unprintedCancellations();
        pickups.set(i, p.with(p.state(), p.active(), p.acceptancePrinted() || acceptance, 0, p.deadline()));
      }
      last = Outcome.PRINTED;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Model m && pickups.equals(m.pickups) && stock.equals(m.stock) && session.equals(m.session)
          && last == m.last && printed == m.printed && events == m.events && now.equals(m.now)
          && lastScheduledRun.equals(m.lastScheduledRun);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pickups, stock, session, last, printed, events, now, lastScheduledRun);
    }

    @Override
    public String toString() {
      return "Model{last=" + last + ", pickups=" + pickups + ", stock=" + stock + ", session=" + session
          + ", printed=" + printed + ", events=" + events + ", now=" + now + ", lastRun=" + lastScheduledRun + "}";
    }
  }

  // ---- the commands ----

  static Gen<Command<Sut, Model>> commands() {
    Gen<Integer> index = Generate.range(0, 4);
    Gen<Integer> sku = Generate.range(0, 1);
    Gen<Integer> units = Generate.range(1, 2);
    Gen<Command<Sut, Model>> request = sku.zip(units, sku, Generate.range(0, 2),
        (s1, q1, s2, q2) -> new Request(q2 == 0 ? List.of(new int[] {s1, q1}) : List.of(new int[] {s1, q1},
            new int[] {s2, q2})));
    return Generate.frequency(List.of(
        Pair.of(6, request),
        Pair.of(3, index.map(ScanSlip::new)),
        Pair.of(4, index.map(ScanAll::new)),
        Pair.of(8, Generate.range(0, 2).map(ScanItem::new)),
        Pair.of(2, Generate.constant(new Undo())),
        Pair.of(1, Generate.constant(new MarkUnavailable())),
        Pair.of(2, index.map(Cancel::new)),
        Pair.of(3, index.zip(Generate.range(1, 3), Generate.range(0, 3), CancelLine::new)),
        Pair.of(3, index.map(Complete::new)),
        Pair.of(2, index.map(Expire::new)),
        Pair.of(2, Generate.constant(new ExpiryAtStart())),
        Pair.of(4, Generate.range(1, 40).map(Advance::new)),
        Pair.of(2, Generate.constant(new PrintNow())),
        Pair.of(2, Generate.constant(new RunDue())),
        Pair.of(1, Generate.booleans().map(Printer::new))));
  }

  /** A command whose model step starts from a copy. */
  abstract static class Step implements Command<Sut, Model> {
    @Override
    public final Model nextState(Model before) {
      Model m = before.copy();
      next(m);
      return m;
    }

    abstract void next(Model m);

    @Override
    public String toString() {
      return getClass().getSimpleName();
    }
  }

  /** The mall requests the given lines ({sku index, units}). */
  static final class Request extends Step {
    final List<int[]> lines;

    Request(List<int[]> lines) {
      this.lines = lines;
    }

    @Override
    public void run(Sut sut) {
      List<PickupRequest.Line> asked = lines.stream().map(l -> PickupRequest.Line.of(SKUS.get(l[0]), l[1])).toList();
      String order = "O" + (sut.numbers.size() + 1);
      RequestOutcome outcome = sut.world.pickups.request(new PickupRequest(order, GANGNAM, HONG, asked,
          sut.world.now(), MALL));
      sut.numbers.add(outcome.recorded().orElseThrow().number());
      sut.last = outcome instanceof RequestOutcome.Taken ? Outcome.TAKEN : Outcome.UNAVAILABLE;
    }

    @Override
    void next(Model m) {
      SortedMap<SkuCode, Integer> wanted = new TreeMap<>();
      lines.forEach(l -> wanted.merge(SKUS.get(l[0]), l[1], Integer::sum));
      boolean enough = wanted.entrySet().stream()
          .allMatch(e -> e.getValue() <= m.onHand(e.getKey()) - m.reserved(e.getKey()));
      List<SkuCode> skus = lines.stream().map(l -> SKUS.get(l[0])).toList();
      List<Integer> units = lines.stream().map(l -> l[1]).toList();
      if (enough) {
        wanted.forEach((sku, n) -> m.book(sku, 0, n));
        m.pickups.add(new MP(PickupState.REQUESTED, skus, units, false, 0, Optional.empty()));
        m.last = Outcome.TAKEN;
      } else {
        m.pickups.add(new MP(PickupState.UNAVAILABLE, skus, units, false, 0, Optional.empty()));
        m.events++;
        m.last = Outcome.UNAVAILABLE;
      }
    }

    @Override
    public String toString() {
      return "Request" + lines.stream().map(l -> SKUS.get(l[0]) + " x" + l[1]).toList();
    }
  }

  /** Staff scan the acceptance slip of pickup {@code index} (an unknown slip beyond the pickups made). */
  static final class ScanSlip extends Step {
    final int index;

    ScanSlip(int index) {
      this.index = index;
    }

    @Override
    public void run(Sut sut) {
      ScanResult r = sut.scan.scan(sut.number(index).value());
      sut.last = r instanceof ScanResult.SlipRead ? Outcome.SLIP : Outcome.REFUSED;
    }

    @Override
    void next(Model m) {
      boolean itemsScanned = m.session.map(s -> s.scanned().values().stream().mapToInt(Integer::intValue).sum() > 0)
          .orElse(false);
      if (itemsScanned || index >= m.pickups.size() || m.pickups.get(index).state() != PickupState.REQUESTED) {
        m.last = Outcome.REFUSED;
        return;
      }
      SortedMap<SkuCode, Integer> expected = m.pickups.get(index).bySku();
      SortedMap<SkuCode, Integer> scanned = new TreeMap<>();
      expected.keySet().forEach(k -> scanned.put(k, 0));
      m.session = Optional.of(new SessionView(index, expected, scanned));
      m.undo.clear();
      m.last = Outcome.SLIP;
    }

    @Override
    public String toString() {
      return "ScanSlip(" + index + ")";
    }
  }

  /** Staff scan one item at acceptance (0 tee, 1 jeans, 2 a cap no pickup asks for). */
  static final class ScanItem extends Step {
    final int sku;

    ScanItem(int sku) {
      this.sku = sku;
    }

    @Override
    public void run(Sut sut) {
      ScanResult r = sut.scan.scan(BARCODES.get(sku));
      sut.last = r instanceof ScanResult.ItemCounted ? Outcome.COUNTED
          : r instanceof ScanResult.PickupChanged ? Outcome.ACCEPTED : Outcome.REFUSED;
    }

    @Override
    void next(Model m) {
      if (m.session.isEmpty()) {
        m.last = Outcome.REFUSED;
        return;
      }
      SessionView s = m.session.get();
      MP p = m.pickups.get(s.pickup());
      if (p.state() != PickupState.REQUESTED) {
        m.session = Optional.empty();
        m.undo.clear();
        m.last = Outcome.REFUSED;
        return;
      }
      // take in what the pickup expects now; keep the oldest scans up to it
      SortedMap<SkuCode, Integer> expected = p.bySku();
      SortedMap<SkuCode, Integer> scanned = new TreeMap<>();
      List<SkuCode> kept = new ArrayList<>();
      for (SkuCode k : m.undo) {
        if (scanned.getOrDefault(k, 0) < expected.getOrDefault(k, 0)) {
          scanned.merge(k, 1, Integer::sum);
          kept.add(k);
        }
      }
      expected.keySet().forEach(k -> scanned.putIfAbsent(k, 0));
      m.undo = kept;
      SkuCode code = SKUS.get(sku);
      if (expected.containsKey(code) && scanned.get(code) < expected.get(code)) {
        scanned.merge(code, 1, Integer::sum);
        m.undo.add(code);
        m.last = Outcome.COUNTED;
      } else {
        m.last = Outcome.REFUSED;
      }
      m.session = Optional.of(new SessionView(s.pickup(), expected, scanned));
      if (scanned.equals(expected)) {
        m.pickups.set(s.pickup(), p.with(PickupState.ACCEPTED, p.active(), p.acceptancePrinted(), 
            p.unprintedCancellations(), Optional.of(p.deadline().orElse(m.deadlineAfter(m.now)))));
        m.events++;
        m.session = Optional.empty();
        m.undo.clear();
        m.last = Outcome.ACCEPTED;
      }
    }

    @Override
    public String toString() {
      return "ScanItem(" + SKUS.get(sku) + ")";
    }
  }

  /** Staff scan the slip of pickup {@code index} and then every unit it expects, as they would on the shop floor. */
  static final class ScanAll extends Step {
    final int index;

    ScanAll(int index) {
      this.index = index;
    }

    @Override
    public void run(Sut sut) {
      new ScanSlip(index).run(sut);
      if (index < sut.numbers.size()) {
        sut.world.get(sut.number(index)).activeUnitsBySku().forEach((sku, n) -> {
          for (int i = 0; i < n; i++) {
            new ScanItem(SKUS.indexOf(sku)).run(sut);
          }
        });
      }
    }

    @Override
    void next(Model m) {
      new ScanSlip(index).next(m);
      if (index < m.pickups.size()) {
        m.pickups.get(index).bySku().forEach((sku, n) -> {
          for (int i = 0; i < n; i++) {
            new ScanItem(SKUS.indexOf(sku)).next(m);
          }
        });
      }
    }

    @Override
    public String toString() {
      return "ScanAll(" + index + ")";
    }
  }

  /** Staff undo the last scan at acceptance. */
  static final class Undo extends Step {
    @Override
    public void run(Sut sut) {
      sut.last = sut.scan.undo() instanceof ScanResult.Undone ? Outcome.UNDONE : Outcome.REFUSED;
    }

    @Override
    void next(Model m) {
      if (m.session.isEmpty()) {
        m.last = Outcome.REFUSED;
        return;
      }
      if (m.undo.isEmpty()) {
        m.session = Optional.empty();
      } else {
        SkuCode k = m.undo.remove(m.undo.size() - 1);
        SessionView s = m.session.get();
        SortedMap<SkuCode, Integer> scanned = new TreeMap<>(s.scanned());
        scanned.merge(k, -1, Integer::sum);
        m.session = Optional.of(new SessionView(s.pickup(), s.expected(), scanned));
      }
      m.last = Outcome.UNDONE;
    }
  }

  /** Staff mark the pickup whose slip they scanned unavailable. */
  static final class MarkUnavailable extends Step {
    @Override
    public void run(Sut sut) {
      sut.last = sut.scan.markUnavailable(Reason.of("재고 없음")) instanceof ScanResult.PickupChanged
          ? Outcome.CHANGED : Outcome.REFUSED;
    }

    @Override
    void next(Model m) {
      if (m.session.isEmpty() || m.pickups.get(m.session.get().pickup()).state() != PickupState.REQUESTED) {
        m.last = Outcome.REFUSED;
        return;
      }
      int i = m.session.get().pickup();
      MP p = m.pickups.get(i);
      m.releaseAll(p, false);
      m.pickups.set(i, p.with(PickupState.UNAVAILABLE, p.active(), p.acceptancePrinted(), p.unprintedCancellations(),
          p.deadline()));
      m.events++;
      m.session = Optional.empty();
      m.undo.clear();
      m.last = Outcome.CHANGED;
    }
  }

  /** Base of the commands on one pickup by index; on no pickup they do nothing. */
  abstract static class OnPickup extends Step {
    final int index;

    OnPickup(int index) {
      this.index = index;
    }

    @Override
    public final void run(Sut sut) {
      if (index >= sut.numbers.size()) {
        sut.last = Outcome.NONE;
        return;
      }
      try {
        sut.last = apply(sut, sut.number(index));
      } catch (IllegalPickupTransitionException e) {
        sut.last = Outcome.ILLEGAL;
      }
    }

    abstract Outcome apply(Sut sut, SlipNumber number);

    @Override
    final void next(Model m) {
      if (index >= m.pickups.size()) {
        m.last = Outcome.NONE;
        return;
      }
      next(m, m.pickups.get(index));
    }

    abstract void next(Model m, MP p);

    static Outcome of(PickupOutcome o) {
      return o.isDone() ? Outcome.DONE : Outcome.REFUSED;
    }

    @Override
    public String toString() {
      return getClass().getSimpleName() + "(" + index + ")";
    }
  }

  /** The mall cancels a whole pickup. */
  static final class Cancel extends OnPickup {
    Cancel(int index) {
      super(index);
    }

    @Override
    Outcome apply(Sut sut, SlipNumber number) {
      return of(sut.world.pickups.cancel(PickupRef.of(number), Reason.of("주문 취소"), MALL));
    }

    @Override
    void next(Model m, MP p) {
      if (!p.open()) {
        m.last = Outcome.ILLEGAL;
        return;
      }
      m.releaseAll(p, false);
      m.pickups.set(index, p.with(PickupState.CANCELLED, p.active().stream().map(x -> 0).toList(),
          p.acceptancePrinted(), p.unprintedCancellations() + 1, p.deadline()));
      m.events++;
      m.last = Outcome.DONE;
    }
  }

  /** The mall cancels {@code units} of line {@code line} (1-based). */
  static final class CancelLine extends OnPickup {
    final int line;
    final int units;

    CancelLine(int index, int line, int units) {
      super(index);
      this.line = line;
      this.units = units;
    }

    @Override
    Outcome apply(Sut sut, SlipNumber number) {
      return of(sut.world.pickups.cancelLines(PickupRef.of(number), Map.of(line, Quantity.of(units)),
          Reason.of("부분 취소"), MALL));
    }

    @Override
    void next(Model m, MP p) {
      if (!p.open()) {
        m.last = Outcome.ILLEGAL;
        return;
      }
      if (line > p.active().size() || units == 0 || units > p.active().get(line - 1)) {
        m.last = Outcome.REFUSED;
        return;
      }
      List<Integer> active = new ArrayList<>(p.active());
      active.set(line - 1, active.get(line - 1) - units);
      m.book(p.skus().get(line - 1), 0, -units);
      boolean last = active.stream().allMatch(x -> x == 0);
      m.pickups.set(index, p.with(last ? PickupState.CANCELLED : p.state(), active, p.acceptancePrinted(),
          p.unprintedCancellations() + 1, p.deadline()));
      m.events++;
      m.last = Outcome.DONE;
    }

    @Override
    public String toString() {
      return "CancelLine(" + index + ", line " + line + ", " + units + ")";
    }
  }

  /** The customer collects a pickup. */
  static final class Complete extends OnPickup {
    Complete(int index) {
      super(index);
    }

    @Override
    Outcome apply(Sut sut, SlipNumber number) {
      return of(sut.world.pickups.complete(number, KIM));
    }

    @Override
    void next(Model m, MP p) {
      if (p.state() != PickupState.ACCEPTED) {
        m.last = Outcome.ILLEGAL;
        return;
      }
      m.releaseAll(p, true);
      m.pickups.set(index, p.with(PickupState.COMPLETED, p.active(), p.acceptancePrinted(),
          p.unprintedCancellations(), p.deadline()));
      m.events++;
      m.last = Outcome.DONE;
    }
  }

  /** Staff expire one pickup directly. */
  static final class Expire extends OnPickup {
    Expire(int index) {
      super(index);
    }

    @Override
    Outcome apply(Sut sut, SlipNumber number) {
      return of(sut.world.pickups.expire(number, KIM));
    }

    @Override
    void next(Model m, MP p) {
      if (p.state() != PickupState.ACCEPTED) {
        m.last = Outcome.ILLEGAL;
        return;
      }
      if (!m.now.isAfter(p.deadline().orElseThrow())) {
        m.last = Outcome.REFUSED;
        return;
      }
      expire(m, index, p);
      m.last = Outcome.DONE;
    }

    static void expire(Model m, int i, MP p) {
      m.releaseAll(p, false);
      m.pickups.set(i, p.with(PickupState.EXPIRED, p.active(), p.acceptancePrinted(), p.unprintedCancellations(),
          p.deadline()));
      m.events++;
    }
  }

  /** The program starts: overdue pickups are offered (first time only) and the user says yes. */
  static final class ExpiryAtStart extends Step {
    @Override
    public void run(Sut sut) {
      Optional<ExpiryOffer> offer = sut.world.expiry.offerAtStart(GANGNAM);
      if (offer.isEmpty()) {
        sut.last = Outcome.NONE;
        return;
      }
      ExpiryOutcome outcome = sut.world.expiry.printAndExpire(offer.get(), KIM);
      sut.last = outcome instanceof ExpiryOutcome.Expired ? Outcome.EXPIRED : Outcome.PRINT_FAILED;
    }

    @Override
    void next(Model m) {
      boolean first = !m.offered;
      m.offered = true;
      List<Integer> overdue = new ArrayList<>();
      for (int i = 0; i < m.pickups.size(); i++) {
        MP p = m.pickups.get(i);
        if (p.state() == PickupState.ACCEPTED && m.now.isAfter(p.deadline().orElseThrow())) {
          overdue.add(i);
        }
      }
      if (!first || overdue.isEmpty()) {
        m.last = Outcome.NONE;
        return;
      }
      if (!m.printerOnline) {
        m.last = Outcome.PRINT_FAILED;
        return;
      }
      overdue.forEach(i -> Expire.expire(m, i, m.pickups.get(i)));
      m.printed++;
      m.last = Outcome.EXPIRED;
    }
  }

  /** The clock moves on. */
  static final class Advance extends Step {
    final int hours;

    Advance(int hours) {
      this.hours = hours;
    }

    @Override
    public void run(Sut sut) {
      sut.world.clock.advance(Duration.ofHours(hours).plusMinutes(hours % 7));
      sut.last = Outcome.TICK;
    }

    @Override
    void next(Model m) {
      m.now = m.now.plus(Duration.ofHours(hours).plusMinutes(hours % 7));
      m.last = Outcome.TICK;
    }

    @Override
    public String toString() {
      return "Advance(" + hours + "h)";
    }
  }

  /** "Print unprinted now". */
  static final class PrintNow extends Step {
    @Override
    public void run(Sut sut) {
      PrintRun run = ((PrintOutcome.Ran) sut.world.printing.printUnprintedNow(GANGNAM, KIM)).run();
      sut.last = run.failed() ? Outcome.PRINT_FAILED : Outcome.PRINTED;
    }

    @Override
    void next(Model m) {
      m.printAll();
    }
  }

  /** The host calls the schedule (every five minutes). */
  static final class RunDue extends Step {
    @Override
    public void run(Sut sut) {
      List<PrintRun> runs = sut.world.printing.runDue();
      sut.last = runs.isEmpty() ? Outcome.NOT_DUE : runs.get(0).failed() ? Outcome.PRINT_FAILED : Outcome.PRINTED;
    }

    @Override
    void next(Model m) {
      Instant minute = m.now.truncatedTo(ChronoUnit.MINUTES);
      long minuteOfHour = minute.atZone(SEOUL).getMinute();
      Instant due = minute.minus(Duration.ofMinutes(minuteOfHour % 5));
      if (!due.isAfter(m.lastScheduledRun)) {
        m.last = Outcome.NOT_DUE;
        return;
      }
      m.lastScheduledRun = due;
      m.printAll();
    }
  }

  /** The printer goes offline or comes back. */
  static final class Printer extends Step {
    final boolean online;

    Printer(boolean online) {
      this.online = online;
    }

    @Override
    public void run(Sut sut) {
      sut.world.printer.offline(!online);
      sut.last = Outcome.PRINTER;
    }

    @Override
    void next(Model m) {
      m.printerOnline = online;
      m.last = Outcome.PRINTER;
    }

    @Override
    public String toString() {
      return online ? "PrinterOnline" : "PrinterOffline";
    }
  }
}
