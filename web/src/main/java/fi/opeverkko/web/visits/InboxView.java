package fi.opeverkko.web.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.visits.CalendarFeeds;
import fi.opeverkko.visits.FeedbackSummary;
import fi.opeverkko.visits.InboxRow;
import fi.opeverkko.visits.TeamVisitQueries;
import fi.opeverkko.visits.Workload;
import fi.opeverkko.web.common.PagedModel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * An expert team's work: the inbox of requests (the overdue ones flagged), the calendar, each
 * member's workload, the feedback to discuss, and the team's calendar feed for its leader.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TeamVisitQueries queries;
  @Inject private NetworkOverviewService network;
  @Inject private TeamService teamService;
  @Inject private CalendarFeeds feeds;
  @Inject private Clock clock;

  private Long teamId;
  private ExpertTeam team;
  private List<Workload> workload;
  private LocalDate week;
  private boolean leader;
  private String feedUrl;
  private final TeamCalendar calendar = new TeamCalendar();

  private final LazyDataModel<InboxRow> inbox =
      new PagedModel<>(
          () -> queries.countInbox(teamId),
          (first, size) -> queries.inbox(teamId, first, size),
          row -> row.request().getId());

  private final LazyDataModel<FeedbackSummary> feedback =
      new PagedModel<>(
          () -> queries.countFeedbackOfTeam(teamId),
          (first, size) -> queries.feedbackOfTeam(teamId, first, size),
          row -> row.request().getId());

  public void load() {
    // The team without its members: the workload below lists them with their hours.
    team =
        network.myTeamsWithoutMembers().stream()
            .filter(t -> teamId == null || t.getId().equals(teamId))
            .findFirst()
            .orElse(null);
    if (team == null && teamId != null) {
      // Not the user's own team: the service decides (an admin may look at any).
      team =
          network.teams().stream().filter(t -> t.getId().equals(teamId)).findFirst().orElse(null);
    }
    if (team == null) {
      return;
    }
    teamId = team.getId();
    if (week == null) {
      week = clock.today();
    }
    workload = queries.workload(teamId, week);
    leader = teamService.leads(team);
  }

  public void previousWeek() {
    week = week.minusWeeks(1);
    workload = queries.workload(teamId, week);
  }

  public void nextWeek() {
    week = week.plusWeeks(1);
    workload = queries.workload(teamId, week);
  }

  /** Shows the team's feed address; a new one shuts the old. */
  public void showFeed(boolean renew) {
    feedUrl = feedAddress(feeds.teamToken(teamId, renew));
  }

  static String feedAddress(String token) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.getRequestScheme()
        + "://"
        + context.getRequestServerName()
        + ":"
        + context.getRequestServerPort()
        + context.getRequestContextPath()
        + "/feeds/"
        + token
        + ".ics";
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public ExpertTeam getTeam() {
    return team;
  }

  public LazyDataModel<InboxRow> getInbox() {
    return inbox;
  }

  public List<Workload> getWorkload() {
    return workload;
  }

  public LazyDataModel<FeedbackSummary> getFeedback() {
    return feedback;
  }

  public LocalDate getWeek() {
    return week;
  }

  public boolean isLeader() {
    return leader;
  }

  public String getFeedUrl() {
    return feedUrl;
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  /** The team's visits of the weeks the calendar shows, read when it shows them. */
  private final class TeamCalendar extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(java.time.LocalDateTime start, java.time.LocalDateTime end) {
      queries
          .calendarOfTeam(teamId, start, end)
          .forEach(visit -> addEvent(CalendarEvents.of(visit)));
    }
  }
}
