package fi.opeverkko.visits;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Calendar feeds (iCalendar) of an expert's bookings and of a team's visits, which Outlook and
 * Google Calendar subscribe to by a secret address. An expert makes their own; a team leader their
 * team's. Making a new address revokes the old one, so a leaked address can be shut.
 */
@Published
@Stateless
public class CalendarFeeds {

  /** How far back and ahead a feed reaches: a school year either way is plenty for a calendar. */
  private static final int MONTHS_EACH_WAY = 12;

  private static final URI ORGANIZER = URI.create("mailto:opeverkko@localhost");

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;
  @Inject private NetworkReferences references;
  @Inject private Bookings bookings;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** The signed-in expert's feed address (its secret token), made now if they have none. */
  public String myToken(boolean renew) {
    SignedInUser user = access.user();
    Person expert =
        references
            .person(user.personId())
            .orElseThrow(() -> new VisitRuleException("visit.noSuchPerson"));
    return token(
        "SELECT t FROM CalendarToken t WHERE t.expert = :owner AND t.revoked = FALSE",
        expert,
        renew,
        () -> CalendarToken.forExpert(expert, clock.now()),
        user,
        "person " + expert.getId());
  }

  /** The team's feed address, for its leader. */
  public String teamToken(@NotNull Long teamId, boolean renew) {
    ExpertTeam team =
        references.team(teamId).orElseThrow(() -> new VisitRuleException("visit.noSuchTeam"));
    SignedInUser user = access.requireLeaderOf(team);
    return token(
        "SELECT t FROM CalendarToken t WHERE t.team = :owner AND t.revoked = FALSE",
        team,
        renew,
        () -> CalendarToken.forTeam(team, clock.now()),
        user,
        "team " + team.getId());
  }

  private String token(
      String query,
      Object owner,
      boolean renew,
      Supplier<CalendarToken> newToken,
      SignedInUser user,
      String ownerRef) {
    List<CalendarToken> live =
        em.createQuery(query, CalendarToken.class).setParameter("owner", owner).getResultList();
    if (!live.isEmpty() && !renew) {
      return live.get(0).getToken();
    }
    live.forEach(CalendarToken::revoke);
    CalendarToken token = newToken.get();
    em.persist(token);
    auditLog.record(
        user.loginName(), "NEW_CALENDAR_FEED", "feed of " + ownerRef, AuditOutcome.SUCCESS);
    return token.getToken();
  }

  /**
   * The feed behind a secret address, or empty when the address is unknown or revoked. Needs no
   * signed-in user: the address is the key.
   */
  public Optional<String> feed(@NotNull String token) {
    return feed(token, (person, from, until) -> List.of());
  }

  /**
   * Entries of other contexts for a person's own feed (their course sessions, say), which visits
   * cannot read itself: the web layer brings them.
   */
  @FunctionalInterface
  public interface MoreEntries {
    List<CalendarEntry> of(Long personId, LocalDateTime from, LocalDateTime until);
  }

  /**
   * The feed behind a secret address with, for a person's own feed, the entries of other contexts
   * the caller adds; empty when the address is unknown or revoked.
   */
  public Optional<String> feed(@NotNull String token, @NotNull MoreEntries more) {
    Optional<CalendarToken> found =
        em.createQuery(
                "SELECT t FROM CalendarToken t WHERE t.token = :token AND t.revoked = FALSE",
                CalendarToken.class)
            .setParameter("token", token)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CalendarToken owner = found.get();
    LocalDateTime from = clock.now().minusMonths(MONTHS_EACH_WAY);
    LocalDateTime until = clock.now().plusMonths(MONTHS_EACH_WAY);
    Locale finnish = Locale.forLanguageTag("fi");
    List<CalendarEntry> entries;
    String name;
    if (owner.getExpert() != null) {
      name = "Opeverkko – " + owner.getExpert().getFullName();
      entries = new ArrayList<>();
      bookings.ofExpert(owner.getExpert(), from, until, Bookings.IN_CALENDARS).stream()
          .map(b -> entry(b.getRequest(), finnish))
          .forEach(entries::add);
      entries.addAll(more.of(owner.getExpert().getId(), from, until));
    } else {
      name = "Opeverkko – " + owner.getTeam().name(finnish);
      entries =
          bookings.teamVisits(owner.getTeam(), from, until).stream()
              .map(r -> entry(r, finnish))
              .toList();
    }
    return Optional.of(new CalendarFeed(ORGANIZER).render(name, entries));
  }

  private static CalendarEntry entry(VisitRequest visit, Locale locale) {
    return new CalendarEntry(
        "visit-" + visit.getId() + "@opeverkko",
        visit.getCalendarSequence(),
        visit.getStartsAt().atZone(Clock.NETWORK_ZONE),
        visit.getEndsAt().atZone(Clock.NETWORK_ZONE),
        visit.getSchool().name(locale) + ": " + visit.subject(locale),
        visit.getPlace(),
        visit.getGoal(),
        visit.getStatus() == VisitStatus.CANCELLED,
        visit
            .getUpdatedAt()
            .atZone(Clock.NETWORK_ZONE)
            .withZoneSameInstant(ZoneOffset.UTC)
            .toInstant());
  }
}
