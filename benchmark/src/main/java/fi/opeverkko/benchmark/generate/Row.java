package fi.opeverkko.benchmark.generate;

import java.sql.Clob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a table as column name to value: a row of the demo data read as a template, changed
 * where a generated copy differs. Copying the demo's rows keeps every column the migrations added
 * and every state the pages know, without the generator knowing each column.
 */
final class Row {

  private final Map<String, Object> values;
  private final Map<String, Integer> types;

  private Row(Map<String, Object> values, Map<String, Integer> types) {
    this.values = values;
    this.types = types;
  }

  /** The rows a result set holds, dates and times as java.time, large texts as strings. */
  static List<Row> all(ResultSet result) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    List<Row> rows = new ArrayList<>();
    while (result.next()) {
      Map<String, Object> values = new LinkedHashMap<>();
      Map<String, Integer> types = new LinkedHashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        String column = meta.getColumnLabel(i).toLowerCase();
        values.put(column, plain(result.getObject(i)));
        types.put(column, meta.getColumnType(i));
      }
      rows.add(new Row(values, types));
    }
    return rows;
  }

  private static Object plain(Object value) throws SQLException {
    if (value instanceof Timestamp time) {
      return time.toLocalDateTime();
    }
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value;
  }

  /** A copy with the column set to the value. */
  Row with(String column, Object value) {
    if (!values.containsKey(column)) {
      throw new IllegalArgumentException("no column " + column);
    }
    Row copy = new Row(new LinkedHashMap<>(values), types);
    copy.values.put(column, value);
    return copy;
  }

  /** A copy with every date and time moved by the shift (whole days for dates). */
  Row shifted(Duration shift) {
    Row copy = new Row(new LinkedHashMap<>(values), types);
    copy.values.replaceAll(
        (column, value) -> {
          if (value instanceof LocalDateTime time) {
            return time.plus(shift);
          }
          if (value instanceof LocalDate date) {
            return date.plusDays(shift.toDays());
          }
          return value;
        });
    return copy;
  }

  Object get(String column) {
    return values.get(column);
  }

  long id(String column) {
    return ((Number) values.get(column)).longValue();
  }

  LocalDateTime time(String column) {
    return (LocalDateTime) values.get(column);
  }

  /** The latest time in the row, null when it has none. */
  LocalDateTime latest() {
    return values.values().stream()
        .filter(LocalDateTime.class::isInstance)
        .map(LocalDateTime.class::cast)
        .max(LocalDateTime::compareTo)
        .orElse(null);
  }

  List<String> columns() {
    return List.copyOf(values.keySet());
  }

  int type(String column) {
    return types.get(column);
  }
}
