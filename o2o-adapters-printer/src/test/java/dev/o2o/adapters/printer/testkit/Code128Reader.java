package dev.o2o.adapters.printer.testkit;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Reads a CODE128 barcode from one row of a black-and-white picture, as a scanner would: bar and space widths, symbol
 * by symbol, with its own table of patterns, checking the start, check and stop symbols.
 */
public final class Code128Reader {

  private static final String[] PATTERNS = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232"
  };
  private static final Map<String, Integer> VALUES = new HashMap<>();

  static {
    for (int i = 0; i < PATTERNS.length; i++) {
      VALUES.put(PATTERNS[i], i);
    }
  }

  private Code128Reader() {}

  /** The data of the barcode crossing row {@code y}; fails when the row holds no valid CODE128 symbol. */
  public static String read(BufferedImage picture, int y) {
    List<Integer> runs = new ArrayList<>();
    boolean black = false;
    int run = 0;
    boolean started = false;
    for (int x = 0; x < picture.getWidth(); x++) {
      boolean dot = (picture.getRGB(x, y) & 0xFFFFFF) == 0;
      if (!started) {
        if (!dot) {
          continue;
        }
        started = true;
        black = true;
      }
      if (dot == black) {
        run++;
      } else {
        runs.add(run);
        black = dot;
        run = 1;
      }
    }
    if (black && run > 0) {
      runs.add(run);
    }
    if (runs.size() < 6 + 6 + 7) {
      throw new IllegalStateException("row " + y + " holds no barcode (" + runs.size() + " bars and spaces)");
    }
    int module = runs.get(0) / 2; // every start symbol begins with a two-module bar
    List<Integer> values = new ArrayList<>();
    int i = 0;
    while (i + 6 <= runs.size()) {
      StringBuilder pattern = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        pattern.append(Math.round((float) runs.get(i + k) / module));
      }
      if (pattern.toString().equals("233111")) {
        break; // the stop symbol (2331112)
      }
      Integer value = VALUES.get(pattern.toString());
      if (value == null) {
        throw new IllegalStateException("row " + y + ": no CODE128 symbol " + pattern);
      }
      values.add(value);
      i += 6;
    }
    int check = values.get(0);
    for (int k = 1; k < values.size() - 1; k++) {
      check += k * values.get(k);
    }
    if (check % 103 != values.get(values.size() - 1)) {
      throw new IllegalStateException("row " + y + ": CODE128 check symbol does not match");
    }
    StringBuilder data = new StringBuilder();
    char set = switch (values.get(0)) {
      case 103 -> 'A';
      case 104 -> 'B';
      case 105 -> 'C';
      default -> throw new IllegalStateException("row " + y + ": no CODE128 start symbol");
    };
    for (int value : values.subList(1, values.size() - 1)) {
      if (set == 'C' && value < 100) {
        data.append(String.format("%02d", value));
      } else if (value == 99) {
        set = 'C';
      } else if (value == 100) {
        set = 'B';
      } else if (set == 'B') {
        data.append((char) (value + 32));
      } else {
        throw new IllegalStateException("row " + y + ": CODE128 value " + value + " in code set " + set);
      }
    }
    return data.toString();
  }
}
