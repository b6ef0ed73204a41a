package dev.o2o.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner end to end on embedded H2: the day, then staff sub-commands on the database it left. */
class O2oRunnerTest {

  @TempDir
  static Path dataDir;

  static Result day;

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 3];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    all[2] = "--no-colour";
    System.arraycopy(args, 0, all, 3, args.length);
    int code = O2oRunner.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void playTheDay() {
    day = run("day", "--orders", "200");
  }

  @Test
  void givenAFreshFolder_whenTheDayIsPlayed_thenEveryPartOfItRunsAndItSucceeds() {
    assertThat(day.exitCode()).as(day.err()).isZero();
    assertThat(day.out())
        .contains("40 SKUs with EAN-13 barcodes")
        .contains("TR-0001: received at ST-GANGNAM")
        .contains("after a failed send")
        .contains("200 orders from")
        .contains("COMPLETE run:", "EARLY run:", "BULK run:")
        .contains("합계 total")
        .contains("PK000000000001 is now ACCEPTED", "is now COMPLETED", "is now UNAVAILABLE", "-> CANCELLED")
        .contains("expired; its", "marked as a reprint")
        .contains("ledger reconciliation:", "no drift")
        .contains("waybills.csv (x-windows-949", "REGISTERED=", "UNKNOWN_SHIPMENT=1", "INVALID_NUMBER=1")
        .contains("refused (NOT_IN_SHIPMENT)", "refused (UNKNOWN_CODE)", "SHIPPED")
        .contains("shipped with CJ");
    assertThat(dataDir.resolve("slips")).isDirectoryContaining("glob:**/001-acceptance.escpos")
        .isDirectoryContaining("glob:**/001-acceptance.png");
  }

  @Test
  void givenTheDaysDatabase_whenStaffAnnotateAnOrder_thenTheNoteIsKeptAndTheStyleStockShown() {
    Result order = run("orders", "--order", "OWN-MALL/2611000003", "--note", "선물 포장", "--flag", "true");
    assertThat(order.exitCode()).as(order.err()).isZero();
    assertThat(order.out()).contains("flag: true", "선물 포장", "available stock of");
    assertThat(run("orders", "--flagged").out()).contains("OWN-MALL/2611000003");
  }

  @Test
  void givenTheDaysDatabase_whenTheHistoryIsSearched_thenEveryPickupOfTheStoreIsListedWithItsState() {
    Result history = run("history", "--store", "ST-GANGNAM");
    assertThat(history.exitCode()).as(history.err()).isZero();
    assertThat(history.out()).contains("COMPLETED", "EXPIRED", "UNAVAILABLE", "CANCELLED").doesNotContain("ST-HONGDAE");
  }

  @Test
  void givenAStatusWithAClosingDateButNotClosed_whenChanged_thenRefusedNamingSkuAndFieldAndNothingChanges() {
    Result refused = run("status", "--sku", "KN24-GRN-L", "--closed", "false", "--closing-date", "2026-12-31");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("KN24-GRN-L", "closing date");
    assertThat(run("status", "--sku", "KN24-GRN-L").out()).contains("closed 20").doesNotContain("2026-12-31");
  }

  @Test
  void givenAPickupOfAnotherStore_whenAcceptedByScans_thenRefusedAndNothingChanges() {
    Result accept = run("pickup", "accept", "--store", "ST-GANGNAM", "--staff", "jung.hana", "PK000000000006");
    assertThat(accept.exitCode()).isEqualTo(1);
    assertThat(accept.out()).contains("refused");
    assertThat(run("history", "--order", "20261130-0506").out()).contains("REQUESTED");
  }

  @Test
  void givenTheDaysDatabase_whenStockOfAStyleIsAsked_thenItIsReadFromTheDatabase() {
    Result stock = run("stock", "--style", "TS24");
    assertThat(stock.exitCode()).as(stock.err()).isZero();
    assertThat(stock.out()).contains("integrated stock of TS24", "WH-ICHEON", "강남점");
  }

  @Test
  void givenACourierFileWithABadRow_whenImported_thenTheRowIsReportedByLineAndTheRunnerFails() throws Exception {
    java.nio.file.Path file = dataDir.resolve("bad-waybills.csv");
    java.nio.file.Files.writeString(file, "shipment,waybill\nSHP-99999999,604120010016\n");
    Result waybill = run("waybill", "--file", file.toString());
    assertThat(waybill.exitCode()).isEqualTo(1);
    assertThat(waybill.out()).contains("line 2", "UNKNOWN_SHIPMENT", "SHP-99999999");
  }

  @Test
  void givenARegisteredWaybill_whenScannedInTwoSittings_thenTheSessionResumesAndTheShipmentShips() throws Exception {
    String row = java.nio.file.Files.readAllLines(dataDir.resolve("waybills.csv"),
        java.nio.charset.Charset.forName("x-windows-949")).get(12);
    String waybill = row.split(",")[1];
    Result loaded = run("ship-scan", "--staff", "oh.seojun", "--station", "desk-9", waybill);
    assertThat(loaded.exitCode()).isEqualTo(1);
    assertThat(loaded.out()).contains("loaded", "to go");
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("ship-scan", "--staff", "oh.seojun",
        "--station", "desk-9"));
    java.util.regex.Matcher toGo = java.util.regex.Pattern.compile("([A-Z0-9]+-[A-Z]+-[A-Z0-9]+) x(\\d+) to go")
        .matcher(loaded.out());
    while (toGo.find()) {
      for (int unit = 0; unit < Integer.parseInt(toGo.group(2)); unit++) {
        args.add(toGo.group(1));
      }
    }
    Result wrong = run("ship-scan", "--staff", "oh.seojun", "--station", "desk-9", "8801234567890");
    assertThat(wrong.out()).contains("refused (UNKNOWN_CODE)");
    Result units = run(args.toArray(String[]::new));
    assertThat(units.out()).contains("SHIPPED");
    assertThat(units.exitCode()).isZero();
  }

  @Test
  void givenAnUnknownSku_whenItsStockIsAsked_thenTheRunnerSaysWhichAndFails() {
    Result stock = run("stock", "--sku", "NOPE-1");
    assertThat(stock.exitCode()).isEqualTo(1);
    assertThat(stock.err()).contains("unknown SKU NOPE-1");
  }
}
