package dev.o2o.adapters.printer.connection;

/** Outbound connection to one printer: sends one whole slip at a time. Implementations are thread-safe. */
public interface PrinterConnection {

  /**
   * Sends the bytes of one slip and returns once the printer (or the stream) has taken all of them, as the
   * implementation states; throws when it has not, saying whether part of the slip may be on paper.
   */
  void send(byte[] slip) throws PrinterException;

  /** Where slips go, for logs and failure reports (for example {@code tcp://10.0.0.7:9100}). */
  String describe();
}
