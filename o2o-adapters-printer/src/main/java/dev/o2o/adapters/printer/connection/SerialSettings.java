package dev.o2o.adapters.printer.connection;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a serial printer: the port's path (for example {@code /dev/ttyUSB0} or {@code COM3}), line settings,
 * flow control, the write timeout, and whether to confirm each slip with a status request (only for printers whose
 * transmit line is wired).
 */
public record SerialSettings(
    String path,
    int baudRate,
    int dataBits,
    StopBits stopBits,
    Parity parity,
    FlowControl flowControl,
    Duration writeTimeout,
    Optional<Duration> statusTimeout) {

  /** Parity of each character. */
  public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

  /** Stop bits after each character. */
  public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

  /** How the printer holds the computer back when its buffer fills. */
  public enum FlowControl {
    /** None: the printer must keep up. */
    NONE,
    /** Hardware handshake on RTS and CTS, what most receipt printers use. */
    RTS_CTS,
    /** Hardware handshake on DTR and DSR. */
    DTR_DSR,
    /** Software handshake with XON and XOFF characters. */
    XON_XOFF
  }

  /** Refuses a blank path, impossible line settings and a non-positive timeout. */
  public SerialSettings {
    Objects.requireNonNull(path, "serial port path");
    if (path.isBlank()) {
      throw new IllegalArgumentException("serial port path must not be blank");
    }
    if (baudRate <= 0) {
      throw new IllegalArgumentException("baud rate of " + path + " must be positive, got " + baudRate);
    }
    if (dataBits < 5 || dataBits > 8) {
      throw new IllegalArgumentException("data bits of " + path + " must be 5 to 8, got " + dataBits);
    }
    Objects.requireNonNull(stopBits, "stop bits of " + path);
    Objects.requireNonNull(parity, "parity of " + path);
    Objects.requireNonNull(flowControl, "flow control of " + path);
    Objects.requireNonNull(writeTimeout, "write timeout of " + path);
    if (writeTimeout.isNegative() || writeTimeout.isZero()) {
      throw new IllegalArgumentException("write timeout of " + path + " must be positive, got " + writeTimeout);
    }
    Objects.requireNonNull(statusTimeout, "status timeout of " + path + " (use Optional.empty())");
  }

  /** 9600 baud, 8 data bits, no parity, one stop bit, RTS/CTS, a 10 s write timeout, no status confirmation. */
  public static SerialSettings of(String path) {
    return new SerialSettings(path, 9600, 8, StopBits.ONE, Parity.NONE, FlowControl.RTS_CTS, Duration.ofSeconds(10),
        Optional.empty());
  }

  public SerialSettings withBaudRate(int baud) {
    return new SerialSettings(path, baud, dataBits, stopBits, parity, flowControl, writeTimeout, statusTimeout);
  }

  public SerialSettings withParity(Parity newParity) {
    return new SerialSettings(path, baudRate, dataBits, stopBits, newParity, flowControl, writeTimeout, statusTimeout);
  }

  public SerialSettings withFlowControl(FlowControl control) {
    return new SerialSettings(path, baudRate, dataBits, stopBits, parity, control, writeTimeout, statusTimeout);
  }

  public SerialSettings withWriteTimeout(Duration timeout) {
    return new SerialSettings(path, baudRate, dataBits, stopBits, parity, flowControl, timeout, statusTimeout);
  }

  /** Confirm each slip with a status request answered within {@code timeout}. */
  public SerialSettings withStatusConfirmation(Duration timeout) {
    return new SerialSettings(path, baudRate, dataBits, stopBits, parity, flowControl, writeTimeout,
        Optional.of(timeout));
  }
}
