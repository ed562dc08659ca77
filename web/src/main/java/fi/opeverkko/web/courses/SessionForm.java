package fi.opeverkko.web.courses;

import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session as the organiser types it: a day and time to start and to end, a place or link. */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private SessionKind kind = SessionKind.CONTACT_DAY;
  private LocalDate startDay;
  private LocalTime startTime;
  private LocalDate endDay;
  private LocalTime endTime;
  private String place;
  private String link;

  static SessionForm of(SessionDetails session) {
    SessionForm form = new SessionForm();
    form.kind = session.kind();
    form.startDay = session.startsAt().toLocalDate();
    form.startTime = session.startsAt().toLocalTime();
    form.endDay = session.endsAt().toLocalDate();
    form.endTime = session.endsAt().toLocalTime();
    form.place = session.place();
    form.link = session.link();
    return form;
  }

  /** The session; a missing end day is the start day (most sessions last part of one day). */
  SessionDetails details() {
    LocalDate ends = endDay == null ? startDay : endDay;
    return new SessionDetails(kind, startDay.atTime(startTime), ends.atTime(endTime), place, link);
  }

  public SessionKind getKind() {
    return kind;
  }

  public void setKind(SessionKind kind) {
    this.kind = kind;
  }

  public LocalDate getStartDay() {
    return startDay;
  }

  public void setStartDay(LocalDate startDay) {
    this.startDay = startDay;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalDate getEndDay() {
    return endDay;
  }

  public void setEndDay(LocalDate endDay) {
    this.endDay = endDay;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }
}
