package dev.o2o.adapters.jdbc;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.LocationKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;

/** How o2o's values are written to and read from columns, the same on every database. */
final class Columns {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private Columns() {}

  /** An instant as nanoseconds since the epoch; refuses instants outside 1677-09-21 .. 2262-04-11. */
  static long nanos(Instant instant, String what) {
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " " + instant + " is outside the range o2o can store"
          + " (1677-09-21 to 2262-04-11)", e);
    }
  }

  /** Like {@link #nanos(Instant, String)}, {@code what} asked only if the instant is out of range (hot paths). */
  static long nanos(Instant instant, Supplier<String> what) {
    long seconds = instant.getEpochSecond();
    if (seconds > -9_223_372_036L && seconds < 9_223_372_035L) {
      return seconds * NANOS_PER_SECOND + instant.getNano();
    }
    return nanos(instant, what.get());
  }

  /** Like {@link #nanos}, but an instant beyond the range becomes the range's end: for deadlines and leases. */
  static long saturatedNanos(Instant instant) {
    if (instant.getEpochSecond() >= Long.MAX_VALUE / NANOS_PER_SECOND) {
      return Long.MAX_VALUE;
    }
    if (instant.getEpochSecond() <= Long.MIN_VALUE / NANOS_PER_SECOND) {
      return Long.MIN_VALUE;
    }
    return instant.getEpochSecond() * NANOS_PER_SECOND + instant.getNano();
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
  }

  /** Binds a location as two parameters (kind, code) from {@code index}. */
  static void setLocation(PreparedStatement statement, int index, LocationId location) throws SQLException {
    statement.setString(index, location.kind().name());
    statement.setString(index + 1, location.code());
  }

  /** Binds an optional location as two parameters, both NULL when empty. */
  static void setLocation(PreparedStatement statement, int index, Optional<LocationId> location)
      throws SQLException {
    if (location.isPresent()) {
      setLocation(statement, index, location.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
      statement.setNull(index + 1, Types.VARCHAR);
    }
  }

  static void setText(PreparedStatement statement, int index, Optional<String> text) throws SQLException {
    if (text.isPresent()) {
      statement.setString(index, text.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  static void setDate(PreparedStatement statement, int index, Optional<LocalDate> date) throws SQLException {
    if (date.isPresent()) {
      statement.setObject(index, date.get());
    } else {
      statement.setNull(index, Types.DATE);
    }
  }

  static Optional<LocalDate> optionalDate(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getObject(column, LocalDate.class));
  }

  /** Binds an actor as three parameters (staff id, location kind, location code) from {@code index}. */
  static void setActor(PreparedStatement statement, int index, Actor actor) throws SQLException {
    statement.setString(index, actor.staffId());
    setLocation(statement, index + 1, actor.location());
  }

  /** Reads an actor from the columns {@code prefix}_staff, {@code prefix}_location_kind, {@code prefix}_location_code. */
  static Actor actor(ResultSet row, String prefix) throws SQLException {
    return new Actor(row.getString(prefix + "_staff"),
        optionalLocation(row, prefix + "_location_kind", prefix + "_location_code"));
  }

  static LocationId location(ResultSet row, String kindColumn, String codeColumn) throws SQLException {
    return new LocationId(LocationKind.valueOf(row.getString(kindColumn)), row.getString(codeColumn));
  }

  /** A location from the columns at {@code kindIndex} (kind) and the one after it (code). */
  static LocationId location(ResultSet row, int kindIndex) throws SQLException {
    return new LocationId(LocationKind.valueOf(row.getString(kindIndex)), row.getString(kindIndex + 1));
  }

  /** An optional location from the columns at {@code kindIndex} (kind, NULL when empty) and the one after it. */
  static Optional<LocationId> optionalLocation(ResultSet row, int kindIndex) throws SQLException {
    String kind = row.getString(kindIndex);
    return kind == null ? Optional.empty()
        : Optional.of(new LocationId(LocationKind.valueOf(kind), row.getString(kindIndex + 1)));
  }

  static Optional<LocationId> optionalLocation(ResultSet row, String kindColumn, String codeColumn)
      throws SQLException {
    String kind = row.getString(kindColumn);
    return kind == null ? Optional.empty()
        : Optional.of(new LocationId(LocationKind.valueOf(kind), row.getString(codeColumn)));
  }

  static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  /** "?, ?, ?" for {@code count} parameters. */
  static String parameters(int count) {
    StringJoiner joiner = new StringJoiner(", ");
    for (int i = 0; i < count; i++) {
      joiner.add("?");
    }
    return joiner.toString();
  }
}
