package fi.opeverkko.web.security;

import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portal's pages (by path, or a whole folder by its path with a trailing slash) and who may
 * open them. The access filter refuses anyone else with 403 and the navigation hides what a user
 * may not open; the services check again, against the object's own school, team or city. Every page
 * of the webapp is named here, the open ones too, so that a new page in a folder shared by open and
 * restricted pages is never open by being forgotten ({@code PageTest} checks).
 */
public enum Page {
  HOME(null, "/home.xhtml", "/error/"),
  TEAMS(null, "/network/teams.xhtml", "/network/team.xhtml"),
  VISITS(
      null,
      "/visits/request.xhtml",
      "/visits/school-visits.xhtml",
      "/visits/inbox.xhtml",
      "/visits/calendar.xhtml",
      "/visits/visit.xhtml"),
  /**
   * The requests sent to no team: every team leader takes them for their teams; coordinators (the
   * service keeps them to their city) and admins read.
   */
  TRIAGE(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.TEAM_LEADER),
      "/visits/triage.xhtml"),
  PLANS(
      null, "/plans/my-plans.xhtml", "/plans/plan.xhtml", "/plans/print.xhtml", "/plans/log.xhtml"),
  CITY(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR),
      "/network/city.xhtml",
      "/network/coverage.xhtml",
      "/network/import.xhtml",
      "/network/people.xhtml",
      "/network/person.xhtml",
      "/network/school.xhtml",
      "/network/school-edit.xhtml",
      "/visits/city-visits.xhtml",
      "/plans/city-plans.xhtml"),
  AUDIT(EnumSet.of(PortalRole.ADMIN), "/admin/"),
  MENTORS(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.MENTOR),
      "/network/mentors.xhtml",
      "/plans/meetings.xhtml"),
  TUTOR_PROPOSALS(
      EnumSet.of(PortalRole.ADMIN, PortalRole.PRINCIPAL), "/network/tutor-proposals.xhtml"),
  /**
   * The public verification page of a badge credential (open without sign-in, web.xml) and its
   * revocation, which the service lets only admins and the granting community do.
   */
  OPEN_BADGES(null, "/competence/verify.xhtml", "/competence/revoke.xhtml"),
  /** A teacher's own badge credentials, to share and download. */
  CREDENTIALS(
      EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/competence/credentials.xhtml"),
  /**
   * The school's teaching staff by name, badge and plan: principals and admins, not coordinators.
   */
  COMPETENCE_STAFF(
      EnumSet.of(PortalRole.ADMIN, PortalRole.PRINCIPAL),
      "/competence/staff.xhtml",
      "/competence/development-plans.xhtml"),
  DEVELOPMENT_PLAN(
      EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/competence/development-plan.xhtml"),
  /**
   * A course's life for its organisers: the decisions on courses under their minimum, attendance
   * and completion; the service refuses whoever does not organise the course.
   */
  COURSE_LIFE(
      EnumSet.of(PortalRole.ADMIN, PortalRole.EXPERT, PortalRole.TEAM_LEADER),
      "/courses/attendance.xhtml",
      "/courses/decisions.xhtml"),
  /** Participation in central courses: a coordinator's own city, every city for admins. */
  COURSE_FIGURES(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR), "/courses/figures.xhtml"),
  /** The teaching staff's own completed courses, to add to a badge application. */
  COURSE_COMPLETIONS(
      EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/courses/completions.xhtml"),
  /** Everyone reads the catalogue; the service lets only its keepers change it. */
  BADGE_CATALOGUE(null, "/competence/catalogue.xhtml"),
  /** The teaching staff's own badges and applications. */
  MY_BADGES(EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/competence/applications.xhtml"),
  /**
   * An application and its evidence files: the service lets only the applicant, the reviewer given
   * it and admins read them; coordinators never reach them.
   */
  BADGE_APPLICATION(
      EnumSet.of(PortalRole.ADMIN, PortalRole.TEACHER, PortalRole.PRINCIPAL),
      "/competence/application.xhtml",
      "/competence/evidence/"),
  /** The reviewer's queue: the view refuses whoever is not in the granting community. */
  REVIEWS(EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/competence/reviews.xhtml"),
  /** The teaching staff's own self-assessment and results. */
  SURVEY(EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/reporting/survey.xhtml"),
  SURVEY_ROUNDS(EnumSet.of(PortalRole.ADMIN), "/reporting/survey-rounds.xhtml"),
  /**
   * The survey's results and needs: the service limits coordinators to their city and expert teams
   * to groups larger than a school.
   */
  SURVEY_RESULTS(
      EnumSet.of(
          PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.EXPERT, PortalRole.TEAM_LEADER),
      "/reporting/survey-results.xhtml"),
  /** The target dashboard: the service keeps coordinators to their own city. */
  DASHBOARD(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR), "/reporting/dashboard.xhtml"),
  /** The network's indicator packs for a scheduled run ({@code bin/portal pack}): admins only. */
  INDICATOR_PACKS(EnumSet.of(PortalRole.ADMIN), "/reporting/packs"),
  /**
   * Everyone reads the course catalogue and a course's page; signing up is the teaching staff's.
   */
  COURSES(null, "/courses/courses.xhtml", "/courses/course.xhtml"),
  /** The teaching staff's own course sign-ups. */
  MY_COURSES(EnumSet.of(PortalRole.TEACHER, PortalRole.PRINCIPAL), "/courses/my-courses.xhtml"),
  /** The principal's approvals and substitute days: the service refuses other schools. */
  COURSE_APPROVALS(EnumSet.of(PortalRole.ADMIN, PortalRole.PRINCIPAL), "/courses/approvals.xhtml"),
  /**
   * The organisers' editor and participant list: the service refuses whoever does not organise the
   * course (a member or leader of its team, or an admin).
   */
  COURSE_ORGANISING(
      EnumSet.of(PortalRole.ADMIN, PortalRole.EXPERT, PortalRole.TEAM_LEADER),
      "/courses/course-edit.xhtml",
      "/courses/participants.xhtml"),
  /** A course's participants answer its feedback; the service refuses whoever did not take part. */
  COURSE_FEEDBACK(
      EnumSet.of(PortalRole.ADMIN, PortalRole.TEACHER, PortalRole.PRINCIPAL),
      "/courses/feedback.xhtml"),
  /** A course's feedback in aggregate: the service lets only its organisers in. */
  COURSE_FEEDBACK_SUMMARY(
      EnumSet.of(PortalRole.ADMIN, PortalRole.EXPERT, PortalRole.TEAM_LEADER),
      "/courses/feedback-summary.xhtml"),
  /**
   * The library of good practice: everyone signed in searches, reads and downloads (the service
   * hides withdrawn items from all but their editors).
   */
  LIBRARY(null, "/library/items.xhtml", "/library/item.xhtml", "/library/files/"),
  /**
   * The library's form: a new item for the expert teams, coordinators and admins, an item of one's
   * own for its author (a pilot school's staff too); the view and the service refuse the others.
   */
  LIBRARY_EDITING(null, "/library/edit.xhtml"),
  /** Feedback discussions: the service shows each to its leader, trainers and team only. */
  FEEDBACK_DISCUSSIONS(
      EnumSet.of(PortalRole.ADMIN, PortalRole.EXPERT, PortalRole.TEAM_LEADER),
      "/feedback/discussions.xhtml",
      "/feedback/discussion.xhtml"),
  /**
   * A school's pilot project and its self-evaluations: the service lets in the school's principal,
   * the project's teachers and the city's coordinator only.
   */
  PILOT_PROJECT(null, "/pilots/project.xhtml", "/pilots/evaluation.xhtml"),
  /** The pilots' overview and the rounds: a coordinator's own city, every city for admins. */
  PILOT_COORDINATION(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR),
      "/pilots/projects.xhtml",
      "/pilots/rounds.xhtml"),
  /** Feedback trends: a leader's own teams, every team for coordinators and admins. */
  FEEDBACK_TRENDS(
      EnumSet.of(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.TEAM_LEADER),
      "/feedback/trends.xhtml");

  private static final Pattern ENCODED_SLASH = Pattern.compile("%2f|%5c", Pattern.CASE_INSENSITIVE);
  private static final Pattern PATH_PARAMETER = Pattern.compile(";[^/]*");

  /** Roles that may open the page; {@code null} means every signed-in user. */
  private final Set<PortalRole> allowedRoles;

  private final List<String> paths;

  Page(Set<PortalRole> allowedRoles, String... paths) {
    this.allowedRoles = allowedRoles;
    this.paths = List.of(paths);
  }

  public boolean allows(SignedInUser user) {
    return allowedRoles == null || user.hasAny(allowedRoles);
  }

  /**
   * The restricted page a request's servlet path belongs to, if any. The path is normalised first
   * ({@link #normalise}), so that no spelling of a restricted page or folder slips past: a folder's
   * name with a path parameter, doubled or encoded slashes, dot segments, another case, a trailing
   * slash, or a folder without its trailing slash is still that page or folder.
   */
  static Optional<Page> restrictedPageOf(String servletPath) {
    String path = normalise(servletPath);
    return Arrays.stream(values())
        .filter(page -> page.allowedRoles != null && page.covers(path))
        .findFirst();
  }

  /** Whether the page is this one, or lies in one of its folders. */
  boolean covers(String normalisedPath) {
    return paths.stream()
        .map(path -> path.toLowerCase(Locale.ROOT))
        .anyMatch(
            own ->
                normalisedPath.startsWith(own)
                    || (own.endsWith("/")
                        && normalisedPath.equals(own.substring(0, own.length() - 1))));
  }

  /**
   * The path as the folders it names: encoded and back slashes as slashes, path parameters ({@code
   * ;a=b}) left out, empty and dot segments resolved, in lower case; a trailing slash is kept.
   */
  static String normalise(String servletPath) {
    String path =
        PATH_PARAMETER
            .matcher(ENCODED_SLASH.matcher(Objects.toString(servletPath, "")).replaceAll("/"))
            .replaceAll("")
            .replace('\\', '/');
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        segments.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    boolean folder = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
    String normalised =
        "/" + String.join("/", segments) + (folder && !segments.isEmpty() ? "/" : "");
    return normalised.toLowerCase(Locale.ROOT);
  }
}
