package fi.opeverkko.visits;

import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.NetworkDate;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a school fills in to request a training visit: about two minutes of a principal's time, so
 * only what the team needs to answer and plan. Validated before anything is saved; the messages are
 * keys of the web layer's {@code ValidationMessages} bundles.
 */
public class VisitDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{opeverkko.required}")
  private Long schoolId;

  /** The team asked, or none: the need then waits in the triage list for a team leader. */
  private Long teamId;

  /** A topic of the team's catalogue, or none when the need is written out. */
  private Long topicId;

  @Size(max = 1000, message = "{opeverkko.tooLong}")
  private String need;

  @NotNull(message = "{opeverkko.required}")
  private TargetGroup targetGroup = TargetGroup.WHOLE_STAFF;

  @Size(max = 300, message = "{opeverkko.tooLong}")
  private String targetDetail;

  @NotNull(message = "{opeverkko.required}")
  @Min(value = 1, message = "{opeverkko.participants}")
  @Max(value = 500, message = "{opeverkko.participants}")
  private Integer participants;

  @NotNull(message = "{opeverkko.required}")
  @FutureOrPresent(message = "{opeverkko.notInPast}")
  @NetworkDate
  private LocalDate preferredFrom;

  @NotNull(message = "{opeverkko.required}")
  @FutureOrPresent(message = "{opeverkko.notInPast}")
  @NetworkDate
  private LocalDate preferredUntil;

  @Size(max = 300, message = "{opeverkko.tooLong}")
  private String preferredNote;

  @NotNull(message = "{opeverkko.required}")
  @Min(value = 15, message = "{opeverkko.minutes}")
  @Max(value = 480, message = "{opeverkko.minutes}")
  private Integer durationMinutes = 90;

  @NotNull(message = "{opeverkko.required}")
  private VisitMode mode = VisitMode.ON_SITE;

  @NotNull(message = "{opeverkko.required}")
  private TeachingLanguage language = TeachingLanguage.FI;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 2000, message = "{opeverkko.tooLong}")
  private String goal;

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public TargetGroup getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(TargetGroup targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getTargetDetail() {
    return targetDetail;
  }

  public void setTargetDetail(String targetDetail) {
    this.targetDetail = targetDetail;
  }

  public Integer getParticipants() {
    return participants;
  }

  public void setParticipants(Integer participants) {
    this.participants = participants;
  }

  public LocalDate getPreferredFrom() {
    return preferredFrom;
  }

  public void setPreferredFrom(LocalDate preferredFrom) {
    this.preferredFrom = preferredFrom;
  }

  public LocalDate getPreferredUntil() {
    return preferredUntil;
  }

  public void setPreferredUntil(LocalDate preferredUntil) {
    this.preferredUntil = preferredUntil;
  }

  public String getPreferredNote() {
    return preferredNote;
  }

  public void setPreferredNote(String preferredNote) {
    this.preferredNote = preferredNote;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public VisitMode getMode() {
    return mode;
  }

  public void setMode(VisitMode mode) {
    this.mode = mode;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(TeachingLanguage language) {
    this.language = language;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }
}
