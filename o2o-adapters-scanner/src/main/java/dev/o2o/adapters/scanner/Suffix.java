package dev.o2o.adapters.scanner;

/** The suffix a scanner sends after each code, which marks the end of the code on the line. */
public enum Suffix {
  /** Carriage return, {@code 0D}: the factory setting of most scanners. */
  CR(new byte[] {'\r'}),
  /** Line feed, {@code 0A}. */
  LF(new byte[] {'\n'}),
  /** Carriage return and line feed, {@code 0D 0A}. */
  CRLF(new byte[] {'\r', '\n'});

  private final byte[] bytes;

  Suffix(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The suffix's bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** How many bytes the suffix has. */
  public int length() {
    return bytes.length;
  }
}
