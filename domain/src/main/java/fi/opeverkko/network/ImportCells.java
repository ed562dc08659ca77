package fi.opeverkko.network;

import fi.opeverkko.platform.SchoolYear;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values of an imported file's cells as people write them in Excel: a cell that cannot be read
 * adds an error naming its column and what it may hold, and the row's checks go on.
 */
final class ImportCells {

  private static final String ACTIVE_VALUES = "TRUE, FALSE, 1, 0, kyllä, ei, ja, nej, yes, no";

  private ImportCells() {}

  /** An enum value by its name in any case; blank is left to the required check. */
  static <E extends Enum<E>> E choice(
      Class<E> type, String value, String column, List<FieldError> errors) {
    if (value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      errors.add(new FieldError(column, "import.unknownValue", value.strip(), namesOf(type)));
      return null;
    }
  }

  static Set<WorkLanguage> languages(String value, List<FieldError> errors) {
    Set<WorkLanguage> languages = EnumSet.noneOf(WorkLanguage.class);
    for (String language : value.split("[,\\s]+")) {
      WorkLanguage parsed = choice(WorkLanguage.class, language, "languages", errors);
      if (parsed != null) {
        languages.add(parsed);
      }
    }
    // Most of the network works in Finnish: an empty cell means just that.
    return languages.isEmpty() ? EnumSet.of(WorkLanguage.FI) : languages;
  }

  /** Open unless the cell says otherwise; Excel users write TRUE/FALSE, people kyllä/ei. */
  static boolean active(String value, List<FieldError> errors) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "true", "1", "kyllä", "ja", "yes" -> true;
      case "false", "0", "ei", "nej", "no" -> false;
      default -> {
        errors.add(new FieldError("active", "import.unknownValue", value.strip(), ACTIVE_VALUES));
        yield true;
      }
    };
  }

  /** One of the workable school years, written "2026" or "2026-2027" as its label shows it. */
  static SchoolYear schoolYear(String value, List<SchoolYear> workable, List<FieldError> errors) {
    String start = value.strip().split("[-–/]")[0];
    for (SchoolYear year : workable) {
      if (start.equals(String.valueOf(year.startYear()))) {
        return year;
      }
    }
    errors.add(
        new FieldError(
            "school_year",
            "import.badYear",
            value.strip(),
            workable.stream().map(SchoolYear::label).collect(Collectors.joining(", "))));
    return null;
  }

  /** Errors of the details' fields named by the file's columns (nameFi → name_fi). */
  static List<FieldError> byColumn(List<FieldError> fieldErrors) {
    return fieldErrors.stream()
        .map(
            error ->
                new FieldError(
                    error.field().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT),
                    error.messageKey()))
        .toList();
  }

  private static String namesOf(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
