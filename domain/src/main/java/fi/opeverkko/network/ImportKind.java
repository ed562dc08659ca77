package fi.opeverkko.network;

import java.util.List;

/**
 * What a CSV file brings into the registry, and the columns its header row must name. The columns
 * are those of the registry's own exports, so an exported file can be edited in Excel and imported.
 */
public enum ImportKind {
  SCHOOLS(List.of("name_fi", "name_sv", "type", "language", "address", "active")),
  PEOPLE(List.of("first_name", "last_name", "email", "phone", "languages")),
  ASSIGNMENTS(List.of("school", "email", "role", "school_year"));

  private final List<String> columns;

  ImportKind(List<String> columns) {
    this.columns = columns;
  }

  public List<String> columns() {
    return columns;
  }
}
