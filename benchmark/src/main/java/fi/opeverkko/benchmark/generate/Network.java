package fi.opeverkko.benchmark.generate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated schools of the demo's cities, their staff this school year (a principal or day-care
 * manager each, tutors, mentors or a coach as the school type has them, the rest teachers) and the
 * expert teams' generated members.
 */
final class Network {

  record School(long id, long cityId, String type) {}

  record Member(long personId, long schoolId, String role) {}

  private static final String[] TYPES = {
    "COMPREHENSIVE", "COMPREHENSIVE", "COMPREHENSIVE", "DAY_CARE_UNIT", "COMPREHENSIVE",
    "GENERAL_UPPER_SECONDARY", "COMPREHENSIVE", "DAY_CARE_UNIT", "VOCATIONAL", "COMPREHENSIVE"
  };
  private static final String[] FIRST_NAMES = {
    "Aino", "Eero", "Helmi", "Juho", "Kaisa", "Lauri", "Minna", "Niko", "Oona", "Pekka", "Saara",
    "Ville", "Linnea", "Elias"
  };
  private static final String[] LAST_NAMES = {
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lindqvist",
    "Holmström",
    "Lehtonen"
  };

  final List<School> schools = new ArrayList<>();
  final Map<Long, Long> principalOf = new LinkedHashMap<>();
  final List<Member> tutors = new ArrayList<>();
  final List<Member> teachers = new ArrayList<>();

  /** Team id to its generated experts. */
  final Map<Long, List<Long>> expertsOf = new LinkedHashMap<>();

  private final Database database;
  private final Scale scale;
  private final int schoolYear;
  private Row personShape;
  private Row assignmentShape;

  Network(Database database, Scale scale, int schoolYear) {
    this.database = database;
    this.scale = scale;
    this.schoolYear = schoolYear;
  }

  void generate() throws SQLException {
    List<Row> cities = database.rows("SELECT * FROM city ORDER BY id");
    personShape = database.template("SELECT * FROM person ORDER BY id");
    assignmentShape = database.template("SELECT * FROM school_assignment ORDER BY id");
    try (Table schoolTable =
            database.table("school", database.template("SELECT * FROM school ORDER BY id"));
        Table people = database.table("person", personShape);
        Table assignments =
            database.table("school_assignment", assignmentShape, schoolTable, people)) {
      addSchools(schoolTable, cities);
      addStaff(people, assignments);
      addExperts(people, cities.get(0).id("id"));
    }
  }

  private void addSchools(Table table, List<Row> cities) throws SQLException {
    Map<String, Row> templates = new LinkedHashMap<>();
    for (String type : TYPES) {
      templates.computeIfAbsent(type, this::schoolTemplate);
    }
    for (int i = 0; i < scale.schools(); i++) {
      String type = TYPES[i % TYPES.length];
      long cityId = cities.get(i % cities.size()).id("id");
      String name = String.format("Metrokoulu %04d", i + 1);
      Row school =
          templates
              .get(type)
              .with("city_id", cityId)
              .with("name_fi", name)
              .with("name_sv", String.format("Metroskolan %04d", i + 1))
              .with("language", i % 10 == 9 ? "SV" : "FI")
              .with("address", "Metrotie " + (i + 1))
              .with("active", true)
              .with("version", 0L);
      schools.add(new School(table.add(school), cityId, type));
    }
  }

  private Row schoolTemplate(String type) {
    try {
      return database.template(
          "SELECT * FROM school WHERE school_type = ? AND active = TRUE ORDER BY id", type);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void addStaff(Table people, Table assignments) throws SQLException {
    int perSchool = (scale.staff() - scale.experts()) / scale.schools();
    for (School school : schools) {
      for (int place = 0; place < perSchool; place++) {
        String role = roleOf(school.type(), place);
        long personId = people.add(person(people.nextId(), school.cityId()));
        assignments.add(
            assignmentShape
                .with("person_id", personId)
                .with("school_id", school.id())
                .with("school_role", role)
                .with("school_year", schoolYear));
        Member member = new Member(personId, school.id(), role);
        switch (role) {
          case "PRINCIPAL", "DAY_CARE_MANAGER" -> principalOf.put(school.id(), personId);
          case "TUTOR" -> tutors.add(member);
          case "TEACHER" -> teachers.add(member);
          default -> {}
        }
      }
    }
  }

  /** The first place is the head's, the next two the school type's network roles. */
  private static String roleOf(String type, int place) {
    if (place == 0) {
      return type.equals("DAY_CARE_UNIT") ? "DAY_CARE_MANAGER" : "PRINCIPAL";
    }
    if (place <= 2) {
      switch (type) {
        case "COMPREHENSIVE":
          return "TUTOR";
        case "GENERAL_UPPER_SECONDARY":
          return "MENTOR";
        case "VOCATIONAL":
          return place == 1 ? "COACH" : "DIGITAL_AGENT";
        default:
          break;
      }
    }
    return "TEACHER";
  }

  private void addExperts(Table people, long cityId) throws SQLException {
    List<Row> teams = database.rows("SELECT * FROM expert_team ORDER BY id");
    Row membershipShape = database.template("SELECT * FROM team_membership ORDER BY id");
    try (Table memberships = database.table("team_membership", membershipShape, people)) {
      for (int i = 0; i < scale.experts(); i++) {
        long teamId = teams.get(i % teams.size()).id("id");
        long personId = people.add(person(people.nextId(), cityId));
        memberships.add(
            membershipShape
                .with("team_id", teamId)
                .with("person_id", personId)
                .with("school_year", schoolYear)
                // A full week reserved: the generated bookings fill an expert's days.
                .with("weekly_hours", new java.math.BigDecimal("40.0")));
        expertsOf.computeIfAbsent(teamId, team -> new ArrayList<>()).add(personId);
      }
    }
  }

  private Row person(long id, long cityId) {
    return personShape
        .with("first_name", FIRST_NAMES[(int) (id % FIRST_NAMES.length)])
        .with("last_name", LAST_NAMES[(int) (id / FIRST_NAMES.length % LAST_NAMES.length)])
        .with("email", "metro." + id + "@metro.opeverkko.example")
        .with("phone", null)
        .with("login_name", null)
        .with("city_id", cityId)
        .with("version", 0L);
  }
}
