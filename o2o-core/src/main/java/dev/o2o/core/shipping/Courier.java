package dev.o2o.core.shipping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Korean parcel courier and the lengths its waybill numbers come in.
 *
 * <p>No courier publishes a specification; the lengths are the ones seen on real waybills (see the project's hardware
 * notes): CJ 10 or 12 digits, Hanjin 10 or 12, Lotte 12, Logen 11, Korea Post 13.
 */
public enum Courier {
  CJ("CJ대한통운", 10, 12),
  HANJIN("한진택배", 10, 12),
  LOTTE("롯데택배", 12),
  LOGEN("로젠택배", 11),
  KOREA_POST("우체국택배", 13);

  private final String koreanName;
  private final Set<Integer> lengths;

  Courier(String koreanName, Integer... lengths) {
    this.koreanName = koreanName;
    this.lengths = Set.of(lengths);
  }

  /** The name Korean staff and courier files use, for example {@code CJ대한통운}. */
  public String koreanName() {
    return koreanName;
  }

  /** The numbers of digits this courier's waybill numbers have. */
  public Set<Integer> lengths() {
    return lengths;
  }

  /** Whether this courier issues waybill numbers of {@code digits} digits. */
  public boolean usesLength(int digits) {
    return lengths.contains(digits);
  }

  /** The couriers that issue waybill numbers of {@code digits} digits, in declaration order. */
  public static List<Courier> usingLength(int digits) {
    return Arrays.stream(values()).filter(c -> c.usesLength(digits)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The courier written as {@code text}: its constant name ({@code KOREA_POST}, case and {@code -}/space insensitive)
   * or its Korean name ({@code 우체국택배}, spaces ignored). Empty when no courier goes by that name.
   */
  public static Optional<Courier> named(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    String korean = text.replace(" ", "");
    return Arrays.stream(values())
        .filter(c -> c.name().equals(key) || c.koreanName.equals(korean))
        .findFirst();
  }
}
