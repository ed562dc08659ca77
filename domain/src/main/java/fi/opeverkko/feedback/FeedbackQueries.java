package fi.opeverkko.feedback;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the feedback pages read: the discussions a user leads or takes part in, one discussion, the
 * discussion of a visit or course, and the trends per team and trainer over terms.
 */
@Published
@Stateless
public class FeedbackQueries {

  private static final Comparator<DiscussionRow> OPEN_FIRST_BY_DUE_DATE =
      Comparator.comparing((DiscussionRow row) -> !row.open())
          .thenComparing(DiscussionRow::dueOn)
          .thenComparing(DiscussionRow::id);

  @PersistenceContext private EntityManager em;
  @Inject private FeedbackAccess access;
  @Inject private Clock clock;

  /**
   * The discussions of the user: a leader's team's, a member's team's, a trainer's own; every one
   * for admins. Open ones first, by due date.
   */
  public List<DiscussionRow> discussions() {
    SignedInUser user = access.user();
    String select = "SELECT d FROM FeedbackDiscussion d JOIN FETCH d.subject";
    TypedQuery<FeedbackDiscussion> query;
    if (user.isAdmin()) {
      query = em.createQuery(select, FeedbackDiscussion.class);
    } else {
      Set<Long> teams = new HashSet<>(user.teamIds());
      teams.add(-1L);
      query =
          em.createQuery(
                  select
                      + " JOIN d.subject s LEFT JOIN s.team t LEFT JOIN t.leader l"
                      + " WHERE l.id = :person OR t.id IN :teams OR EXISTS"
                      + " (SELECT p FROM FeedbackSubject o JOIN o.trainers p"
                      + " WHERE o = s AND p.id = :person)",
                  FeedbackDiscussion.class)
              .setParameter("person", user.personId() == null ? -1L : user.personId())
              .setParameter("teams", teams);
    }
    return rows(query.getResultList());
  }

  /** One discussion, for whoever may read it. */
  public DiscussionRow discussion(@NotNull Long discussionId) {
    FeedbackDiscussion discussion = em.find(FeedbackDiscussion.class, discussionId);
    if (discussion == null) {
      throw new FeedbackRuleException("feedback.noSuchDiscussion", String.valueOf(discussionId));
    }
    access.requireReaderOf(discussion);
    return rows(List.of(discussion)).get(0);
  }

  /**
   * The discussion of a visit or course, if it has one and the user may read it (its trainers, its
   * team, admins); the school that gave the feedback does not see it.
   */
  public Optional<DiscussionRow> discussionOf(@NotNull SubjectKind kind, @NotNull Long subjectId) {
    return em.createQuery(
            "SELECT d FROM FeedbackDiscussion d JOIN FETCH d.subject s"
                + " WHERE s.kind = :kind AND s.subjectId = :id",
            FeedbackDiscussion.class)
        .setParameter("kind", kind)
        .setParameter("id", subjectId)
        .getResultStream()
        .filter(d -> access.reads(d.getSubject()))
        .findFirst()
        .map(d -> rows(List.of(d)).get(0));
  }

  /**
   * How many of the team's visits or courses have feedback that counts (from as many answers as the
   * kind needs), for its members.
   */
  public long countRatedOfTeam(@NotNull SubjectKind kind, @NotNull Long teamId) {
    // Counts a column the index holds (never null): COUNT(s) counts the id, which only the table
    // has, and PostgreSQL then read every page of the table for a team (metro×10: 12 ms against
    // 2 ms from the index alone).
    return ratedOfTeam("SELECT COUNT(s.subjectId)", "", Long.class, kind, teamId).getSingleResult();
  }

  /**
   * One page of the team's visits or courses with feedback that counts, the lowest average (the
   * ones to discuss) first, for its members: read in the order of the index on (team, kind,
   * average).
   */
  public List<RatedSubject> lowestRatedOfTeam(
      @NotNull SubjectKind kind, @NotNull Long teamId, int first, int size) {
    return ratedOfTeam(
            "SELECT s.subjectId, s.average, s.answers",
            " ORDER BY s.average, s.subjectId",
            Object[].class,
            kind,
            teamId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(
            row ->
                new RatedSubject(
                    (Long) row[0], ((Number) row[1]).doubleValue(), ((Number) row[2]).intValue()))
        .toList();
  }

  /**
   * A query over the team's subjects of the kind whose feedback counts, for its members: read by
   * the index on (team, kind, average).
   */
  private <T> TypedQuery<T> ratedOfTeam(
      String select, String order, Class<T> type, SubjectKind kind, Long teamId) {
    access.requireMemberOf(teamId);
    return em.createQuery(
            select
                + " FROM FeedbackSubject s"
                + " WHERE s.team.id = :team AND s.kind = :kind AND s.answers >= :from"
                + order,
            type)
        .setParameter("team", teamId)
        .setParameter("kind", kind)
        .setParameter("from", kind.countsFrom());
  }

  private List<DiscussionRow> rows(List<FeedbackDiscussion> discussions) {
    Map<Long, List<String>> trainers = trainerNames(discussions);
    LocalDate today = clock.today();
    return discussions.stream()
        .map(
            d -> {
              FeedbackSubject s = d.getSubject();
              return new DiscussionRow(
                  d.getId(),
                  s.getKind(),
                  s.getSubjectId(),
                  s.getTitle(),
                  s.getTeam() == null ? null : nameOf(s.getTeam()),
                  trainers.getOrDefault(s.getId(), List.of()),
                  s.average(),
                  s.getAnswers(),
                  d.getOpenedAt(),
                  d.getDueOn(),
                  d.getHeldOn(),
                  d.getAgreed(),
                  d.getClosedAt(),
                  d.getClosedBy(),
                  d.overdue(today),
                  access.leads(s));
            })
        .sorted(OPEN_FIRST_BY_DUE_DATE)
        .toList();
  }

  /** The trainers' names of the discussions' subjects, in one query. */
  private Map<Long, List<String>> trainerNames(List<FeedbackDiscussion> discussions) {
    if (discussions.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<String>> names = new LinkedHashMap<>();
    em.createQuery(
            "SELECT s.id, t FROM FeedbackSubject s JOIN s.trainers t WHERE s.id IN :subjects"
                + " ORDER BY t.lastName, t.firstName",
            Object[].class)
        .setParameter("subjects", discussions.stream().map(d -> d.getSubject().getId()).toList())
        .getResultList()
        .forEach(
            row ->
                names
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(((Person) row[1]).getFullName()));
    return names;
  }

  /**
   * Average feedback per team and term, newest term first: a leader's own teams, every team for
   * coordinators and admins. A course counts from its third answer, as its aggregate is shown.
   */
  public List<TrendRow> teamTrends() {
    SignedInUser user = access.requireTrendReader();
    String scope = everyTeam(user) ? "" : " AND t.leader.id = :person";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT t.id, t.name.fi, t.name.sv, t.name.en,"
                + " s.termStart, s.kind, SUM(s.ratingSum), SUM(s.answers)"
                + " FROM FeedbackSubject s LEFT JOIN s.team t"
                + " WHERE (s.kind = :visit AND s.answers > 0 OR s.answers >= :courseFrom)"
                + scope
                + " GROUP BY t.id, t.name.fi, t.name.sv, t.name.en, s.termStart, s.kind",
            Object[].class);
    return trends(
        scoped(query, user),
        row ->
            row[0] == null
                ? null
                : new LocalizedName((String) row[1], (String) row[2], (String) row[3]));
  }

  /** Average feedback per trainer and term: a leader's team's trainers, or every trainer. */
  public List<TrendRow> trainerTrends() {
    SignedInUser user = access.requireTrendReader();
    String scope = everyTeam(user) ? "" : " AND t.leader.id = :person";
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT p.id, p.firstName, p.lastName,"
                + " s.termStart, s.kind, SUM(s.ratingSum), SUM(s.answers)"
                + " FROM FeedbackSubject s JOIN s.trainers p LEFT JOIN s.team t"
                + " WHERE (s.kind = :visit AND s.answers > 0 OR s.answers >= :courseFrom)"
                + scope
                + " GROUP BY p.id, p.firstName, p.lastName, s.termStart, s.kind",
            Object[].class);
    return trends(
        scoped(query, user),
        row -> {
          String name = row[1] + " " + row[2];
          return new LocalizedName(name, name, name);
        });
  }

  private static boolean everyTeam(SignedInUser user) {
    return user.isAdmin() || user.has(PortalRole.CITY_COORDINATOR);
  }

  private static TypedQuery<Object[]> scoped(TypedQuery<Object[]> query, SignedInUser user) {
    query.setParameter("visit", SubjectKind.VISIT);
    query.setParameter("courseFrom", SubjectKind.COURSE.countsFrom());
    if (!everyTeam(user)) {
      query.setParameter("person", user.personId() == null ? -1L : user.personId());
    }
    return query;
  }

  /**
   * Each (who, term) row with its visits' and courses' figures side by side; a result row ends with
   * the term, the kind, the sum of the ratings and the answers, after the columns naming who.
   */
  private static List<TrendRow> trends(
      TypedQuery<Object[]> query, Function<Object[], LocalizedName> who) {
    Map<List<Object>, TrendRow> rows = new LinkedHashMap<>();
    for (Object[] row : query.getResultList()) {
      int figures = row.length - 4;
      LocalizedName name = who.apply(row);
      LocalDate term = (LocalDate) row[figures];
      List<Object> key = Arrays.asList(row[0], term);
      TrendRow was = rows.getOrDefault(key, new TrendRow(name, term, null, 0, null, 0));
      rows.put(
          key,
          was.with(
              (SubjectKind) row[figures + 1],
              ((Number) row[figures + 2]).longValue(),
              ((Number) row[figures + 3]).longValue()));
    }
    return rows.values().stream()
        .sorted(
            Comparator.comparing(TrendRow::termStart)
                .reversed()
                .thenComparing(r -> r.who() == null ? "" : r.who().in(Locale.ROOT)))
        .toList();
  }

  private static LocalizedName nameOf(ExpertTeam team) {
    return new LocalizedName(
        team.name(Locale.forLanguageTag("fi")),
        team.name(Locale.forLanguageTag("sv")),
        team.name(Locale.ENGLISH));
  }
}
