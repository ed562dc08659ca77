package fi.opeverkko.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One answer to a delivered visit's feedback form: 1–5 and a few words. */
@Entity
@Table(name = "visit_feedback")
public class VisitFeedback implements Serializable {

  @Id
  @SequenceGenerator(
      name = "visit_feedback_seq",
      sequenceName = "visit_feedback_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_feedback_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  private VisitRequest request;

  private int rating;

  private String comment;

  @Column(name = "given_by")
  private String givenBy;

  @Column(name = "given_at")
  private LocalDateTime givenAt;

  protected VisitFeedback() {}

  VisitFeedback(
      VisitRequest request, int rating, String comment, String givenBy, LocalDateTime givenAt) {
    this.request = request;
    this.rating = rating;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.givenBy = givenBy;
    this.givenAt = givenAt;
  }

  public VisitRequest getRequest() {
    return request;
  }

  public int getRating() {
    return rating;
  }

  public String getComment() {
    return comment;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public LocalDateTime getGivenAt() {
    return givenAt;
  }
}
