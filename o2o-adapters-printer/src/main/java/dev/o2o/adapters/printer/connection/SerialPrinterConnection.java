package dev.o2o.adapters.printer.connection;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A serial printer through jSerialComm: the port is opened with its {@link SerialSettings} at the first slip and kept
 * open (closing it would discard bytes the printer has not taken yet); after a failure it is closed and opened again
 * at the next slip. A slip counts as taken once every byte was written and drained within the write timeout, or, with
 * status confirmation, once the printer answered a status request sent after it. Any path opens, pseudo-terminals and
 * symbolic links included. Thread-safe: sends are serialised. Close it when the host shuts down.
 */
public final class SerialPrinterConnection implements PrinterConnection, AutoCloseable {

  private final SerialSettings settings;
  private SerialPort port;

  public SerialPrinterConnection(SerialSettings settings) {
    this.settings = Objects.requireNonNull(settings, "serial settings");
  }

  @Override
  public synchronized void send(byte[] slip) throws PrinterException {
    SerialPort port = open();
    try {
      int stale = port.bytesAvailable();
      if (stale > 0) {
        port.readBytes(new byte[stale], stale); // an old answer must not confirm this slip
      }
      write(port, slip);
      if (settings.statusTimeout().isPresent()) {
        confirm(port, slip.length);
      }
    } catch (PrinterException e) {
      close(); // the next slip opens the port afresh (it may have been unplugged and plugged in again)
      throw e;
    }
  }

  /**
   * Closes the port. jSerialComm discards what the other end has not read yet when it closes a port, so the port stays
   * open between slips and is closed only here and after a failure.
   */
  @Override
  public synchronized void close() {
    if (port != null) {
      port.closePort();
      port = null;
    }
  }

  private SerialPort open() throws PrinterException {
    if (port != null && port.isOpen()) {
      return port;
    }
    SerialPort opened;
    try {
      opened = SerialPort.getCommPort(settings.path());
    } catch (SerialPortInvalidPortException e) {
      throw PrinterException.unreachable("no serial port at " + describe() + ": " + e.getMessage(), e);
    }
    int readTimeout = (int) settings.statusTimeout().orElse(Duration.ofSeconds(1)).toMillis();
    opened.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits(), parity());
    opened.setFlowControl(flowControl());
    opened.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING | SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeout,
        (int) settings.writeTimeout().toMillis());
    if (!opened.openPort()) {
      throw PrinterException.unreachable(
          "cannot open serial port " + describe() + " (error " + opened.getLastErrorCode() + ")", null);
    }
    port = opened;
    return port;
  }

  private void write(SerialPort port, byte[] slip) throws PrinterException {
    int sent = 0;
    while (sent < slip.length) {
      int written = port.writeBytes(slip, slip.length - sent, sent);
      if (written <= 0) {
        String message = (written == 0 ? "the printer took no data for " + settings.writeTimeout().toMillis() + " ms"
            : "writing failed (error " + port.getLastErrorCode() + ")") + " (" + sent + " bytes sent): " + describe();
        throw sent > 0 ? PrinterException.interrupted(message, null) : PrinterException.unreachable(message, null);
      }
      sent += written;
    }
  }

  private void confirm(SerialPort port, int sent) throws PrinterException {
    if (port.writeBytes(EscPosStatus.REQUEST, EscPosStatus.REQUEST.length) != EscPosStatus.REQUEST.length) {
      throw PrinterException.interrupted("sending the status request failed (" + sent + " bytes sent): " + describe(),
          null);
    }
    byte[] status = new byte[1];
    if (port.readBytes(status, 1) != 1) {
      throw PrinterException.interrupted("the printer did not answer the status request within "
          + settings.statusTimeout().map(Duration::toMillis).orElse(0L) + " ms (" + sent + " bytes sent): "
          + describe(), null);
    }
    Optional<String> problem = EscPosStatus.problem(status[0] & 0xFF);
    if (problem.isPresent()) {
      throw PrinterException.interrupted(problem.get() + ": " + describe(), null);
    }
  }

  private int stopBits() {
    return switch (settings.stopBits()) {
      case ONE -> SerialPort.ONE_STOP_BIT;
      case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
      case TWO -> SerialPort.TWO_STOP_BITS;
    };
  }

  private int parity() {
    return switch (settings.parity()) {
      case NONE -> SerialPort.NO_PARITY;
      case ODD -> SerialPort.ODD_PARITY;
      case EVEN -> SerialPort.EVEN_PARITY;
      case MARK -> SerialPort.MARK_PARITY;
      case SPACE -> SerialPort.SPACE_PARITY;
    };
  }

  private int flowControl() {
    return switch (settings.flowControl()) {
      case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
      case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
      case DTR_DSR -> SerialPort.FLOW_CONTROL_DTR_ENABLED | SerialPort.FLOW_CONTROL_DSR_ENABLED;
      case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
    };
  }

  @Override
  public String describe() {
    return "serial://" + settings.path() + "@" + settings.baudRate();
  }
}
