package fi.opeverkko.network;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the signed-in user sees of the network on their home page: their schools, teams, city. */
@Stateless
@Published
public class NetworkOverviewService {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private NetworkScope scope;
  @Inject private DetailsCheck check;
  @Inject private AuditLog auditLog;

  public SchoolYear currentSchoolYear() {
    return clock.currentSchoolYear();
  }

  /** The schools in which the user has a role this school year, with this year's staff roles. */
  public List<SchoolOverview> mySchools() {
    SignedInUser user = currentUser.get();
    if (user.personId() == null || user.schoolIds().isEmpty()) {
      return List.of();
    }
    SchoolYear year = clock.currentSchoolYear();
    Map<School, Set<SchoolRole>> myRoles =
        em.createNamedQuery(SchoolAssignment.OF_PERSON_IN_YEAR, SchoolAssignment.class)
            .setParameter("person", user.personId())
            .setParameter("year", year)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    SchoolAssignment::getSchool,
                    Collectors.mapping(
                        SchoolAssignment::getRole,
                        Collectors.toCollection(() -> EnumSet.noneOf(SchoolRole.class)))));
    List<SchoolOverview> overviews = new ArrayList<>();
    myRoles.forEach(
        (school, roles) -> overviews.add(new SchoolOverview(school, roles, staffOf(school, year))));
    overviews.sort(Comparator.comparing(o -> o.school().getNameFi()));
    return overviews;
  }

  private List<SchoolAssignment> staffOf(School school, SchoolYear year) {
    return em.createNamedQuery(SchoolAssignment.OF_SCHOOL_IN_YEAR, SchoolAssignment.class)
        .setParameter("school", school)
        .setParameter("year", year)
        .getResultList();
  }

  /** The user's own roles in a school this school year; empty when they have none there. */
  public Set<SchoolRole> myRolesIn(@NotNull Long schoolId) {
    SignedInUser user = currentUser.get();
    if (user.personId() == null || !user.schoolIds().contains(schoolId)) {
      return Set.of();
    }
    return myRolesIn(schoolId, clock.currentSchoolYear());
  }

  /** The user's own roles in a school in a given school year (a plan's, a log entry's). */
  public Set<SchoolRole> myRolesIn(@NotNull Long schoolId, @NotNull SchoolYear year) {
    return myAssignments(year).stream()
        .filter(a -> a.getSchool().getId().equals(schoolId))
        .map(SchoolAssignment::getRole)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SchoolRole.class)));
  }

  /** The user's roles in a school year, with their schools and cities. */
  public List<SchoolAssignment> myAssignments(@NotNull SchoolYear year) {
    SignedInUser user = currentUser.get();
    if (user.personId() == null) {
      return List.of();
    }
    return em.createNamedQuery(SchoolAssignment.OF_PERSON_IN_YEAR, SchoolAssignment.class)
        .setParameter("person", user.personId())
        .setParameter("year", year)
        .getResultList();
  }

  /** The teams the user leads or belongs to, with this year's members and their hours. */
  public List<TeamOverview> myTeams() {
    return teamOverviews(myTeamsWithoutMembers());
  }

  /**
   * The teams the user leads or belongs to, with their leaders but not their members: for a page of
   * one team that shows its members otherwise (one statement less than {@link #myTeams()}).
   */
  public List<ExpertTeam> myTeamsWithoutMembers() {
    Set<Long> teamIds = currentUser.get().teamIds();
    if (teamIds.isEmpty()) {
      return List.of();
    }
    return teams().stream().filter(team -> teamIds.contains(team.getId())).toList();
  }

  /** Every expert team with its leader: the directory every signed-in user may read. */
  public List<TeamOverview> allTeams() {
    return teamOverviews(teams());
  }

  /** Every expert team with its leader, without members: for choosing a team. */
  public List<ExpertTeam> teams() {
    currentUser.get();
    return em.createNamedQuery(ExpertTeam.ALL, ExpertTeam.class).getResultList();
  }

  private List<TeamOverview> teamOverviews(List<ExpertTeam> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    Set<Long> teamIds = teams.stream().map(ExpertTeam::getId).collect(Collectors.toSet());
    Map<Long, List<TeamMembership>> membersByTeam =
        em.createNamedQuery(TeamMembership.OF_TEAMS_IN_YEAR, TeamMembership.class)
            .setParameter("teamIds", teamIds)
            .setParameter("year", clock.currentSchoolYear())
            .getResultStream()
            .collect(Collectors.groupingBy(m -> m.getTeam().getId()));
    return teams.stream()
        .map(team -> new TeamOverview(team, membersByTeam.getOrDefault(team.getId(), List.of())))
        .toList();
  }

  /** The coordinator's own city in figures; an admin may look at any city. */
  public CityOverview cityOverview(String cityCode) {
    City city = scope.cityInScope(cityCode);
    SchoolYear year = clock.currentSchoolYear();
    Map<SchoolType, Long> schoolsByType = new EnumMap<>(SchoolType.class);
    em.createNamedQuery(School.COUNT_BY_TYPE_IN_CITY, Object[].class)
        .setParameter("city", city)
        .getResultList()
        .forEach(row -> schoolsByType.put((SchoolType) row[0], (Long) row[1]));
    Map<SchoolRole, Long> assignmentsByRole = new EnumMap<>(SchoolRole.class);
    em.createNamedQuery(SchoolAssignment.COUNT_IN_CITY_BY_ROLE, Object[].class)
        .setParameter("city", city)
        .setParameter("year", year)
        .getResultList()
        .forEach(row -> assignmentsByRole.put((SchoolRole) row[0], (Long) row[1]));
    return new CityOverview(city, year, schoolsByType, assignmentsByRole);
  }

  /** A city the user coordinates (or any, for an admin), for pages that act on it. */
  public City city(String cityCode) {
    return scope.cityInScope(cityCode);
  }

  /** An admin adds a city to the network; its coordinators get its code in Keycloak. */
  public City addCity(@NotNull CityDetails details) {
    SignedInUser user = currentUser.require(PortalRole.ADMIN);
    check.requireValid(details);
    boolean taken =
        em.createNamedQuery(City.BY_CODE, City.class)
            .setParameter("code", details.getCode())
            .getResultStream()
            .findAny()
            .isPresent();
    if (taken) {
      throw new NetworkRuleException("rule.cityCodeTaken", details.getCode());
    }
    City city =
        new City(
            details.getCode(),
            new LocalizedName(
                details.getNameFi().strip(),
                details.getNameSv().strip(),
                details.getNameEn().strip()));
    em.persist(city);
    auditLog.record(
        user.loginName(), "ADD_CITY", "city " + details.getCode(), AuditOutcome.SUCCESS);
    return city;
  }

  /** The cities of the network, for an admin's overview. */
  public List<City> cities() {
    currentUser.require(PortalRole.ADMIN);
    return em.createNamedQuery(City.ALL, City.class).getResultList();
  }
}
