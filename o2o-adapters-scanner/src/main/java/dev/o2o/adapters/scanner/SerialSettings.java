package dev.o2o.adapters.scanner;

import static dev.o2o.core.model.Checks.requireText;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to open a serial scanner: the device path (any path, symlinks included, for example a udev
 * {@code /dev/scanner-counter} link), the line settings and the suffix that ends each code. Defaults: 9600 baud, 8
 * data bits, no parity, one stop bit (8N1), CR suffix, US-ASCII.
 */
public record SerialSettings(
    String portPath, int baudRate, int dataBits, Parity parity, StopBits stopBits, Suffix suffix, Charset charset) {

  /** Refuses a blank path, a non-positive baud rate and data bits outside 5 to 8. */
  public SerialSettings {
    requireText("serial port path", portPath);
    if (baudRate <= 0) {
      throw new IllegalArgumentException("baud rate of " + portPath + " must be positive, got " + baudRate);
    }
    if (dataBits < 5 || dataBits > 8) {
      throw new IllegalArgumentException("data bits of " + portPath + " must be 5 to 8, got " + dataBits);
    }
    Objects.requireNonNull(parity, "parity");
    Objects.requireNonNull(stopBits, "stop bits");
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(charset, "charset");
  }

  /** The default settings (8N1, 9600 baud, CR, US-ASCII) for the scanner at {@code portPath}. */
  public static SerialSettings of(String portPath) {
    return new SerialSettings(portPath, 9600, 8, Parity.NONE, StopBits.ONE, Suffix.CR, StandardCharsets.US_ASCII);
  }

  public SerialSettings withBaudRate(int baudRate) {
    return new SerialSettings(portPath, baudRate, dataBits, parity, stopBits, suffix, charset);
  }

  public SerialSettings withDataBits(int dataBits) {
    return new SerialSettings(portPath, baudRate, dataBits, parity, stopBits, suffix, charset);
  }

  public SerialSettings withParity(Parity parity) {
    return new SerialSettings(portPath, baudRate, dataBits, parity, stopBits, suffix, charset);
  }

  public SerialSettings withStopBits(StopBits stopBits) {
    return new SerialSettings(portPath, baudRate, dataBits, parity, stopBits, suffix, charset);
  }

  public SerialSettings withSuffix(Suffix suffix) {
    return new SerialSettings(portPath, baudRate, dataBits, parity, stopBits, suffix, charset);
  }

  public SerialSettings withCharset(Charset charset) {
    return new SerialSettings(portPath, baudRate, dataBits, parity, stopBits, suffix, charset);
  }
}
