package fi.opeverkko.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What importing one file into a city would write, built as its rows are checked one after the
 * other: the writes of the valid rows, run only once the whole file is known valid, and what the
 * rows before have named, since a file naming a thing twice is a mistake and its rows together may
 * fill a role's places beyond what the role has.
 */
final class ImportPlan {

  private final City city;
  private final List<Runnable> writes = new ArrayList<>();
  private final Set<String> named = new HashSet<>();
  private final Map<Object, Integer> rowsByPlace = new HashMap<>();

  ImportPlan(City city) {
    this.city = city;
  }

  City city() {
    return city;
  }

  /** Adds an error when a row before named the key; blank keys are left to the required checks. */
  void requireOnce(String key, String column, List<FieldError> errors) {
    if (!key.isBlank() && !named.add(key.strip())) {
      errors.add(new FieldError(column, "import.duplicateInFile"));
    }
  }

  /** How many rows so far, the current one included, fill the place. */
  int fill(Object place) {
    return rowsByPlace.merge(place, 1, Integer::sum);
  }

  /** Plans a valid row's write. */
  void add(Runnable write) {
    writes.add(write);
  }

  void write() {
    writes.forEach(Runnable::run);
  }
}
