package dev.o2o.examples.runner;

import java.io.PrintWriter;
import java.util.List;

/** What the runner prints: headings, aligned tables (Hangul counted as two columns), colours and a progress bar. */
final class Console {

  /** ANSI colours; empty strings when colours are off. */
  enum Colour {
    RED("\u001b[31m"), BLUE("\u001b[34m"), GREY("\u001b[90m"), GREEN("\u001b[32m"), YELLOW("\u001b[33m"),
    DEFAULT("");

    final String code;

    Colour(String code) {
      this.code = code;
    }
  }

  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean colours;

  Console(PrintWriter out, boolean colours) {
    this.out = out;
    this.colours = colours;
  }

  void flush() {
    out.flush();
  }

  void heading(String text) {
    out.println();
    out.println(paint(Colour.GREEN, "== " + text + " " + "=".repeat(Math.max(0, 70 - width(text)))));
  }

  void line(String text) {
    out.println(text);
  }

  void line(String format, Object... args) {
    out.println(String.format(format, args));
  }

  void warn(String text) {
    out.println(paint(Colour.YELLOW, text));
  }

  String paint(Colour colour, String text) {
    return colours && !colour.code.isEmpty() ? colour.code + text + RESET : text;
  }

  /** Prints rows as a table whose columns are as wide as their widest cell. */
  void table(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = width(header.get(i));
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(stripColour(row.get(i))));
      }
    }
    printRow(header, widths);
    StringBuilder rule = new StringBuilder();
    for (int w : widths) {
      rule.append("-".repeat(w)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    rows.forEach(row -> printRow(row, widths));
  }

  private void printRow(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      int pad = widths[i] - width(stripColour(cell));
      boolean numeric = stripColour(cell).matches("-?[0-9][0-9,.]*");
      line.append(numeric ? " ".repeat(pad) + cell : cell + " ".repeat(pad)).append("  ");
    }
    out.println(line.toString().stripTrailing());
  }

  /** A progress bar on one line, redrawn in place. */
  void progress(String label, long done, long total) {
    int filled = total == 0 ? 30 : (int) (30 * done / total);
    out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(30 - filled) + "] " + done + "/" + total);
    if (done >= total) {
      out.println();
    }
    out.flush();
  }

  /** Display columns of text: Hangul and other wide characters count two. */
  static int width(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      columns += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return columns;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }

  private static String stripColour(String text) {
    return text.replaceAll("\u001b\\[[0-9;]*m", "");
  }
}
