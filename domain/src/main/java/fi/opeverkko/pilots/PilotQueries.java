package fi.opeverkko.pilots;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingStaff;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.eclipse.persistence.config.QueryHints;

/** What the pilot pages read, each checked against the reader's role and scope. */
@Published
@Stateless
public class PilotQueries {

  @PersistenceContext private EntityManager em;
  @Inject private PilotAccess access;
  @Inject private NetworkReferences references;
  @Inject private TeachingStaff staff;
  @Inject private Clock clock;
  @Inject private EvaluationService evaluations;

  /**
   * The school's project page of this school year; refuses readers who may neither read nor start.
   */
  public ProjectPage page(@NotNull Long schoolId, Locale locale) {
    School school =
        references.school(schoolId).orElseThrow(() -> new PilotRuleException("pilot.noSuchSchool"));
    SchoolYear year = clock.currentSchoolYear();
    PilotProject project = Pilots.of(em, schoolId, year);
    String name = school.name(locale);
    if (project == null) {
      access.requireStarterOf(school, year);
      return new ProjectPage(
          schoolId,
          name,
          school.getType(),
          year,
          null,
          0,
          null,
          PilotState.DRAFT,
          null,
          new ProjectContents(),
          List.of(),
          List.of(),
          BigDecimal.ZERO,
          List.of(),
          List.of(),
          true,
          false,
          false);
    }
    access.requireReaderOf(project);
    List<PilotTeacher> people =
        staff.membersOf(schoolId, year).stream()
            .map(member -> new PilotTeacher(member.personId(), member.fullName()))
            .toList();
    List<PilotTeacher> teachers =
        people.stream().filter(p -> project.getTeacherIds().contains(p.personId())).toList();
    boolean writes = access.writes(project);
    return new ProjectPage(
        schoolId,
        name,
        school.getType(),
        year,
        project.getId(),
        project.getVersion(),
        project.getArea(),
        project.getState(),
        project.getReturnComment(),
        project.contents(),
        teachers,
        people,
        project.budgetTotal(),
        List.copyOf(project.getOutcomes()),
        project.getState() == PilotState.ACCEPTED ? evaluations.rounds() : List.of(),
        false,
        writes,
        access.coordinates(school));
  }

  /**
   * The school whose project page the menu opens for the user: the project they teach in this year,
   * else a school they lead as principal.
   */
  public Optional<Long> mySchool() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return Optional.empty();
    }
    SchoolYear year = clock.currentSchoolYear();
    Optional<Long> teaching =
        em.createQuery(
                "SELECT p.school.id FROM PilotProject p JOIN p.teacherIds t"
                    + " WHERE t = :person AND p.schoolYear = :year ORDER BY p.id",
                Long.class)
            .setParameter("person", user.personId())
            .setParameter("year", year)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (teaching.isPresent()) {
      return teaching;
    }
    return staff.schoolsOf(user.personId(), EnumSet.of(SchoolRole.PRINCIPAL), year).stream()
        .sorted()
        .findFirst();
  }

  /** The city's schools (not day care) with no project this year, by name. */
  public List<SchoolChoice> schoolsWithoutProject(String cityCode) {
    access.requireOverviewOf(cityCode);
    Set<Long> pilots =
        new HashSet<>(
            em.createQuery(
                    "SELECT p.school.id FROM PilotProject p WHERE p.schoolYear = :year", Long.class)
                .setParameter("year", clock.currentSchoolYear())
                .getResultList());
    return references.schoolFacts(cityCode).stream()
        .filter(s -> s.type() != SchoolType.DAY_CARE_UNIT && !pilots.contains(s.id()))
        .sorted(Comparator.comparing(s -> s.nameFi()))
        .map(s -> new SchoolChoice(s.id(), s.nameFi(), s.nameSv()))
        .toList();
  }

  public long countStanding(String cityCode) {
    access.requireOverviewOf(cityCode);
    return projectsOf(cityCode, "SELECT COUNT(p)", "", Long.class).getSingleResult();
  }

  /**
   * A page of the city's pilots this year (every city's when null, for an admin) by school name,
   * each with its answers to this year's rounds: the page's projects, then their evaluations, in
   * two queries.
   */
  public List<StandingRow> standing(String cityCode, int first, int size) {
    access.requireOverviewOf(cityCode);
    List<Object[]> projects =
        projectsOf(
                cityCode,
                "SELECT p.id, s.id, s.nameFi, s.nameSv, p.area, p.state",
                " ORDER BY s.nameFi, p.id",
                Object[].class)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (projects.isEmpty()) {
      return List.of();
    }
    Map<RoundKind, EvaluationRound> rounds = new HashMap<>();
    em.createQuery(
            "SELECT r FROM EvaluationRound r WHERE r.schoolYear = :year", EvaluationRound.class)
        .setParameter("year", clock.currentSchoolYear())
        .getResultStream()
        .forEach(round -> rounds.put(round.getKind(), round));
    Map<Long, Map<RoundKind, Boolean>> submitted = new HashMap<>();
    em.createQuery(
            "SELECT e.project.id, e.round.kind, e.submitted FROM PilotEvaluation e"
                + " WHERE e.project.id IN :projects",
            Object[].class)
        .setParameter("projects", projects.stream().map(row -> (Long) row[0]).toList())
        .getResultStream()
        .forEach(
            row ->
                submitted
                    .computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .put((RoundKind) row[1], (Boolean) row[2]));
    return projects.stream()
        .map(
            row -> {
              PilotState state = (PilotState) row[5];
              Map<RoundKind, Boolean> answers = submitted.getOrDefault((Long) row[0], Map.of());
              return new StandingRow(
                  (Long) row[0],
                  (Long) row[1],
                  (String) row[2],
                  (String) row[3],
                  (DevelopmentArea) row[4],
                  state,
                  standingIn(rounds.get(RoundKind.SPRING), state, answers),
                  standingIn(rounds.get(RoundKind.NOVEMBER), state, answers));
            })
        .toList();
  }

  private RoundStanding standingIn(
      EvaluationRound round, PilotState state, Map<RoundKind, Boolean> answers) {
    boolean answered = round != null && answers.getOrDefault(round.getKind(), false);
    return RoundStanding.of(
        round,
        state == PilotState.ACCEPTED,
        answered,
        round != null && round.pastDue(clock.today()));
  }

  /** The submitted answers to a round of the city's pilots in the area, by school name. */
  public List<AreaEvaluation> areaEvaluations(
      @NotNull Long roundId, @NotNull DevelopmentArea area, String cityCode, Locale locale) {
    access.requireOverviewOf(cityCode);
    String city = cityCode == null ? "" : " AND p.school.city.code = :city";
    TypedQuery<PilotEvaluation> query =
        em.createQuery(
                "SELECT e FROM PilotEvaluation e JOIN FETCH e.project p"
                    + " WHERE e.round.id = :round AND p.area = :area AND e.submitted = TRUE"
                    + city
                    + " ORDER BY p.school.nameFi",
                PilotEvaluation.class)
            // The school by a hint: EclipseLink does not follow a JOIN FETCH through the alias p,
            // and would read each evaluation's school with a query of its own.
            .setHint(QueryHints.FETCH, "e.project.school")
            .setParameter("round", roundId)
            .setParameter("area", area)
            // The answers of every evaluation in one more query, not one each.
            .setHint("eclipselink.batch", "e.answers")
            .setHint("eclipselink.batch.type", "IN");
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query
        .getResultStream()
        .map(
            e -> {
              School school = e.getProject().getSchool();
              int questions = e.getRound().getQuestions().size();
              return new AreaEvaluation(
                  school.getId(),
                  school.name(locale),
                  IntStream.range(0, questions)
                      .mapToObj(n -> e.getAnswers().getOrDefault(n, ""))
                      .toList());
            })
        .toList();
  }

  private <T> TypedQuery<T> projectsOf(
      String cityCode, String select, String orderBy, Class<T> type) {
    String city = cityCode == null ? "" : " AND s.city.code = :city";
    TypedQuery<T> query =
        em.createQuery(
                select
                    + " FROM PilotProject p JOIN p.school s WHERE p.schoolYear = :year"
                    + city
                    + orderBy,
                type)
            .setParameter("year", clock.currentSchoolYear());
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query;
  }
}
