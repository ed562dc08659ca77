package fi.opeverkko.it;

import fi.opeverkko.platform.SchoolYear;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A metro-size competence picture for the scale test, in JDBC batches in one transaction: 600
 * schools in the three cities with 24 teachers and a principal each (15,000 teaching staff), a
 * catalogue of 15 badges on three levels, 20,000 grants with their granted applications, 3,000
 * applications in the other states and the levels of the holders, most confirmed. Who holds what is
 * a rule of the person's number, so the test can count what it expects without reading it back.
 * Plain SQL, not the entities: their constructors are the competence context's own, and a scale
 * test loads rows, not use cases. (A CDI bean, not an EJB, as the other loaders.)
 */
@ApplicationScoped
public class CompetenceLoader {

  static final int SCHOOLS = 600;
  static final int TEACHERS_PER_SCHOOL = 24;

  /** Teachers first, school by school round the schools; the principals are the last 600. */
  static final int STAFF = SCHOOLS * (TEACHERS_PER_SCHOOL + 1);

  static final int BADGES_PER_LEVEL = 5;
  static final String[] CITIES = {"HELSINKI", "ESPOO", "VANTAA"};
  static final String[] TYPES = {"COMPREHENSIVE", "GENERAL_UPPER_SECONDARY", "VOCATIONAL"};

  /** The people 0..39 hold every badge: the granting community. */
  static final int COMMUNITY = 40;

  /** Below this the people hold the badges of levels 1 and 2, below the next those of level 1. */
  static final int LEVEL2_HOLDERS = 740;

  static final int LEVEL1_HOLDERS = 3220;

  /** The people 740..3739 have an application for the first badge of level 2 in another state. */
  static final int OPEN_FROM = LEVEL2_HOLDERS;

  static final int OPEN_APPLICATIONS = 3000;
  static final String[] OPEN_STATES = {"DRAFT", "SUBMITTED", "MORE_ASKED", "DECLINED"};

  /** What the test needs to find its people again. */
  public record Loaded(
      List<Long> schools, List<Long> people, List<Long> badges, String run, long grants) {

    /** The login of person {@code i}: every person has one, named by number. */
    String login(int i) {
      return "scale-" + run + "-" + i;
    }
  }

  @Resource(lookup = "java:jboss/datasources/OpeverkkoDS")
  private DataSource dataSource;

  static int schoolOf(int person) {
    return person % SCHOOLS;
  }

  static String cityOf(int school) {
    return CITIES[school % CITIES.length];
  }

  static boolean swedish(int school) {
    return school % 10 == 9;
  }

  /** The highest level whose badges person {@code i} holds, 0 for none. */
  static int levelReached(int i) {
    return i < COMMUNITY ? 3 : i < LEVEL2_HOLDERS ? 2 : i < LEVEL1_HOLDERS ? 1 : 0;
  }

  /** The highest confirmed level: every fourth holder's top level still waits for the principal. */
  static int levelConfirmed(int i) {
    int reached = levelReached(i);
    return reached > 0 && i % 4 == 3 ? reached - 1 : reached;
  }

  /** The state of person {@code i}'s open application, or null for none. */
  static String openState(int i) {
    return i >= OPEN_FROM && i < OPEN_FROM + OPEN_APPLICATIONS
        ? OPEN_STATES[i % OPEN_STATES.length]
        : null;
  }

  /**
   * The reviewer (a member's number) of person {@code i}'s applications: the members 0..38 round,
   * never one of the applicant's own school; member 39 is given none, so the next choice is theirs.
   */
  static int reviewerOf(int i) {
    int reviewer = i % (COMMUNITY - 1);
    return reviewer == schoolOf(i) || reviewer == i ? (reviewer + 1) % (COMMUNITY - 1) : reviewer;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Loaded load(SchoolYear year, LocalDateTime now) {
    try (Connection db = dataSource.getConnection()) {
      // Ids of their own, far above what the sequences hand out.
      long base = 1_000_000_000L * (1 + System.currentTimeMillis() % 1000);
      String run = Long.toString(base / 1_000_000_000L);
      Timestamp at = Timestamp.valueOf(now);
      Map<String, Long> cities = cities(db);
      List<Long> schools = schools(db, base, cities);
      List<Long> people = people(db, base, run, schools, cities, year);
      List<Long> badges = badges(db, base, at);
      long grants = applicationsAndGrants(db, base, people, badges, at);
      levels(db, base, people, at);
      // The planner's statistics of the tables just filled, as autovacuum keeps them on a running
      // PostgreSQL: planned for the near-empty tables it saw, the standings' joins took seconds.
      try (Statement analyze = db.createStatement()) {
        analyze.execute("ANALYZE");
      }
      return new Loaded(schools, people, badges, run, grants);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> cities(Connection db) throws SQLException {
    Map<String, Long> cities = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement("SELECT code, id FROM city");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        cities.put(rows.getString(1), rows.getLong(2));
      }
    }
    return cities;
  }

  private static List<Long> schools(Connection db, long base, Map<String, Long> cities)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO school (id, city_id, name_fi, name_sv, school_type, language)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int s = 0; s < SCHOOLS; s++) {
        long id = base + s;
        insert.setLong(1, id);
        insert.setLong(2, cities.get(cityOf(s)));
        insert.setString(3, "Mittarikoulu " + id);
        insert.setString(4, "Mätarskolan " + id);
        insert.setString(5, TYPES[s / CITIES.length % TYPES.length]);
        insert.setString(6, swedish(s) ? "SV" : "FI");
        insert.addBatch();
        ids.add(id);
      }
      insert.executeBatch();
    }
    return ids;
  }

  private static List<Long> people(
      Connection db,
      long base,
      String run,
      List<Long> schools,
      Map<String, Long> cities,
      SchoolYear year)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement person =
            db.prepareStatement(
                "INSERT INTO person (id, first_name, last_name, email, login_name, city_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement assignment =
            db.prepareStatement(
                "INSERT INTO school_assignment (id, person_id, school_id, school_role,"
                    + " school_year) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < STAFF; i++) {
        long id = base + i;
        String login = "scale-" + run + "-" + i;
        person.setLong(1, id);
        person.setString(2, "Opettaja");
        person.setString(3, "Osaaja" + i);
        person.setString(4, login + "@opeverkko.example");
        person.setString(5, login);
        person.setLong(6, cities.get(cityOf(schoolOf(i))));
        person.addBatch();
        assignment.setLong(1, id);
        assignment.setLong(2, id);
        assignment.setLong(3, schools.get(schoolOf(i)));
        assignment.setString(4, i < SCHOOLS * TEACHERS_PER_SCHOOL ? "TEACHER" : "PRINCIPAL");
        assignment.setInt(5, year.startYear());
        assignment.addBatch();
        ids.add(id);
      }
      person.executeBatch();
      assignment.executeBatch();
    }
    return ids;
  }

  /** Five badges a level, each with its first criteria version; the lowest level first. */
  private static List<Long> badges(Connection db, long base, Timestamp at) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement badge =
            db.prepareStatement(
                "INSERT INTO badge (id, badge_level, area_fi, area_sv, area_en, name_fi,"
                    + " name_sv, name_en, current_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
        PreparedStatement version =
            db.prepareStatement(
                "INSERT INTO badge_version (id, badge_id, version_number, criteria_fi,"
                    + " criteria_sv, criteria_en, evidence_fi, evidence_sv, evidence_en,"
                    + " created_at, created_by) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'scale')")) {
      for (int b = 0; b < 3 * BADGES_PER_LEVEL; b++) {
        long id = base + b;
        badge.setLong(1, id);
        badge.setInt(2, 1 + b / BADGES_PER_LEVEL);
        for (int column = 3; column <= 5; column++) {
          badge.setString(column, "Alue " + b % BADGES_PER_LEVEL);
          badge.setString(column + 3, "Merkki " + b);
        }
        badge.addBatch();
        version.setLong(1, id);
        version.setLong(2, id);
        for (int column = 3; column <= 8; column++) {
          version.setString(column, "Kriteerit " + b);
        }
        version.setTimestamp(9, at);
        version.addBatch();
        ids.add(id);
      }
      badge.executeBatch();
      version.executeBatch();
    }
    return ids;
  }

  /** Each holder's badges, each with its granted application, and the others' open ones. */
  private static long applicationsAndGrants(
      Connection db, long base, List<Long> people, List<Long> badges, Timestamp at)
      throws SQLException {
    long applicationId = base;
    long grants = 0;
    try (PreparedStatement application =
            db.prepareStatement(
                "INSERT INTO badge_application (id, badge_id, applicant_id, reviewer_id, status,"
                    + " description, created_at, submitted_at, decided_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'Näin käytin taitoa opetuksessa', ?, ?, ?, ?)");
        PreparedStatement grant =
            db.prepareStatement(
                "INSERT INTO badge_grant (id, badge_id, holder_id, application_id,"
                    + " criteria_version, granted_at, granted_by) VALUES (?, ?, ?, ?, 1, ?,"
                    + " 'scale')")) {
      for (int i = 0; i < people.size(); i++) {
        long reviewer = people.get(reviewerOf(i));
        for (int b = 0; b < levelReached(i) * BADGES_PER_LEVEL; b++) {
          applicationId++;
          add(application, applicationId, badges.get(b), people.get(i), reviewer, "GRANTED", at);
          grant.setLong(1, applicationId);
          grant.setLong(2, badges.get(b));
          grant.setLong(3, people.get(i));
          grant.setLong(4, applicationId);
          grant.setTimestamp(5, at);
          grant.addBatch();
          grants++;
        }
        String open = openState(i);
        if (open != null) {
          applicationId++;
          add(
              application,
              applicationId,
              badges.get(BADGES_PER_LEVEL),
              people.get(i),
              reviewer,
              open,
              at);
        }
      }
      application.executeBatch();
      grant.executeBatch();
    }
    return grants;
  }

  private static void add(
      PreparedStatement application,
      long id,
      long badge,
      long applicant,
      long reviewer,
      String status,
      Timestamp at)
      throws SQLException {
    boolean sent = !status.equals("DRAFT");
    boolean decided = status.equals("GRANTED") || status.equals("DECLINED");
    application.setLong(1, id);
    application.setLong(2, badge);
    application.setLong(3, applicant);
    application.setObject(4, sent ? reviewer : null, java.sql.Types.BIGINT);
    application.setString(5, status);
    application.setTimestamp(6, at);
    application.setTimestamp(7, sent ? at : null);
    application.setTimestamp(8, decided ? at : null);
    application.setTimestamp(9, at);
    application.addBatch();
  }

  /** Every level a holder reached: confirmed, but the top one of every fourth still waiting. */
  private static void levels(Connection db, long base, List<Long> people, Timestamp at)
      throws SQLException {
    long id = base;
    try (PreparedStatement level =
        db.prepareStatement(
            "INSERT INTO level_confirmation (id, person_id, level_number, status, asked_at,"
                + " decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < people.size(); i++) {
        for (int l = 1; l <= levelReached(i); l++) {
          boolean confirmed = l <= levelConfirmed(i);
          level.setLong(1, ++id);
          level.setLong(2, people.get(i));
          level.setInt(3, l);
          level.setString(4, confirmed ? "CONFIRMED" : "WAITING");
          level.setTimestamp(5, at);
          level.setTimestamp(6, confirmed ? at : null);
          level.setString(7, confirmed ? "scale" : null);
          level.addBatch();
        }
      }
      level.executeBatch();
    }
  }
}
