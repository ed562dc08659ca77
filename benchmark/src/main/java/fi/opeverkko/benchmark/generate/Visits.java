package fi.opeverkko.benchmark.generate;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Visit requests of the generated schools to the demo's expert teams, each a copy of the demo's
 * visit in the same state with its whole history, bookings and feedback moved in time, and the
 * feedback context's row of a visit with feedback (its experts as the trainers). Booked visits get
 * the generated experts in slots of their own (never two visits at once for an expert): those still
 * to come after the next two weeks, the others before the last two.
 */
final class Visits {

  /** Out of 20 requests: mostly closed, some in every other state. */
  private static final String[] MIX = {
    "CLOSED", "SUBMITTED", "DRAFT", "CLOSED", "ACCEPTED", "SCHEDULED", "CLOSED", "DECLINED",
    "CANCELLED", "SUBMITTED", "CLOSED", "DELIVERED", "ACCEPTED", "CLOSED", "SCHEDULED", "DRAFT",
    "DECLINED", "CLOSED", "SUBMITTED", "CANCELLED"
  };

  /** Times the history may not pass: what happened is never in the future. */
  private static final Set<String> HAPPENED =
      Set.of("created_at", "submitted_at", "answered_at", "updated_at", "occurred_at", "given_at");

  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private static final int SLOTS_PER_DAY = 3;
  private static final Duration SLOT = Duration.ofHours(3);
  private static final LocalTime FIRST_SLOT = LocalTime.of(8, 0);

  private record Template(
      Row visit, List<Row> events, List<Row> bookings, List<Row> feedback, Row feedbackSubject) {}

  private final Database database;
  private final Network network;
  private final Scale scale;
  private final LocalDateTime now;
  private final Random random = new Random(18);
  private final Map<String, Template> templates = new LinkedHashMap<>();
  private final Map<List<Long>, int[]> slotsTaken = new LinkedHashMap<>();
  private final List<LocalDate> pastDays;
  private final List<LocalDate> futureDays;

  Visits(Database database, Network network, Scale scale, LocalDateTime now) {
    this.database = database;
    this.network = network;
    this.scale = scale;
    this.now = now;
    this.pastDays = workingDays(now.toLocalDate().minusDays(14), -1);
    this.futureDays = workingDays(now.toLocalDate().plusDays(14), 1);
  }

  void generate() throws SQLException {
    for (String status : MIX) {
      templates.computeIfAbsent(status, this::template);
    }
    List<Row> topics = database.rows("SELECT * FROM team_topic WHERE active = TRUE ORDER BY id");
    List<Long> teams = new ArrayList<>(network.expertsOf.keySet());
    Template any = templates.values().iterator().next();
    Row trainer = database.template("SELECT * FROM feedback_trainer");
    try (Table visits = database.table("visit_request", any.visit());
        Table events =
            database.table("visit_event", database.template("SELECT * FROM visit_event"), visits);
        Table bookings =
            database.table(
                "expert_booking", database.template("SELECT * FROM expert_booking"), visits);
        Table feedback =
            database.table(
                "visit_feedback", database.template("SELECT * FROM visit_feedback"), visits);
        Table subjects =
            database.table(
                "feedback_subject", database.template("SELECT * FROM feedback_subject"));
        Table trainers = database.table("feedback_trainer", trainer, subjects)) {
      for (int i = 0; i < scale.visits(); i++) {
        Template template = templates.get(MIX[i % MIX.length]);
        Network.School school = network.schools.get(i % network.schools.size());
        long teamId = teams.get(i / MIX.length % teams.size());
        List<Long> experts = template.bookings().isEmpty() ? List.of() : expertsFor(teamId, i);
        Duration shift = shiftOf(template, experts);
        Row visit =
            happened(template.visit().shifted(shift))
                .with("school_id", school.id())
                .with("city_id", school.cityId())
                .with("team_id", teamId)
                .with("topic_id", topicOf(topics, teamId, template.visit()))
                .with("requested_by_id", network.principalOf.get(school.id()));
        long visitId = visits.add(visit);
        for (Row event : template.events()) {
          events.add(happened(event.shifted(shift)).with("request_id", visitId));
        }
        for (int b = 0; b < template.bookings().size(); b++) {
          bookings.add(
              template
                  .bookings()
                  .get(b)
                  .shifted(shift)
                  .with("request_id", visitId)
                  .with("expert_id", experts.get(b)));
        }
        for (Row given : template.feedback()) {
          feedback.add(happened(given.shifted(shift)).with("request_id", visitId));
        }
        if (template.feedbackSubject() != null) {
          long subjectId = subjects.add(feedbackSubject(template, shift, visit, visitId, topics));
          // Its trainers are the experts booked on it, as feedback names them.
          for (long expert : experts.subList(0, template.bookings().size())) {
            trainers.add(trainer.with("subject_row_id", subjectId).with("person_id", expert));
          }
        }
      }
    }
  }

  private Template template(String status) {
    try {
      Row visit =
          database.template("SELECT * FROM visit_request WHERE status = ? ORDER BY id", status);
      long id = visit.id("id");
      return new Template(
          visit,
          database.rows(
              "SELECT * FROM visit_event WHERE request_id = ? ORDER BY occurred_at, id", id),
          database.rows("SELECT * FROM expert_booking WHERE request_id = ? ORDER BY id", id),
          database.rows("SELECT * FROM visit_feedback WHERE request_id = ? ORDER BY id", id),
          database
              .rows("SELECT * FROM feedback_subject WHERE kind = 'VISIT' AND subject_id = ?", id)
              .stream()
              .findFirst()
              .orElse(null));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The feedback context's row of the copy: its team, its topic's title (a need keeps the
   * template's), its day moved with it and the term that day falls in.
   */
  private static Row feedbackSubject(
      Template template, Duration shift, Row visit, long visitId, List<Row> topics) {
    Row subject =
        template
            .feedbackSubject()
            .shifted(shift)
            .with("subject_id", visitId)
            .with("team_id", visit.get("team_id"));
    LocalDate heldOn = (LocalDate) subject.get("held_on");
    subject = subject.with("term_start", termStart(heldOn));
    Object topicId = visit.get("topic_id");
    for (Row topic : topics) {
      if (topic.get("id").equals(topicId)) {
        for (String language : LANGUAGES) {
          subject = subject.with("title_" + language, topic.get("title_" + language));
        }
      }
    }
    return subject;
  }

  /** As FeedbackSubject.termStart: autumn from August, spring from January. */
  private static LocalDate termStart(LocalDate day) {
    return day.getMonthValue() >= Month.AUGUST.getValue()
        ? LocalDate.of(day.getYear(), Month.AUGUST, 1)
        : LocalDate.of(day.getYear(), Month.JANUARY, 1);
  }

  /** A topic of the team when the template has one (a request names a topic or its own need). */
  private Object topicOf(List<Row> topics, long teamId, Row visit) {
    if (visit.get("topic_id") == null) {
      return null;
    }
    List<Row> own = topics.stream().filter(t -> t.id("team_id") == teamId).toList();
    return own.isEmpty() ? visit.get("topic_id") : own.get(random.nextInt(own.size())).get("id");
  }

  /** Experts of the team taken in fixed groups, so a group's slots never overlap. */
  private List<Long> expertsFor(long teamId, int visit) {
    int size = templates.values().stream().mapToInt(t -> t.bookings().size()).max().orElse(1);
    List<Long> experts = network.expertsOf.get(teamId);
    int groups = Math.max(1, experts.size() / size);
    int group = visit % groups;
    return experts.subList(group * size, Math.min(experts.size(), group * size + size));
  }

  /**
   * How far the template moves: a booked visit to its experts' next free slot, any other so that
   * its history ends within the last ten months (a request waiting, within the last six weeks).
   */
  private Duration shiftOf(Template template, List<Long> experts) {
    if (!experts.isEmpty()) {
      LocalDateTime booked = template.bookings().get(0).time("starts_at");
      boolean toCome = template.visit().get("status").equals("SCHEDULED");
      return Duration.between(booked, nextSlot(experts, toCome));
    }
    LocalDateTime latest = template.visit().latest();
    int days = template.visit().get("status").equals("SUBMITTED") ? 42 : 300;
    LocalDateTime end = now.minusMinutes(random.nextInt(days * 24 * 60) + 60);
    return Duration.between(latest, end);
  }

  private LocalDateTime nextSlot(List<Long> experts, boolean toCome) {
    int[] taken = slotsTaken.computeIfAbsent(experts, group -> new int[2]);
    int slot = taken[toCome ? 1 : 0]++;
    List<LocalDate> days = toCome ? futureDays : pastDays;
    if (slot / SLOTS_PER_DAY >= days.size()) {
      throw new IllegalStateException("more bookings than working days: add experts");
    }
    return days.get(slot / SLOTS_PER_DAY)
        .atTime(FIRST_SLOT)
        .plus(SLOT.multipliedBy(slot % SLOTS_PER_DAY));
  }

  /**
   * The history's times that the shift put in the future, squeezed into the minute before now: the
   * later a time was, the closer to now, so the history keeps its order.
   */
  private Row happened(Row row) {
    Row result = row;
    for (String column : row.columns()) {
      if (HAPPENED.contains(column)
          && row.get(column) instanceof LocalDateTime time
          && time.isAfter(now)) {
        double hoursAhead = Duration.between(now, time).toMinutes() / 60.0;
        result = result.with(column, now.minusNanos((long) (60e9 / (1 + hoursAhead))));
      }
    }
    return result;
  }

  /** Five years of working days from the day on, in the direction given. */
  private static List<LocalDate> workingDays(LocalDate from, int step) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; days.size() < 5 * 250; day = day.plusDays(step)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    return days;
  }
}
