package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.BarcodeTakenException;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.catalog.UnknownSkuException;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of the {@link Catalogue} port. */
public abstract class CatalogueContract {

  private CoreBackend backend;
  private Catalogue catalogue;

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    catalogue = backend.catalogue();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private static Sku sku(String code, String style, String... barcodes) {
    return new Sku(SkuCode.of(code), StyleCode.of(style), "네이비", "95", "울 코트 " + code,
        java.util.Arrays.stream(barcodes).map(Ean13::of).toList());
  }

  @Test
  void givenSavedSku_whenLookedUpByCodeBarcodeOrStyle_thenItIsFoundWithEveryField() {
    Sku coat = sku("CT24-NAV-95", "CT24", "8801234567893", "8809876543213");
    catalogue.save(coat);
    assertThat(catalogue.find(coat.code())).contains(coat);
    assertThat(catalogue.findByBarcode(Ean13.of("8809876543213"))).contains(coat);
    assertThat(catalogue.skusOfStyle(StyleCode.of("CT24"))).containsExactly(coat);
    assertThat(catalogue.require(coat.code()).displayName()).isEqualTo("울 코트 CT24-NAV-95");
  }

  @Test
  void givenSkus_whenListed_thenSortedByCodeAndFilteredByStyle() {
    catalogue.save(sku("TS24-WHT-M", "TS24", "8801111111119"));
    catalogue.save(sku("TS24-BLK-M", "TS24", "8802222222220"));
    catalogue.save(sku("CT24-NAV-95", "CT24", "8801234567893"));
    assertThat(catalogue.skusOfStyle(StyleCode.of("TS24"))).extracting(s -> s.code().value())
        .containsExactly("TS24-BLK-M", "TS24-WHT-M");
    assertThat(catalogue.all()).hasSize(3);
  }

  @Test
  void givenScannedCode_whenItIsABarcodeOrASkuCode_thenTheSkuIsResolved() {
    Sku coat = sku("CT24-NAV-95", "CT24", "8801234567893");
    catalogue.save(coat);
    assertThat(catalogue.findByScannedCode("8801234567893")).contains(coat);
    assertThat(catalogue.findByScannedCode("CT24-NAV-95")).contains(coat);
    assertThat(catalogue.findByScannedCode("8801234567890")).isEmpty();
    assertThat(catalogue.findByScannedCode(" ")).isEmpty();
  }

  @Test
  void givenSkuReplacedWithOtherBarcodes_whenLookedUp_thenOldBarcodesAreFree() {
    catalogue.save(sku("CT24-NAV-95", "CT24", "8801234567893"));
    catalogue.save(sku("CT24-NAV-95", "CT24", "8809876543213"));
    assertThat(catalogue.findByBarcode(Ean13.of("8801234567893"))).isEmpty();
    catalogue.save(sku("CT24-NAV-100", "CT24", "8801234567893"));
    assertThat(catalogue.findByBarcode(Ean13.of("8801234567893")).map(Sku::code))
        .contains(SkuCode.of("CT24-NAV-100"));
  }

  @Test
  void givenBarcodeOfAnotherSku_whenSaved_thenRefusedNamingBothAndNothingSaved() {
    catalogue.save(sku("CT24-NAV-95", "CT24", "8801234567893"));
    assertThatThrownBy(() -> catalogue.save(sku("CT24-NAV-100", "CT24", "8809876543213", "8801234567893")))
        .isInstanceOf(BarcodeTakenException.class)
        .hasMessageContaining("8801234567893").hasMessageContaining("CT24-NAV-95").hasMessageContaining("CT24-NAV-100");
    assertThat(catalogue.find(SkuCode.of("CT24-NAV-100"))).isEmpty();
    assertThat(catalogue.findByBarcode(Ean13.of("8809876543213"))).isEmpty();
  }

  @Test
  void givenUnknownSku_whenRequired_thenTheErrorNamesIt() {
    assertThatThrownBy(() -> catalogue.require(SkuCode.of("GHOST-1")))
        .isInstanceOf(UnknownSkuException.class).hasMessageContaining("GHOST-1");
  }

  @Test
  void givenSaveInsideAFailedTransaction_whenRolledBack_thenTheSkuIsNotThere() {
    assertThatThrownBy(() -> backend.transactions().run(() -> {
      catalogue.save(sku("CT24-NAV-95", "CT24", "8801234567893"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(catalogue.find(SkuCode.of("CT24-NAV-95"))).isEmpty();
    assertThat(catalogue.findByBarcode(Ean13.of("8801234567893"))).isEmpty();
    assertThat(catalogue.all()).isEqualTo(List.of());
  }
}
