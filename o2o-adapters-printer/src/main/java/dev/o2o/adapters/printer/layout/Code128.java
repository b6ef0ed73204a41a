package dev.o2o.adapters.printer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A CODE128 symbol of printable ASCII data: code set B, switching to code set C for runs of digits (two digits per
 * symbol, so that {@code PK000000000042} fits 58 mm paper at two dots a module). It gives the bars to draw and the data
 * an ESC/POS printer takes ({@code GS k} with {@code {B}/{C} code-set marks), so that a drawn and a printed barcode
 * are the same symbol.
 */
public final class Code128 {

  /** Bar and space widths of symbol values 0 to 106 (103-105 start A/B/C, 106 stop), in modules. */
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
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112"
  };

  private static final int START_B = 104;
  private static final int START_C = 105;
  private static final int SWITCH_TO_B = 100;
  private static final int SWITCH_TO_C = 99;
  private static final int STOP = 106;

  /** The quiet zone each side of the bars, in modules. */
  public static final int QUIET_ZONE = 10;

  private final String data;
  private final List<Integer> values;
  private final String escPosData;

  private Code128(String data, List<Integer> values, String escPosData) {
    this.data = data;
    this.values = values;
    this.escPosData = escPosData;
  }

  /** The symbol of printable ASCII data; refuses empty data and anything outside 0x20-0x7E. */
  public static Code128 of(String data) {
    if (data.isEmpty()) {
      throw new IllegalArgumentException("CODE128 data must not be empty");
    }
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException("CODE128 data must be printable ASCII, got '" + data + "'");
      }
    }
    List<Integer> values = new ArrayList<>();
    StringBuilder escPos = new StringBuilder();
    int leadingDigits = digitRun(data, 0);
    boolean inC = leadingDigits >= 4 && leadingDigits % 2 == 0;
    values.add(inC ? START_C : START_B);
    escPos.append(inC ? "{C" : "{B");
    int i = 0;
    while (i < data.length()) {
      int run = digitRun(data, i);
      if (inC) {
        if (run >= 2) {
          int pair = (data.charAt(i) - '0') * 10 + (data.charAt(i + 1) - '0');
          values.add(pair);
          escPos.append((char) pair);
          i += 2;
          continue;
        }
        values.add(SWITCH_TO_B);
        escPos.append("{B");
        inC = false;
      }
      boolean worthC = run >= 6 || (run >= 4 && i + run == data.length());
      if (worthC && run % 2 == 0) {
        values.add(SWITCH_TO_C);
        escPos.append("{C");
        inC = true;
        continue;
      }
      char c = data.charAt(i);
      values.add(c - 32);
      escPos.append(c == '{' ? "{{" : String.valueOf(c));
      i++;
    }
    int check = values.get(0);
    for (int k = 1; k < values.size(); k++) {
      check += k * values.get(k);
    }
    values.add(check % 103);
    values.add(STOP);
    return new Code128(data, List.copyOf(values), escPos.toString());
  }

  private static int digitRun(String data, int from) {
    int i = from;
    while (i < data.length() && Character.isDigit(data.charAt(i)) && data.charAt(i) < 0x80) {
      i++;
    }
    return i - from;
  }

  /** The data the symbol carries, as its human-readable text shows it. */
  public String data() {
    return data;
  }

  /** The symbol values, start and check symbol and stop included. */
  public List<Integer> values() {
    return values;
  }

  /** The data for ESC/POS {@code GS k} CODE128: code-set marks, digit pairs as byte values, a brace doubled. */
  public String escPosData() {
    return escPosData;
  }

  /** The width of the bars in modules, without quiet zones. */
  public int modules() {
    return (values.size() - 1) * 11 + 13;
  }

  /** The modules from left to right, {@code true} for a bar, quiet zones not included. */
  public boolean[] bars() {
    boolean[] bars = new boolean[modules()];
    int x = 0;
    for (int value : values) {
      String pattern = PATTERNS[value];
      for (int k = 0; k < pattern.length(); k++) {
        int width = pattern.charAt(k) - '0';
        for (int w = 0; w < width; w++) {
          bars[x++] = k % 2 == 0;
        }
      }
    }
    return bars;
  }

  /**
   * The widest module, in dots, at which the symbol and its quiet zones fit {@code dots}, at most 3; 0 when even one
   * dot a module is too wide.
   */
  public int moduleWidthFor(int dots) {
    for (int width = 3; width > 0; width--) {
      if ((modules() + 2 * QUIET_ZONE) * width <= dots) {
        return width;
      }
    }
    return 0;
  }
}
