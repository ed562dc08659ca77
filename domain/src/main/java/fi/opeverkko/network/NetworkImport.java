package fi.opeverkko.network;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CSV files of schools, people and assignments brought into a city's registry, the way the
 * coordinators keep them in Excel today. A preview names every row's errors; a file is written only
 * when all of its rows are valid, in one transaction, so a broken row leaves nothing behind.
 */
@Stateless
public class NetworkImport {

  /** A city has a few thousand people at most; a bigger file is a mistake. */
  static final int MAX_ROWS = 5000;

  /** The "column" of a row error about the row's number of cells. */
  static final String CELLS = "cells";

  @PersistenceContext private EntityManager em;
  @Inject private NetworkScope scope;
  @Inject private DetailsCheck check;
  @Inject private Clock clock;
  @Inject private SchoolRegistry schools;
  @Inject private PersonRegistry people;
  @Inject private AssignmentService assignments;

  /** What importing the file into the city would do; writes nothing. */
  public ImportPreview preview(
      @NotNull ImportKind kind, @NotNull String cityCode, @NotNull byte[] file) {
    City city = scope.cityInScope(cityCode);
    return new Run(kind, city).preview(file);
  }

  /**
   * Imports the file into the city: every row or, when any row is invalid, none.
   *
   * @return how many rows were imported
   */
  public int importFile(@NotNull ImportKind kind, @NotNull String cityCode, @NotNull byte[] file) {
    City city = scope.cityInScope(cityCode);
    Run run = new Run(kind, city);
    ImportPreview preview = run.preview(file);
    if (!preview.valid()) {
      throw new NetworkRuleException("import.notValid", preview.invalidRows());
    }
    run.plans.forEach(Runnable::run);
    return preview.rows().size();
  }

  /** One pass over a file: the rows' checks, and for valid rows what writing them would do. */
  private final class Run {

    private final ImportKind kind;
    private final City city;
    private final List<Runnable> plans = new ArrayList<>();
    private final Set<String> seenInFile = new HashSet<>();
    private final Map<List<Object>, Integer> holdersByPlace = new HashMap<>();

    Run(ImportKind kind, City city) {
      this.kind = kind;
      this.city = city;
    }

    ImportPreview preview(byte[] file) {
      ExcelCsv.Sheet sheet;
      try {
        sheet = ExcelCsv.read(file);
      } catch (IllegalArgumentException unreadable) {
        return fileError("import.unreadable");
      }
      List<String> header =
          sheet.header().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
      List<String> missing =
          kind.columns().stream().filter(column -> !header.contains(column)).toList();
      if (!missing.isEmpty()) {
        return fileError("import.missingColumns", String.join(", ", missing));
      }
      if (kind.columns().stream().anyMatch(c -> header.indexOf(c) != header.lastIndexOf(c))) {
        return fileError("import.unreadable");
      }
      if (sheet.rows().isEmpty()) {
        return fileError("import.empty");
      }
      if (sheet.rows().size() > MAX_ROWS) {
        return fileError("import.tooManyRows", MAX_ROWS);
      }
      List<ImportRow> rows = new ArrayList<>();
      for (int i = 0; i < sheet.rows().size(); i++) {
        List<String> cells = sheet.rows().get(i);
        int line = i + 2;
        if (cells.size() != header.size()) {
          // A cell too many or too few puts the row's values under the wrong columns: reading it
          // by the header would cut it or shift it without a word.
          rows.add(
              new ImportRow(
                  line,
                  cells,
                  List.of(new FieldError(CELLS, "import.cellCount", cells.size(), header.size())),
                  false));
        } else {
          rows.add(
              checkRow(
                  line, kind.columns().stream().map(c -> cells.get(header.indexOf(c))).toList()));
        }
      }
      return new ImportPreview(kind, List.of(), rows);
    }

    private ImportPreview fileError(String messageKey, Object... arguments) {
      plans.clear();
      return new ImportPreview(
          kind, List.of(new FieldError("file", messageKey, arguments)), List.of());
    }

    private ImportRow checkRow(int line, List<String> values) {
      List<FieldError> errors = new ArrayList<>();
      boolean creates =
          switch (kind) {
            case SCHOOLS -> checkSchool(values, errors);
            case PEOPLE -> checkPerson(values, errors);
            case ASSIGNMENTS -> checkAssignment(values, errors);
          };
      return new ImportRow(line, values, List.copyOf(errors), creates);
    }

    private boolean checkSchool(List<String> values, List<FieldError> errors) {
      SchoolType type = parse(SchoolType.class, values.get(2), "type", errors);
      TeachingLanguage language = parse(TeachingLanguage.class, values.get(3), "language", errors);
      boolean active = parseActive(values.get(5), errors);
      SchoolDetails details =
          new SchoolDetails(values.get(0), values.get(1), type, language, values.get(4));
      errors.addAll(columnErrors(details));
      School existing = named(values.get(0));
      requireOnceInFile(values.get(0), "name_fi", errors);
      if (existing != null
          && type != null
          && type != existing.getType()
          && countFromThisYear(existing) > 0) {
        errors.add(new FieldError("type", "rule.typeLocked", existing.getType()));
      }
      if (errors.isEmpty()) {
        plans.add(
            () -> {
              School school =
                  existing == null
                      ? schools.create(city.getCode(), details)
                      : schools.update(existing.getId(), existing.getVersion(), details);
              if (school.isActive() != active) {
                schools.setActive(school.getId(), active);
              }
            });
      }
      return existing == null;
    }

    private boolean checkPerson(List<String> values, List<FieldError> errors) {
      Set<WorkLanguage> languages = parseLanguages(values.get(4), errors);
      PersonDetails details =
          new PersonDetails(values.get(0), values.get(1), values.get(2), values.get(3), languages);
      errors.addAll(columnErrors(details));
      Person existing = values.get(2).isBlank() ? null : withEmail(values.get(2));
      requireOnceInFile(values.get(2).toLowerCase(Locale.ROOT), "email", errors);
      if (existing != null && !existing.getCity().equals(city)) {
        errors.add(new FieldError("email", "import.personInOtherCity"));
      }
      if (errors.isEmpty()) {
        plans.add(
            () -> {
              if (existing == null) {
                people.create(city.getCode(), details);
              } else {
                people.update(existing.getId(), existing.getVersion(), details);
              }
            });
      }
      return existing == null;
    }

    private boolean checkAssignment(List<String> values, List<FieldError> errors) {
      School school = values.get(0).isBlank() ? null : named(values.get(0));
      if (values.get(0).isBlank()) {
        errors.add(new FieldError("school", "opeverkko.required"));
      } else if (school == null) {
        errors.add(new FieldError("school", "import.noSuchSchool", values.get(0)));
      } else if (!school.isActive()) {
        errors.add(new FieldError("school", "rule.schoolClosed"));
      }
      Person person = values.get(1).isBlank() ? null : withEmail(values.get(1));
      if (values.get(1).isBlank()) {
        errors.add(new FieldError("email", "opeverkko.required"));
      } else if (person == null) {
        errors.add(new FieldError("email", "import.noSuchPerson", values.get(1)));
      }
      SchoolRole role = parse(SchoolRole.class, values.get(2), "role", errors);
      if (role == null && values.get(2).isBlank()) {
        errors.add(new FieldError("role", "opeverkko.required"));
      }
      SchoolYear year = parseYear(values.get(3), errors);
      if (school == null || person == null || role == null || year == null) {
        return true;
      }
      if (!role.existsIn(school.getType())) {
        errors.add(new FieldError("role", "rule.roleNotInSchoolType", role, school.getType()));
        return true;
      }
      requireOnceInFile(
          List.of(school.getId(), person.getId(), role, year).toString(), "email", errors);
      List<Object> place = List.of(school.getId(), role, year);
      List<SchoolAssignment> holders = SchoolAssignment.holders(em, school, role, year);
      if (holders.stream().anyMatch(a -> a.getPerson().equals(person))) {
        errors.add(new FieldError("email", "rule.alreadyAssigned", role));
      }
      int planned = holdersByPlace.merge(place, holders.size() + 1, (old, one) -> old + 1);
      if (planned > role.maxPerSchoolYear()) {
        errors.add(new FieldError("role", "rule.roleFull", role, role.maxPerSchoolYear()));
      }
      if (errors.isEmpty()) {
        plans.add(() -> assignments.assign(school.getId(), person.getId(), role, year));
      }
      return true;
    }

    private void requireOnceInFile(String key, String column, List<FieldError> errors) {
      if (!key.isBlank() && !seenInFile.add(kind + ":" + key.strip())) {
        errors.add(new FieldError(column, "import.duplicateInFile"));
      }
    }

    private School named(String nameFi) {
      return School.named(em, city, nameFi);
    }

    private long countFromThisYear(School school) {
      return em.createNamedQuery(SchoolAssignment.COUNT_OF_SCHOOL_FROM_YEAR, Long.class)
          .setParameter("school", school)
          .setParameter("year", clock.currentSchoolYear())
          .getSingleResult();
    }

    private SchoolYear parseYear(String value, List<FieldError> errors) {
      // "2026" or "2026-2027", as the school year's label shows it.
      String start = value.strip().split("[-–/]")[0];
      for (SchoolYear workable : clock.workableSchoolYears()) {
        if (start.equals(String.valueOf(workable.startYear()))) {
          return workable;
        }
      }
      errors.add(
          new FieldError(
              "school_year",
              "import.badYear",
              value.strip(),
              clock.workableSchoolYears().stream()
                  .map(SchoolYear::label)
                  .collect(Collectors.joining(", "))));
      return null;
    }
  }

  private Person withEmail(String email) {
    return Person.withEmail(em, email);
  }

  /** The details' constraint violations, named by CSV column (nameFi → name_fi). */
  private List<FieldError> columnErrors(Object details) {
    return check.errorsOf(details).stream()
        .map(
            error ->
                new FieldError(
                    error.field().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT),
                    error.messageKey()))
        .toList();
  }

  /** An enum value by its name in any case; blank is left to the required check. */
  private static <E extends Enum<E>> E parse(
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

  private static Set<WorkLanguage> parseLanguages(String value, List<FieldError> errors) {
    Set<WorkLanguage> languages = EnumSet.noneOf(WorkLanguage.class);
    for (String language : value.split("[,\\s]+")) {
      WorkLanguage parsed = parse(WorkLanguage.class, language, "languages", errors);
      if (parsed != null) {
        languages.add(parsed);
      }
    }
    // Most of the network works in Finnish: an empty cell means just that.
    return languages.isEmpty() ? EnumSet.of(WorkLanguage.FI) : languages;
  }

  private static final String ACTIVE_VALUES = "TRUE, FALSE, 1, 0, kyllä, ei, ja, nej, yes, no";

  private static String namesOf(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** Open unless the cell says otherwise; Excel users write TRUE/FALSE, people kyllä/ei. */
  private static boolean parseActive(String value, List<FieldError> errors) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "true", "1", "kyllä", "ja", "yes" -> true;
      case "false", "0", "ei", "nej", "no" -> false;
      default -> {
        errors.add(new FieldError("active", "import.unknownValue", value.strip(), ACTIVE_VALUES));
        yield true;
      }
    };
  }
}
