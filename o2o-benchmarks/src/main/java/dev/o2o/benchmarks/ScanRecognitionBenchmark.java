package dev.o2o.benchmarks;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.scan.CodeRecogniser;
import dev.o2o.core.scan.Recognition;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScannerId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scans recognised per second: {@link CodeRecogniser#recognise} (every rule in the default order, readings and
 * alternatives, reasons for bad codes), and the whole {@link ScanIntake} (strip, clock, double-read window, recognise,
 * listener). Baselines: a hand-written classifier of the same codes by prefix, length and GS1 check digit, without the
 * alternatives or the reasons; and that classifier behind a map that remembers each scanner's last code.
 *
 * <p>The codes: 1,024 of a store's and a warehouse's mix, one in eight bad (wrong check digits, malformed slips,
 * unknown formats).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ScanRecognitionBenchmark {

  static final int CODES = 1024;

  /** The codes and the recogniser, shared; each thread walks the codes in turn. */
  @State(Scope.Thread)
  public static class Codes {
    final CodeRecogniser recogniser = CodeRecogniser.standard();
    final ScannerId scanner = ScannerId.of("bench");
    String[] codes;
    int next;
    ScanIntake intake;
    Map<ScannerId, String> lastCode;

    @Setup
    public void setUp(Blackhole blackhole) {
      List<String> mix = new ArrayList<>(CODES);
      for (int i = 0; mix.size() < CODES; i++) {
        switch (i % 8) {
          case 0, 1, 2 -> mix.add(Ean13.withCheckDigit(String.format("880%09d", i)).value());
          case 3 -> mix.add(String.format("PK%012d", i));
          case 4 -> mix.add(String.format("20240501-%06d", i));
          case 5 -> mix.add(String.format("%011d", i * 7L)); // 12-digit waybill or UPC-A shape
          case 6 -> mix.add(String.format("%010d", i)); // CJ/Hanjin waybill length
          default -> mix.add(badCode(i));
        }
      }
      codes = mix.toArray(String[]::new);
      intake = ScanIntake.builder(Clock.systemUTC(), blackhole::consume)
          .doubleReadWindow(Duration.ofMillis(300)).build();
      lastCode = new HashMap<>();
    }

    private static String badCode(int i) {
      switch ((i / 8) % 4) {
        case 0: {
          String good = Ean13.withCheckDigit(String.format("880%09d", i)).value();
          return good.substring(0, 12) + (char) ('0' + (good.charAt(12) - '0' + 1) % 10);
        }
        case 1: return "PK" + i;
        case 2: return "HELLO-" + i;
        default: return "96385075";
      }
    }

    String nextCode() {
      String code = codes[next];
      next = (next + 1) & (CODES - 1);
      return code;
    }
  }

  @Benchmark
  public Recognition recognise(Codes codes) {
    return codes.recogniser.recognise(codes.nextCode());
  }

  @Benchmark
  public int recogniseBaseline(Codes codes) {
    return classify(codes.nextCode());
  }

  @Benchmark
  public void intake(Codes codes) {
    codes.intake.receive(codes.scanner, codes.nextCode());
  }

  @Benchmark
  public int intakeBaseline(Codes codes) {
    String code = codes.nextCode().strip();
    String previous = codes.lastCode.put(codes.scanner, code);
    return code.equals(previous) ? -1 : classify(code);
  }

  /** The naive classifier: 0 unknown, 1 EAN-13, 2 EAN-8, 3 UPC-A, 4 pickup slip, 5 customer slip, 6 waybill. */
  static int classify(String code) {
    int length = code.length();
    if (length == 14 && code.startsWith("PK") && digits(code, 2)) {
      return 4;
    }
    if (length >= 13 && code.charAt(8) == '-' && digits(code.substring(0, 8), 0) && digits(code, 9)) {
      return 5;
    }
    if (!digits(code, 0)) {
      return 0;
    }
    switch (length) {
      case 13: return gs1(code) ? 1 : 0;
      case 8: return gs1(code) ? 2 : 0;
      case 12: return gs1(code) ? 3 : 6;
      case 10: case 11: return 6;
      default: return 0;
    }
  }

  private static boolean digits(String code, int from) {
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean gs1(String code) {
    int sum = 0;
    int last = code.length() - 1;
    for (int i = 0; i < last; i++) {
      int digit = code.charAt(last - 1 - i) - '0';
      sum += (i % 2 == 0) ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10 == code.charAt(last) - '0';
  }
}
