package dev.o2o.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of o2o, checked on the compiled main classes of every module: domain modules see nothing but the JDK,
 * Guava, Immutables, the SLF4J API and o2o; adapters never see one another; each vendor library stays in its adapter;
 * and the library keeps its manners (no standard streams, no JUL, no static mutable state, no clock read in the domain).
 */
class ArchitectureTest {

  private static final String CORE = "dev.o2o.core..";
  private static final String ALLOCATION = "dev.o2o.allocation..";
  private static final String PICKUP = "dev.o2o.pickup..";
  private static final String JDBC = "dev.o2o.adapters.jdbc..";
  private static final String PRINTER = "dev.o2o.adapters.printer..";
  private static final String SCANNER = "dev.o2o.adapters.scanner..";
  private static final String EXAMPLES = "dev.o2o.examples..";
  private static final String[] DOMAIN_MAY_USE = {
    "java..", "com.google.common..", "com.google.errorprone..", "org.immutables..", "org.slf4j..", "dev.o2o.."
  };

  private static JavaClasses o2o;

  @BeforeAll
  static void importMainClasses() {
    o2o = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")) // the contract tests' test-jars
        .importPackages("dev.o2o");
  }

  @Test
  void theRulesSeeEveryModulesClasses() {
    // Guards against rules that pass because they looked at nothing.
    assertThat(o2o.contain(dev.o2o.core.stock.Inventory.class)).isTrue();
    for (String module : List.of("dev.o2o.core", "dev.o2o.allocation", "dev.o2o.pickup", "dev.o2o.adapters.jdbc",
        "dev.o2o.adapters.printer", "dev.o2o.adapters.scanner")) {
      assertThat(o2o.stream().anyMatch(c -> c.getPackageName().startsWith(module))).as(module).isTrue();
    }
  }

  private static void check(ArchRule rule) {
    rule.allowEmptyShould(true).check(o2o);
  }

  @Test
  void domainModulesDependOnNothingButTheJdkGuavaImmutablesSlf4jAndO2o() {
    for (String domain : List.of(CORE, ALLOCATION, PICKUP)) {
      check(classes().that().resideInAPackage(domain)
          .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN_MAY_USE)
          .because("the domain never sees JDBC, ESC/POS, serial ports or a logging back end"));
    }
  }

  @Test
  void domainModulesDoNotSeeAdaptersOrEachOther() {
    check(noClasses().that().resideInAPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage(ALLOCATION, PICKUP, "dev.o2o.adapters..", EXAMPLES));
    check(noClasses().that().resideInAPackage(ALLOCATION)
        .should().dependOnClassesThat().resideInAnyPackage(PICKUP, "dev.o2o.adapters..", EXAMPLES));
    check(noClasses().that().resideInAPackage(PICKUP)
        .should().dependOnClassesThat().resideInAnyPackage(ALLOCATION, "dev.o2o.adapters..", EXAMPLES));
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    check(noClasses().that().resideInAPackage(JDBC)
        .should().dependOnClassesThat().resideInAnyPackage(PRINTER, SCANNER, EXAMPLES));
    check(noClasses().that().resideInAPackage(PRINTER)
        .should().dependOnClassesThat().resideInAnyPackage(JDBC, SCANNER, EXAMPLES));
    check(noClasses().that().resideInAPackage(SCANNER)
        .should().dependOnClassesThat().resideInAnyPackage(JDBC, PRINTER, EXAMPLES));
  }

  @Test
  void onlyThePrinterAdapterImportsEscposCoffee() {
    check(noClasses().that().resideOutsideOfPackage(PRINTER)
        .should().dependOnClassesThat().resideInAPackage("com.github.anastaciocintra.."));
  }

  @Test
  void onlyTheScannerAndPrinterAdaptersImportJSerialComm() {
    // Serial scanners and serial slip printers (issue 8) both use jSerialComm; each adapter keeps its own use of it.
    check(noClasses().that().resideOutsideOfPackages(SCANNER, PRINTER)
        .should().dependOnClassesThat().resideInAPackage("com.fazecast.."));
  }

  @Test
  void onlyTheJdbcAdapterUsesJdbc() {
    // The example runner is a host application: like any host, it makes the DataSource it hands to the adapter.
    check(noClasses().that().resideOutsideOfPackages(JDBC, EXAMPLES)
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .because("only the JDBC adapter talks to a database"));
  }

  @Test
  void theLibraryWritesToNoStandardStreamAndLogsThroughSlf4j() {
    check(noClasses().that().resideOutsideOfPackage(EXAMPLES).should(ACCESS_STANDARD_STREAMS)
        .because("only the example runner prints; a library logs through SLF4J"));
    check(NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING);
  }

  @Test
  void theDomainReadsTimeOnlyFromAnInjectedClock() {
    for (String domain : List.of(CORE, ALLOCATION, PICKUP)) {
      check(noClasses().that().resideInAPackage(domain)
          .should().callMethodWhere(DescribedPredicate.describe("java.time's now()",
              call -> call.getTarget().getName().equals("now")
                  && call.getTargetOwner().getPackageName().equals("java.time")))
          .orShould().callMethod(java.time.Clock.class, "systemUTC")
          .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
          .orShould().callMethod(System.class, "currentTimeMillis")
          .because("time comes from an injected java.time.Clock"));
    }
  }

  @Test
  void theLibraryKeepsNoGlobalMutableState() {
    check(noFields().that().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(EXAMPLES)
        .should().notBeFinal()
        .because("a library shares no state between the hosts' instances"));
  }
}
