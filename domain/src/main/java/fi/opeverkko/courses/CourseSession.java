package fi.opeverkko.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One session of a course; written only by its course, which checks the rules. */
@Entity
@Table(name = "course_session")
public class CourseSession {

  @Id
  @SequenceGenerator(
      name = "course_session_seq",
      sequenceName = "course_session_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "course_id")
  private Course course;

  @Enumerated(EnumType.STRING)
  private SessionKind kind;

  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  private String place;

  private String link;

  protected CourseSession() {}

  CourseSession(Course course, SessionDetails details) {
    this.course = course;
    this.kind = details.kind();
    this.startsAt = details.startsAt();
    this.endsAt = details.endsAt();
    this.place = details.place();
    this.link = details.link();
  }

  SessionDetails details() {
    return new SessionDetails(kind, startsAt, endsAt, place, link);
  }

  public Long getId() {
    return id;
  }

  public SessionKind getKind() {
    return kind;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public String getLink() {
    return link;
  }
}
