package dev.o2o.examples.runner;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.o2o.adapters.jdbc.EmbeddedH2;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.PickupConfig;
import dev.o2o.pickup.print.SlipPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The o2o example runner. With no sub-command it plays a store-and-warehouse day on an embedded H2 database in
 * {@code --data-dir}; each sub-command is one staff action on that database (or on {@code --jdbc-url}).
 */
@Command(name = "o2o-runner", mixinStandardHelpOptions = true, version = "o2o 0.1.0",
    description = "Plays a store-and-warehouse day with o2o on embedded H2, or runs one staff action.",
    subcommands = {DayCommand.class, StockCommand.class, StatusCommand.class, OrdersCommand.class,
        AllocateCommand.class, WaybillCommand.class, ShipScanCommand.class, PickupCommand.class, HistoryCommand.class,
        ReprintCommand.class})
public final class O2oRunner implements Callable<Integer> {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @Option(names = "--data-dir", defaultValue = "o2o-data",
      description = "Folder of the embedded H2 database, slips and previews (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--jdbc-url", description = "Use this database instead of H2 (PostgreSQL or MariaDB).")
  String jdbcUrl;

  @Option(names = "--jdbc-user", defaultValue = "", description = "Database user for --jdbc-url.")
  String jdbcUser;

  @Option(names = "--jdbc-password", defaultValue = "", description = "Database password for --jdbc-url.")
  String jdbcPassword;

  @Option(names = "--printer",
      description = "Print slips on tcp://host:port or a serial port; by default they are written as ESC/POS files "
          + "with PNG previews into <data-dir>/slips.")
  String printer;

  @Option(names = "--no-colour", description = "Print without ANSI colours.")
  boolean noColour;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the runner and exits with its code: 0 done, 1 refused (bad input), 2 usage, 3 failure. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the runner in this process, printing to the standard streams, and returns its exit code. */
  static int run(String... args) {
    return run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args);
  }

  /** Runs the runner in this process, printing to {@code out} and {@code err}, and returns its exit code. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new O2oRunner()).setOut(out).setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        cmd.getErr().println("refused: " + e.getMessage());
        return 1;
      }
      cmd.getErr().println("failed: " + e);
      return 3;
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    DayCommand day = new DayCommand();
    day.runner = this;
    return day.call();
  }

  Console console() {
    return new Console(spec.commandLine().getOut(), !noColour && System.console() != null);
  }

  /** Opens the database: H2 in the data folder unless a JDBC URL was given. */
  HikariDataSource openDataSource() throws IOException {
    HikariConfig config = new HikariConfig();
    if (jdbcUrl != null) {
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(jdbcUser);
      config.setPassword(jdbcPassword);
    } else {
      Files.createDirectories(dataDir);
      config.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("o2o") + EmbeddedH2.OPTIONS);
      config.setUsername("sa");
      config.setPassword("");
    }
    config.setMaximumPoolSize(4);
    config.setPoolName("o2o-runner");
    return new HikariDataSource(config);
  }

  /**
   * Deletes what an earlier day left in the data folder (the embedded database, its slips and its waybill file), so
   * that the day starts from nothing; nothing else in the folder is touched.
   */
  void deleteEmbeddedDatabase() throws IOException {
    if (jdbcUrl != null) {
      return;
    }
    for (String file : List.of("o2o.mv.db", "o2o.trace.db", "waybills.csv")) {
      Files.deleteIfExists(dataDir.resolve(file));
    }
    Path slips = dataDir.resolve("slips");
    if (Files.isDirectory(slips)) {
      try (Stream<Path> files = Files.list(slips)) {
        for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}-.*\\.(escpos|png)")).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /** One staff action on the wired system; returns the exit code. */
  @FunctionalInterface
  interface StaffAction {
    int run(O2oSystem o2o, Console console) throws Exception;
  }

  /** Opens the database, wires the system with the wall clock, runs a staff action on it and closes everything. */
  int onDatabase(StaffAction action) throws Exception {
    Console console = console();
    try (HikariDataSource dataSource = openDataSource()) {
      int code = action.run(openSystem(dataSource, console), console);
      console.flush();
      return code;
    }
  }

  /** The system on the database, with the wall clock: for the staff sub-commands. */
  O2oSystem openSystem(HikariDataSource dataSource, Console console) {
    return new O2oSystem(Stores.jdbc(dataSource), Clock.system(SEOUL), slipPrinter(console), PickupConfig.defaults());
  }

  /** The slip printer {@code --printer} names, or ESC/POS files with PNG previews in the data folder. */
  SlipPrinter slipPrinter(Console console) {
    return SlipOutput.open(java.util.Optional.ofNullable(printer), dataDir.resolve("slips"), console);
  }

  /** A time as staff in Seoul read it: {@code 2026-11-30 14:05:09}. */
  static String local(java.time.Instant time) {
    return time.atZone(SEOUL).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
        .replace('T', ' ');
  }

  /** A clock at 09:00 today in Seoul, moved on by the day. */
  static ManualClock dayClock() {
    return new ManualClock(LocalDate.now(SEOUL).atTime(LocalTime.of(9, 0)).atZone(SEOUL).toInstant(), SEOUL);
  }
}
