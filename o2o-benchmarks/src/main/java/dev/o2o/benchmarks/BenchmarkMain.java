package dev.o2o.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks JMH's command line selects (same options as JMH's own main) and prints, for every benchmark
 * {@code x} that has a {@code xBaseline} beside it in the same class, the ratio of their throughputs. The options
 * that only list or explain ({@code -l}, {@code -lp}, {@code -lprof}, {@code -lrf}, {@code -h}) are JMH's own.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldList() || options.shouldListWithParams() || options.shouldListProfilers()
        || options.shouldListResultFormats() || options.shouldHelp()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    printRatios(results, System.out);
  }

  static void printRatios(Collection<RunResult> results, PrintStream out) {
    Map<String, Double> score = new TreeMap<>();
    Map<String, String> unit = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String params = result.getParams().getParamsKeys().stream()
          .map(k -> k + "=" + result.getParams().getParam(k)).reduce((a, b) -> a + "," + b).map(p -> " [" + p + "]")
          .orElse("");
      String key = name + params;
      score.put(key, result.getPrimaryResult().getScore());
      unit.put(key, result.getPrimaryResult().getScoreUnit());
    }
    out.println();
    out.println("o2o against its baseline, measured in this run (ops/s: higher is better; time per op: lower is better):");
    out.printf("%-60s %14s %14s %12s%n", "benchmark", "o2o", "baseline", "o2o/baseline");
    score.forEach((key, value) -> {
      int bracket = key.indexOf(" [");
      String name = bracket < 0 ? key : key.substring(0, bracket);
      String params = bracket < 0 ? "" : key.substring(bracket);
      if (name.endsWith("Baseline")) {
        return;
      }
      Double baseline = score.get(name + "Baseline" + params);
      if (baseline != null) {
        out.printf("%-60s %14.1f %14.1f %12.3g  (%s)%n", shorten(key), value, baseline, value / baseline,
            unit.get(key));
      }
    });
  }

  private static String shorten(String key) {
    return key.replace("dev.o2o.benchmarks.", "");
  }
}
