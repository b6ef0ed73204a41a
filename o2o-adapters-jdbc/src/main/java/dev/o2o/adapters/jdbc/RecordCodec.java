package dev.o2o.adapters.jdbc;

import dev.o2o.core.model.LocationId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Records as JSON, for the rows o2o keeps as documents (mall events in the outbox, pickups): components by name, read
 * back through the record's canonical constructor (so the record checks them again). It follows the records as they
 * grow: any component of a plain type (text, numbers, booleans, enums, times, {@link LocationId}, records of those,
 * {@link Optional}, {@link List}, {@link Set}, {@link SortedSet}) is stored without a change here. A record of one
 * component is written as that component alone.
 */
final class RecordCodec {

  private final Map<String, Class<?>> types = new HashMap<>();

  /** A codec of the records that implement {@code sealed}, told apart by their simple names. */
  static RecordCodec of(Class<?> sealed) {
    RecordCodec codec = new RecordCodec();
    codec.collect(sealed);
    return codec;
  }

  /** A codec that reads records by their class only. */
  static RecordCodec plain() {
    return new RecordCodec();
  }

  private RecordCodec() {}

  private void collect(Class<?> sealed) {
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isRecord()) {
        types.put(permitted.getSimpleName(), permitted);
      } else if (permitted.isSealed()) {
        collect(permitted);
      }
    }
  }

  /** The type name of a record of the sealed family. */
  String type(Record value) {
    return value.getClass().getSimpleName();
  }

  /** A record as JSON. */
  String write(Record value) {
    return Json.write(encode(value, value.getClass()));
  }

  /** The record of the sealed family named {@code type}, read from its JSON. */
  Object read(String type, String json) {
    Class<?> recordType = types.get(type);
    if (recordType == null) {
      throw new IllegalArgumentException("unknown record type '" + type + "' (known: " + types.keySet() + ")");
    }
    return read(recordType, json);
  }

  /** A record of {@code type} read from its JSON. */
  <T> T read(Class<T> type, String json) {
    return type.cast(decode(Json.read(json), type));
  }

  private Object encode(Object value, Type type) {
    if (value == null) {
      return null;
    }
    Class<?> raw = raw(type);
    if (value instanceof Optional<?> optional) {
      return optional.map(inner -> encode(inner, argument(type, 0))).orElse(null);
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Long) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalDateTime
        || value instanceof Duration || value instanceof BigDecimal || value instanceof LocationId) {
      return value.toString();
    }
    if (value instanceof List<?> || value instanceof Set<?>) {
      List<Object> items = new ArrayList<>();
      for (Object item : (Iterable<?>) value) {
        items.add(encode(item, argument(type, 0)));
      }
      return items;
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      if (components.length == 1) {
        return encode(component(value, components[0]), components[0].getGenericType());
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (RecordComponent component : components) {
        fields.put(component.getName(), encode(component(value, component), component.getGenericType()));
      }
      return fields;
    }
    throw new IllegalArgumentException("the outbox cannot store a " + raw.getName());
  }

  private Object decode(Object json, Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return json == null ? Optional.empty() : Optional.of(decode(json, argument(type, 0)));
    }
    if (json == null) {
      return null;
    }
    if (raw == String.class) {
      return json;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return json;
    }
    if (raw == long.class || raw == Long.class) {
      return json;
    }
    if (raw == int.class || raw == Integer.class) {
      return Math.toIntExact((Long) json);
    }
    if (raw == short.class || raw == Short.class) {
      return (short) (long) (Long) json;
    }
    if (raw == byte.class || raw == Byte.class) {
      return (byte) (long) (Long) json;
    }
    if (raw.isEnum()) {
      return enumConstant(raw, (String) json);
    }
    if (raw == Instant.class) {
      return Instant.parse((String) json);
    }
    if (raw == LocalDate.class) {
      return LocalDate.parse((String) json);
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.parse((String) json);
    }
    if (raw == Duration.class) {
      return Duration.parse((String) json);
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal((String) json);
    }
    if (raw == LocationId.class) {
      return LocationId.parse((String) json);
    }
    if (raw == List.class || raw == Set.class || raw == SortedSet.class) {
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) json) {
        items.add(decode(item, argument(type, 0)));
      }
      if (raw == List.class) {
        return List.copyOf(items);
      }
      return raw == SortedSet.class ? new TreeSet<>(items) : Set.copyOf(new LinkedHashSet<>(items));
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Object[] arguments = new Object[components.length];
      if (components.length == 1) {
        arguments[0] = decode(json, components[0].getGenericType());
      } else {
        Map<?, ?> fields = (Map<?, ?>) json;
        for (int i = 0; i < components.length; i++) {
          arguments[i] = decode(fields.get(components[i].getName()), components[i].getGenericType());
        }
      }
      return construct(raw, components, arguments);
    }
    throw new IllegalArgumentException("the outbox cannot read a " + raw.getName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Object component(Object record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
    }
  }

  private static Object construct(Class<?> type, RecordComponent[] components, Object[] arguments) {
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("stored " + type.getSimpleName() + " is no longer valid: "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("the outbox cannot store a value of type " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
