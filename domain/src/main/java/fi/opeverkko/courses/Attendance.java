package fi.opeverkko.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A participant was at a session, as its organiser marked it. The session is named by its start,
 * which the course keeps for a session already held when the organiser edits the others.
 */
@Entity
@Table(name = "course_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "sign_up_id")
  private SignUp signUp;

  @Id
  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "marked_by")
  private String markedBy;

  @Column(name = "marked_at")
  private LocalDateTime markedAt;

  protected Attendance() {}

  Attendance(SignUp signUp, LocalDateTime startsAt, String markedBy, LocalDateTime markedAt) {
    signUp.requireIn();
    this.signUp = signUp;
    this.startsAt = startsAt;
    this.markedBy = markedBy;
    this.markedAt = markedAt;
  }

  public SignUp getSignUp() {
    return signUp;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  /** The key of an attendance: the sign-up's id and the session's start. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long signUp;
    private LocalDateTime startsAt;

    public Key() {}

    Key(Long signUp, LocalDateTime startsAt) {
      this.signUp = signUp;
      this.startsAt = startsAt;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(signUp, key.signUp)
          && Objects.equals(startsAt, key.startsAt);
    }

    @Override
    public int hashCode() {
      return Objects.hash(signUp, startsAt);
    }
  }
}
