package dev.o2o.adapters.printer.escpos;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The font raster mode draws slips with: one the host names (an installed family, a font file, a {@link Font}), or a
 * free Korean font found on the machine, first of all NanumGothicCoding from the Debian package {@code fonts-nanum}
 * (Hangul exactly twice as wide as Latin letters, like a printer's own font).
 */
public final class RasterFont {

  /** Font files tried by {@link #findInstalled()}, in order, with the Debian package that installs each. */
  public static final List<Path> KNOWN_FILES = List.of(
      Path.of("/usr/share/fonts/truetype/nanum/NanumGothicCoding.ttf"), // fonts-nanum (also fonts-nanum-coding)
      Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"), // fonts-nanum
      Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), // fonts-noto-cjk
      Path.of("/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf")); // fonts-unfonts-core

  /** Installed font families tried by {@link #findInstalled()} after the files, in order. */
  public static final List<String> KNOWN_FAMILIES = List.of(
      "NanumGothicCoding", "NanumGothic", "Noto Sans Mono CJK KR", "Noto Sans CJK KR", "UnDotum", "Malgun Gothic");

  private static final String KOREAN_SAMPLE = "가한글똠";

  private final Font font;

  private RasterFont(Font font) {
    this.font = font.deriveFont(Font.PLAIN, 24f);
    if (this.font.canDisplayUpTo(KOREAN_SAMPLE) != -1) {
      throw new IllegalArgumentException("font " + font.getFontName(Locale.ROOT) + " cannot draw Hangul");
    }
  }

  /** A font the host holds; refuses one that cannot draw Hangul. */
  public static RasterFont of(Font font) {
    return new RasterFont(Objects.requireNonNull(font, "font"));
  }

  /** An installed font family, for example {@code "NanumGothic"}; refuses a family that is not installed. */
  public static RasterFont named(String family) {
    Font font = new Font(family, Font.PLAIN, 24);
    if (!font.getFamily(Locale.ROOT).equalsIgnoreCase(family) && !font.getFontName(Locale.ROOT).equalsIgnoreCase(family)) {
      throw new IllegalArgumentException("no font family '" + family + "' is installed (Java fell back to "
          + font.getFamily(Locale.ROOT) + ")");
    }
    return new RasterFont(font);
  }

  /** A TrueType or OpenType font file (the first font of a collection). */
  public static RasterFont fromFile(Path file) {
    try {
      return new RasterFont(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
    } catch (FontFormatException e) {
      throw new IllegalArgumentException("not a TrueType font file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font file " + file, e);
    }
  }

  /** The first Korean font of {@link #KNOWN_FILES}, then of {@link #KNOWN_FAMILIES}, found on this machine. */
  public static Optional<RasterFont> findInstalled() {
    for (Path file : KNOWN_FILES) {
      if (Files.isReadable(file)) {
        try {
          return Optional.of(fromFile(file));
        } catch (RuntimeException unusable) {
          // try the next one
        }
      }
    }
    for (String family : KNOWN_FAMILIES) {
      try {
        return Optional.of(named(family));
      } catch (IllegalArgumentException notInstalled) {
        // try the next one
      }
    }
    return Optional.empty();
  }

  /** {@link #findInstalled()}, or an error that says which Debian package to install. */
  public static RasterFont installed() {
    return findInstalled().orElseThrow(() -> new IllegalStateException(
        "no Korean font found for raster printing: install the Debian package fonts-nanum (or fonts-noto-cjk), "
            + "or name a font with RasterFont.named(...) or RasterFont.fromFile(...)"));
  }

  /** The font at 24 points, the size of a Hangul character on a 12-dot column grid. */
  public Font font() {
    return font;
  }

  /** The font's name, for logs. */
  public String name() {
    return font.getFontName(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "RasterFont[" + name() + "]";
  }
}
