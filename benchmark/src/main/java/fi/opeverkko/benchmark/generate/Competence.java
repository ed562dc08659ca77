package fi.opeverkko.benchmark.generate;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Badges granted to the generated teachers over the last ten months, each a copy of the demo's
 * granted application with its history and its grant (on the badge's current criteria).
 */
final class Competence {

  private final Database database;
  private final Network network;
  private final Scale scale;
  private final LocalDateTime now;

  Competence(Database database, Network network, Scale scale, LocalDateTime now) {
    this.database = database;
    this.network = network;
    this.scale = scale;
    this.now = now;
  }

  void generate() throws SQLException {
    Row application =
        database.template("SELECT * FROM badge_application WHERE status = 'GRANTED' ORDER BY id");
    long templateId = application.id("id");
    List<Row> events =
        database.rows(
            "SELECT * FROM badge_application_event WHERE application_id = ? ORDER BY occurred_at",
            templateId);
    Row grant = database.template("SELECT * FROM badge_grant WHERE application_id = ?", templateId);
    List<Row> badges = database.rows("SELECT * FROM badge WHERE retired = FALSE ORDER BY id");
    int teachers = network.teachers.size();
    if (scale.badgeGrants() > (long) teachers * badges.size()) {
      throw new IllegalStateException("more grants than teachers and badges");
    }
    try (Table applications = database.table("badge_application", application);
        Table history =
            database.table(
                "badge_application_event",
                database.template("SELECT * FROM badge_application_event"),
                applications);
        Table grants = database.table("badge_grant", grant, applications)) {
      for (int i = 0; i < scale.badgeGrants(); i++) {
        // One grant per badge and holder: every teacher one badge before anyone a second.
        Network.Member teacher = network.teachers.get(i % teachers);
        Row badge = badges.get(i / teachers % badges.size());
        Duration shift =
            Duration.between(
                grant.time("granted_at"), now.minusMinutes(60 + i * 13L % (300 * 24 * 60)));
        long applicationId =
            applications.add(
                application
                    .shifted(shift)
                    .with("badge_id", badge.get("id"))
                    .with("applicant_id", teacher.personId())
                    .with("version", 0L));
        for (Row event : events) {
          history.add(event.shifted(shift).with("application_id", applicationId));
        }
        grants.add(
            grant
                .shifted(shift)
                .with("badge_id", badge.get("id"))
                .with("holder_id", teacher.personId())
                .with("application_id", applicationId)
                .with("criteria_version", badge.get("current_version")));
      }
    }
  }
}
