package dev.o2o.adapters.printer.layout;

import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Text as a slip printer prints it: in CP949 (MS949), where a character takes as many columns as it has bytes (ASCII
 * one, Hangul and other double-byte characters two). {@link #printable} makes any text printable; {@link #columns}
 * measures printable text.
 */
public final class SlipText {

  /** The printer's character set: CP949, which unlike EUC-KR has every Hangul syllable (똠, 똥...). */
  public static final Charset CHARSET = Charset.forName("MS949");

  /** What a character the printer cannot print becomes. */
  public static final char REPLACEMENT = '?';

  private SlipText() {}

  /**
   * The text with every control character (which would reach the printer as a command) turned into a space, and every
   * character CP949 lacks (emoji, rare Hanja...) turned into {@code ?}.
   */
  public static String printable(String text) {
    if (isPlainAscii(text)) {
      return text;
    }
    CharsetEncoder encoder = null;
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isControl(cp)) {
        out.append(' ');
      } else if (cp < 0x80 || isHangulSyllable(cp)) {
        out.appendCodePoint(cp);
      } else {
        if (encoder == null) {
          encoder = CHARSET.newEncoder();
        }
        if (Character.isBmpCodePoint(cp) && encoder.canEncode((char) cp)) {
          out.append((char) cp);
        } else {
          out.append(REPLACEMENT);
        }
      }
    }
    return out.toString();
  }

  /** The columns printable text takes: its length in CP949 bytes. */
  public static int columns(String printable) {
    int columns = 0;
    for (int i = 0; i < printable.length(); i++) {
      columns += columns(printable.charAt(i));
    }
    return columns;
  }

  /** The columns one printable character takes: 1 for ASCII, 2 for the double-byte characters of CP949. */
  public static int columns(char printable) {
    return printable < 0x80 ? 1 : 2;
  }

  /** The printable text in CP949. */
  public static byte[] encode(String printable) {
    try {
      var bytes = CHARSET.newEncoder().encode(CharBuffer.wrap(printable));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("text is not printable in CP949 (use SlipText.printable first): " + printable, e);
    }
  }

  /** True when the printable text has a character outside ASCII (and so needs the printer's Korean mode). */
  public static boolean needsKoreanMode(String printable) {
    return !isPlainAscii(printable);
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || isControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x2028 || cp == 0x2029;
  }

  private static boolean isHangulSyllable(int cp) {
    return cp >= 0xAC00 && cp <= 0xD7A3;
  }
}
