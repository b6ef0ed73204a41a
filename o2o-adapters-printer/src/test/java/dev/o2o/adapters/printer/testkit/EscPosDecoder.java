package dev.o2o.adapters.printer.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an ESC/POS byte stream back the way a printer would: text lines (in CP949, and only inside Korean mode when
 * they are not ASCII), barcodes, raster images, cuts and status requests. Strict: an unknown command, a control byte
 * inside text or a double-byte character outside Korean mode fails the decoding, naming its offset.
 */
public final class EscPosDecoder {

  private static final Charset CP949 = Charset.forName("MS949");

  /** What the printer did. */
  public sealed interface Printed {}

  /** A line of text ended by LF, with the print mode it was printed in. */
  public record TextLine(String text, boolean bold, int widthScale, int heightScale, int justification,
      boolean koreanMode, int columns) implements Printed {}

  /** A barcode: its ESC/POS system number, the human-readable data and the HRI position. */
  public record Barcode(String type, String data, int hriPosition, int moduleWidth, int height) implements Printed {}

  /** A {@code GS v 0} raster image. */
  public record Image(int width, int height, byte[] bits) implements Printed {
    /** Whether the dot at x, y is printed. */
    public boolean dot(int x, int y) {
      int bytesPerRow = width / 8;
      return (bits[y * bytesPerRow + x / 8] & (0x80 >> (x % 8))) != 0;
    }
  }

  /** A cut of the paper. */
  public record Cut(boolean partial) implements Printed {}

  /** A real-time status request {@code DLE EOT n}. */
  public record StatusRequest(int n) implements Printed {}

  /** One slip of a stream: what came before a cut (and the cut). */
  public record Slip(List<Printed> printed) {

    public List<TextLine> lines() {
      return printed.stream().filter(TextLine.class::isInstance).map(TextLine.class::cast).toList();
    }

    public List<String> texts() {
      return lines().stream().map(TextLine::text).toList();
    }

    public List<Barcode> barcodes() {
      return printed.stream().filter(Barcode.class::isInstance).map(Barcode.class::cast).toList();
    }

    public List<Image> images() {
      return printed.stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
    }

    public boolean isCut() {
      return !printed.isEmpty() && printed.get(printed.size() - 1) instanceof Cut;
    }

    /** The raster images stacked into one picture, black where a dot is printed. */
    public BufferedImage picture() {
      List<Image> images = images();
      int width = images.get(0).width();
      int height = images.stream().mapToInt(Image::height).sum();
      BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
      int top = 0;
      for (Image image : images) {
        if (image.width() != width) {
          throw new IllegalStateException("raster images of one slip differ in width");
        }
        for (int y = 0; y < image.height(); y++) {
          for (int x = 0; x < width; x++) {
            picture.setRGB(x, top + y, image.dot(x, y) ? 0x000000 : 0xFFFFFF);
          }
        }
        top += image.height();
      }
      return picture;
    }
  }

  private final byte[] in;
  private int at;
  private final List<Printed> printed = new ArrayList<>();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private boolean bold;
  private int widthScale = 1;
  private int heightScale = 1;
  private int justification;
  private boolean korean;
  private boolean lineUsedKorean;
  private int hriPosition;
  private int barcodeWidth = 3;
  private int barcodeHeight = 162;

  private EscPosDecoder(byte[] in) {
    this.in = in;
  }

  /** Everything in the stream, in order. */
  public static List<Printed> decode(byte[] stream) {
    EscPosDecoder decoder = new EscPosDecoder(stream);
    decoder.run();
    return decoder.printed;
  }

  /** The stream split into slips at each cut; a tail after the last cut (status requests only) is dropped. */
  public static List<Slip> slips(byte[] stream) {
    List<Slip> slips = new ArrayList<>();
    List<Printed> current = new ArrayList<>();
    for (Printed p : decode(stream)) {
      if (p instanceof StatusRequest) {
        continue;
      }
      current.add(p);
      if (p instanceof Cut) {
        slips.add(new Slip(List.copyOf(current)));
        current.clear();
      }
    }
    if (!current.isEmpty()) {
      throw new IllegalStateException("the stream ends with a slip that is not cut: " + current);
    }
    return slips;
  }

  /** The one slip the stream holds. */
  public static Slip slip(byte[] stream) {
    List<Slip> slips = slips(stream);
    if (slips.size() != 1) {
      throw new IllegalStateException("expected one slip, got " + slips.size());
    }
    return slips.get(0);
  }

  private void run() {
    while (at < in.length) {
      int b = next();
      switch (b) {
        case 0x1B -> esc();
        case 0x1D -> gs();
        case 0x1C -> fs();
        case 0x10 -> dle();
        case 0x0A -> endLine();
        default -> {
          if (b < 0x20 || b == 0x7F) {
            fail("control byte 0x%02X inside text", b);
          }
          if (b >= 0x80 && !korean) {
            fail("byte 0x%02X outside Korean mode", b);
          }
          lineUsedKorean |= korean;
          line.write(b);
        }
      }
    }
    if (line.size() > 0) {
      fail("text without a line feed at the end: %s", new String(line.toByteArray(), CP949));
    }
  }

  private void esc() {
    int c = next();
    switch (c) {
      case '@' -> {
        bold = false;
        widthScale = 1;
        heightScale = 1;
        justification = 0;
        korean = false;
      }
      case 'M', '-', 't', 'd', '3' -> next();
      case 'E' -> bold = (next() & 1) == 1;
      case 'a' -> justification = next() % 48;
      case '!' -> next();
      case '2' -> { }
      default -> fail("unknown command ESC 0x%02X", c);
    }
  }

  private void gs() {
    int c = next();
    switch (c) {
      case '!' -> {
        int n = next();
        widthScale = (n >> 4) + 1;
        heightScale = (n & 0x0F) + 1;
      }
      case 'B', 'f' -> next();
      case 'h' -> barcodeHeight = next();
      case 'w' -> barcodeWidth = next();
      case 'H' -> hriPosition = next() % 48;
      case 'k' -> barcode();
      case 'v' -> raster();
      case 'V' -> {
        int m = next();
        if (m == 65 || m == 66) {
          next();
        }
        printed.add(new Cut(m == 1 || m == 49 || m == 66));
      }
      default -> fail("unknown command GS 0x%02X", c);
    }
  }

  private void fs() {
    int c = next();
    switch (c) {
      case '&' -> korean = true;
      case '.' -> korean = false;
      default -> fail("unknown command FS 0x%02X", c);
    }
  }

  private void dle() {
    int c = next();
    if (c != 0x04) {
      fail("unknown command DLE 0x%02X", c);
    }
    printed.add(new StatusRequest(next()));
  }

  private void endLine() {
    byte[] bytes = line.toByteArray();
    line.reset();
    printed.add(new TextLine(new String(bytes, CP949), bold, widthScale, heightScale, justification, lineUsedKorean,
        bytes.length * widthScale));
    lineUsedKorean = false;
  }

  private void barcode() {
    int m = next();
    if (m < 65) {
      fail("barcode form A (NUL-terminated) is not used: GS k %d", m);
    }
    int n = next();
    byte[] data = Arrays.copyOfRange(in, at, at + n);
    at += n;
    String type = switch (m) {
      case 73 -> "CODE128";
      case 67 -> "EAN13";
      default -> "system " + m;
    };
    printed.add(new Barcode(type, m == 73 ? code128Text(data) : new String(data, CP949), hriPosition, barcodeWidth,
        barcodeHeight));
  }

  /** The human-readable text of ESC/POS CODE128 data: {@code {B} letters, {@code {C} digit pairs as byte values. */
  private String code128Text(byte[] data) {
    StringBuilder text = new StringBuilder();
    char set = 0;
    for (int i = 0; i < data.length; i++) {
      int b = data[i] & 0xFF;
      if (b == '{' && i + 1 < data.length) {
        int code = data[++i] & 0xFF;
        switch (code) {
          case 'A', 'B', 'C' -> set = (char) code;
          case '{' -> text.append('{');
          default -> fail("unknown CODE128 mark {%c", (char) code);
        }
        continue;
      }
      switch (set) {
        case 'B' -> text.append((char) b);
        case 'C' -> {
          if (b > 99) {
            fail("CODE128 code set C value %d", b);
          }
          text.append(String.format("%02d", b));
        }
        default -> fail("CODE128 data without a code set: 0x%02X", b);
      }
    }
    return text.toString();
  }

  private void raster() {
    int zero = next();
    if (zero != '0') {
      fail("unknown command GS v 0x%02X", zero);
    }
    next(); // m: density
    int widthBytes = next() | next() << 8;
    int height = next() | next() << 8;
    byte[] bits = Arrays.copyOfRange(in, at, at + widthBytes * height);
    if (bits.length != widthBytes * height) {
      fail("raster image cut short");
    }
    at += bits.length;
    printed.add(new Image(widthBytes * 8, height, bits));
  }

  private int next() {
    if (at >= in.length) {
      fail("stream ends inside a command");
    }
    return in[at++] & 0xFF;
  }

  private void fail(String format, Object... args) {
    throw new IllegalStateException("ESC/POS at byte " + at + ": " + String.format(format, args));
  }
}
