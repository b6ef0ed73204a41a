package dev.o2o.examples.runner;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.ArrayList;
import java.util.List;

/** The sample retailer: three warehouses, three stores, and six styles with Korean names, colours and sizes. */
final class SampleData {

  static final LocationId ICHEON = LocationId.warehouse("WH-ICHEON");
  static final LocationId YONGIN = LocationId.warehouse("WH-YONGIN");
  static final LocationId BUSAN = LocationId.warehouse("WH-BUSAN");
  static final LocationId GANGNAM = LocationId.store("ST-GANGNAM");
  static final LocationId HONGDAE = LocationId.store("ST-HONGDAE");
  static final LocationId MYEONGDONG = LocationId.store("ST-MYEONGDONG");

  static final List<Location> LOCATIONS = List.of(
      new Location(ICHEON, "이천 물류센터", true, 1),
      new Location(YONGIN, "용인 물류센터", true, 2),
      new Location(BUSAN, "부산 물류센터", true, 3),
      new Location(GANGNAM, "강남점", true, 4),
      new Location(HONGDAE, "홍대점", true, 5),
      new Location(MYEONGDONG, "명동점", false, 6));

  /** A style: code, Korean name, colours (code and Korean name) and sizes. */
  record Style(String code, String name, List<String[]> colours, List<String> sizes) {}

  static final List<Style> STYLES = List.of(
      new Style("TS24", "베이직 반팔 티셔츠", List.of(new String[] {"BLK", "블랙"}, new String[] {"WHT", "화이트"},
          new String[] {"NAV", "네이비"}), List.of("S", "M", "L", "XL")),
      new Style("DN24", "와이드 데님 팬츠", List.of(new String[] {"IND", "인디고"}, new String[] {"LBL", "라이트블루"}),
          List.of("26", "28", "30", "32")),
      new Style("CT24", "울 블렌드 싱글 코트", List.of(new String[] {"CHA", "차콜"}, new String[] {"CAM", "카멜"}),
          List.of("S", "M", "L")),
      new Style("KN24", "케이블 니트 스웨터", List.of(new String[] {"IVO", "아이보리"}, new String[] {"GRN", "그린"}),
          List.of("M", "L")),
      new Style("SK24", "플리츠 미디 스커트", List.of(new String[] {"BLK", "블랙"}, new String[] {"BEI", "베이지"}),
          List.of("S", "M")),
      new Style("HD24", "오버핏 후드 집업", List.of(new String[] {"GRY", "그레이"}, new String[] {"BLK", "블랙"}),
          List.of("M", "L", "XL")));

  private SampleData() {}

  /** Every SKU of the sample, with EAN-13 barcodes under the Korean prefix 880. */
  static List<Sku> skus() {
    List<Sku> skus = new ArrayList<>();
    int item = 0;
    for (Style style : STYLES) {
      for (String[] colour : style.colours()) {
        for (String size : style.sizes()) {
          item++;
          String code = style.code() + "-" + colour[0] + "-" + size;
          skus.add(new Sku(SkuCode.of(code), StyleCode.of(style.code()), colour[1], size,
              style.name() + " " + colour[1] + " " + size,
              List.of(Ean13.withCheckDigit(String.format("8801234%05d", item)))));
        }
      }
    }
    return skus;
  }

  /** Saves the locations and the catalogue (saving again changes nothing). */
  static void load(LocationDirectory locations, Catalogue catalogue) {
    LOCATIONS.forEach(locations::save);
    skus().forEach(catalogue::save);
  }
}
