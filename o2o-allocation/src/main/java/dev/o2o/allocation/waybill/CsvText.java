package dev.o2o.allocation.waybill;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text of a CSV file, its charset found (UTF-8 when the bytes are valid UTF-8, else CP949), cut into rows. */
final class CsvText {

  /** CP949 (MS949), the Korean Windows code page courier software writes; a superset of EUC-KR. */
  static final Charset CP949 = Charset.forName("x-windows-949");

  private CsvText() {}

  /** The charset the bytes are written in: UTF-8 (with or without a byte-order mark) if they decode as such, else CP949. */
  static Charset detect(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException notUtf8) {
      return CP949;
    }
  }

  /** The decoded text, without a byte-order mark. */
  static String decode(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The rows of RFC 4180 CSV: fields separated by commas, optionally in double quotes (a doubled quote inside stands
   * for one; quoted fields may hold commas and line breaks); lines end in CRLF or LF. Each row keeps the line number
   * it starts on.
   */
  static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        rows.add(new Row(rowLine, List.copyOf(fields)));
        fields.clear();
        line++;
        rowLine = line;
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }

  /** One row of fields and the line it starts on. */
  record Row(int line, List<String> fields) {

    /** Whether every field is blank. */
    boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }

    /** The field at {@code index}, stripped; empty text when the row is shorter. */
    String field(int index) {
      return index < fields.size() ? fields.get(index).strip() : "";
    }
  }
}
