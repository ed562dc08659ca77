package fi.opeverkko.benchmark.generate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Courses copied from the demo's next open course, held a week apart over the coming weeks and
 * signed up for in the open sign-up window by the generated teachers: its places, then a waitlist.
 */
final class Courses {

  private static final int CAPACITY = 25;

  private final Database database;
  private final Network network;
  private final Scale scale;
  private final LocalDateTime now;

  Courses(Database database, Network network, Scale scale, LocalDateTime now) {
    this.database = database;
    this.network = network;
    this.scale = scale;
    this.now = now;
  }

  void generate() throws SQLException {
    Row course =
        database.template(
            "SELECT * FROM course WHERE course_state = 'OPEN' AND first_day > ? ORDER BY first_day",
            now.toLocalDate());
    List<Row> sessions =
        database.rows(
            "SELECT * FROM course_session WHERE course_id = ? ORDER BY starts_at", course.id("id"));
    Row signUp = database.template("SELECT * FROM course_sign_up ORDER BY id");
    int courses = scale.signUps() / scale.signUpsPerCourse();
    try (Table courseTable = database.table("course", course);
        Table sessionTable = database.table("course_session", sessions.get(0), courseTable);
        Table signUps = database.table("course_sign_up", signUp, courseTable)) {
      int teacher = 0;
      for (int c = 0; c < courses; c++) {
        int weeks = c % 20;
        long courseId =
            courseTable.add(
                course
                    .with("name_fi", course.get("name_fi") + " " + (c + 1))
                    .with("name_sv", course.get("name_sv") + " " + (c + 1))
                    .with("name_en", course.get("name_en") + " " + (c + 1))
                    .with("capacity", CAPACITY)
                    .with(
                        "minimum", Math.min(CAPACITY, ((Number) course.get("minimum")).intValue()))
                    .with("first_day", ((LocalDate) course.get("first_day")).plusWeeks(weeks))
                    .with("last_day", ((LocalDate) course.get("last_day")).plusWeeks(weeks))
                    .with("version", 0L));
        for (Row session : sessions) {
          sessionTable.add(
              session
                  .with("course_id", courseId)
                  .with("starts_at", session.time("starts_at").plusWeeks(weeks))
                  .with("ends_at", session.time("ends_at").plusWeeks(weeks)));
        }
        for (int arrival = 1; arrival <= scale.signUpsPerCourse(); arrival++) {
          Network.Member member = network.teachers.get(teacher++ % network.teachers.size());
          signUps.add(
              signUp
                  .with("course_id", courseId)
                  .with("teacher_id", member.personId())
                  .with("school_id", member.schoolId())
                  .with("status", arrival <= CAPACITY ? "IN" : "WAITING")
                  .with("arrival", arrival)
                  .with("substitute_needed", false)
                  .with("signed_up_at", now.minusHours(arrival))
                  .with("decided_by", null)
                  .with("decided_at", null)
                  .with("assignment_returned_at", null)
                  .with("reminded_at", null)
                  .with("version", 0L));
        }
      }
    }
  }
}
