package dev.o2o.core.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A position key is a value: equal, with equal hashes, exactly when its SKU and location are, and ordered alike. */
class PositionKeyTest {

  private static final List<String> SKUS = List.of("TS24-BLK-M", "TS24-BLK-L", "TS24-BLK", "티셔츠-M");
  private static final List<LocationId> LOCATIONS = List.of(LocationId.warehouse("WH-ICHEON"),
      LocationId.store("WH-ICHEON"), LocationId.store("ST-GANGNAM"));

  @Test
  void twoKeysAreEqualWithEqualHashesExactlyWhenTheirPartsAreAndCompareAsEqualThen() {
    int combinations = SKUS.size() * LOCATIONS.size();
    qt().withExamples(500)
        .forAll(integers().between(0, combinations - 1), integers().between(0, combinations - 1))
        .checkAssert((a, b) -> {
          // Parts made afresh for each key, so that equal keys never share their SKU code or location instance.
          PositionKey first = key(a);
          PositionKey second = key(b);
          boolean sameParts = first.sku().equals(second.sku()) && first.location().equals(second.location());

          assertThat(first.equals(second)).isEqualTo(sameParts);
          assertThat(first.compareTo(second) == 0).isEqualTo(sameParts);
          assertThat(Integer.signum(first.compareTo(second))).isEqualTo(-Integer.signum(second.compareTo(first)));
          if (sameParts) {
            assertThat(first.hashCode()).isEqualTo(second.hashCode());
            assertThat(first.toString()).isEqualTo(second.toString());
          }
        });
  }

  @Test
  void aKeyNamesItsPartsAndRefusesMissingOnes() {
    PositionKey key = PositionKey.of(SkuCode.of("TS24-BLK-M"), LocationId.warehouse("WH-ICHEON"));

    assertThat(key).hasToString("TS24-BLK-M at " + LocationId.warehouse("WH-ICHEON")).isNotEqualTo(null);
    assertThatThrownBy(() -> PositionKey.of(null, LocationId.warehouse("WH-ICHEON"))).hasMessageContaining("sku");
    assertThatThrownBy(() -> PositionKey.of(SkuCode.of("TS24-BLK-M"), null)).hasMessageContaining("location");
  }

  private static PositionKey key(int combination) {
    String sku = SKUS.get(combination / LOCATIONS.size());
    LocationId location = LOCATIONS.get(combination % LOCATIONS.size());
    return PositionKey.of(SkuCode.of(new String(sku)), LocationId.parse(location.toString()));
  }
}
