package fi.opeverkko.benchmark.generate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The generated tutors' activity log this school year, up to today. */
final class Activities {

  private final Database database;
  private final Network network;
  private final Scale scale;
  private final int schoolYear;
  private final LocalDate today;

  Activities(Database database, Network network, Scale scale, int schoolYear, LocalDate today) {
    this.database = database;
    this.network = network;
    this.scale = scale;
    this.schoolYear = schoolYear;
    this.today = today;
  }

  void generate() throws SQLException {
    Row template =
        database.template(
            "SELECT * FROM activity_log_entry WHERE school_role = 'TUTOR' ORDER BY id");
    LocalDate first = LocalDate.of(schoolYear, 8, 1);
    long days = ChronoUnit.DAYS.between(first, today) + 1;
    try (Table entries = database.table("activity_log_entry", template)) {
      for (int i = 0; i < scale.logEntries(); i++) {
        Network.Member tutor = network.tutors.get(i % network.tutors.size());
        LocalDate day = first.plusDays(i * 7L % days);
        entries.add(
            template
                .with("person_id", tutor.personId())
                .with("school_id", tutor.schoolId())
                .with("school_role", "TUTOR")
                .with("school_year", schoolYear)
                .with("done_on", day)
                .with("created_at", day.atTime(15, 0))
                // The generated schools have no plan: the entries serve none of its goals.
                .with("goal_id", null)
                .with("plan_activity_id", null)
                .with("version", 0L));
      }
    }
  }
}
