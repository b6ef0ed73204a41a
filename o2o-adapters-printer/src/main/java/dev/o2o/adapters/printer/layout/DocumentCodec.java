package dev.o2o.adapters.printer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link SlipDocument} as text for the print queue and reads it back: a header line, then one line per block,
 * its fields separated by tabs, with backslash, tab, carriage return and line feed escaped. Any text round-trips.
 */
public final class DocumentCodec {

  static final String HEADER = "o2o-slip 1";

  private DocumentCodec() {}

  /** The document as queue text. */
  public static String write(SlipDocument document) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append("REPRINT\t").append(document.reprint()).append('\n');
    for (Block block : document.blocks()) {
      if (block instanceof Block.Title t) {
        line(out, "TITLE", t.text());
      } else if (block instanceof Block.Text t) {
        line(out, "TEXT", t.align().name(), Boolean.toString(t.bold()), t.text());
      } else if (block instanceof Block.Field f) {
        line(out, "FIELD", f.label(), f.value());
      } else if (block instanceof Block.Item i) {
        List<String> fields = new ArrayList<>();
        fields.add("ITEM");
        fields.add(i.name());
        fields.add(i.quantity());
        fields.addAll(i.details());
        line(out, fields.toArray(String[]::new));
      } else if (block instanceof Block.Rule) {
        line(out, "RULE");
      } else if (block instanceof Block.Blank) {
        line(out, "BLANK");
      } else if (block instanceof Block.Barcode b) {
        line(out, "BARCODE", b.data());
      } else {
        throw new IllegalStateException("no queue form for block " + block);
      }
    }
    return out.toString();
  }

  /** Reads what {@link #write} wrote; refuses anything else with a message naming the line. */
  public static SlipDocument read(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 3 || !lines[0].equals(HEADER)) {
      throw new IllegalArgumentException("not a queued slip document (expected header '" + HEADER + "')");
    }
    List<String> reprint = fields(lines[1]);
    if (reprint.size() != 2 || !reprint.get(0).equals("REPRINT")) {
      throw new IllegalArgumentException("queued slip document: line 2 must be REPRINT, got '" + lines[1] + "'");
    }
    List<Block> blocks = new ArrayList<>();
    for (int n = 2; n < lines.length; n++) {
      if (lines[n].isEmpty() && n == lines.length - 1) {
        break;
      }
      blocks.add(block(fields(lines[n]), n + 1));
    }
    return new SlipDocument(blocks, Boolean.parseBoolean(reprint.get(1)));
  }

  private static Block block(List<String> f, int lineNumber) {
    try {
      return switch (f.get(0)) {
        case "TITLE" -> new Block.Title(f.get(1));
        case "TEXT" -> new Block.Text(f.get(3), Align.valueOf(f.get(1)), Boolean.parseBoolean(f.get(2)));
        case "FIELD" -> new Block.Field(f.get(1), f.get(2));
        case "ITEM" -> new Block.Item(f.get(1), f.subList(3, f.size()), f.get(2));
        case "RULE" -> new Block.Rule();
        case "BLANK" -> new Block.Blank();
        case "BARCODE" -> new Block.Barcode(f.get(1));
        default -> throw new IllegalArgumentException("unknown block '" + f.get(0) + "'");
      };
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalArgumentException("queued slip document, line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      escape(out, fields[i]);
    }
    out.append('\n');
  }

  private static void escape(StringBuilder out, String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    for (String raw : Arrays.asList(line.split("\t", -1))) {
      StringBuilder field = new StringBuilder(raw.length());
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\\' && i + 1 < raw.length()) {
          char next = raw.charAt(++i);
          field.append(switch (next) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> next;
          });
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
    }
    return fields;
  }
}
