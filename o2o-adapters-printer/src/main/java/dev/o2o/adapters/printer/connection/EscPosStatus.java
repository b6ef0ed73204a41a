package dev.o2o.adapters.printer.connection;

/** The real-time status request ESC/POS printers answer, sent after a slip to learn that the printer took it. */
final class EscPosStatus {

  /** {@code DLE EOT 1}: transmit printer status. */
  static final byte[] REQUEST = {0x10, 0x04, 0x01};

  /** Bit 3 of the printer status: the printer is offline (cover open, paper out, error). */
  private static final int OFFLINE = 0x08;

  private EscPosStatus() {}

  /** Empty when the status says the printer is online, else why it is not. */
  static java.util.Optional<String> problem(int status) {
    if ((status & OFFLINE) != 0) {
      return java.util.Optional.of(String.format(
          "the printer reports it is offline (cover open, paper out or error; status 0x%02X)", status));
    }
    return java.util.Optional.empty();
  }
}
