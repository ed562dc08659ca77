package fi.opeverkko.visits;

import fi.opeverkko.network.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
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
import java.util.List;

/** An expert's time reserved for a scheduled visit. */
@Entity
@Table(name = "expert_booking")
public class ExpertBooking implements Serializable {

  @Id
  @SequenceGenerator(
      name = "expert_booking_seq",
      sequenceName = "expert_booking_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_booking_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id")
  private VisitRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "expert_id")
  private Person expert;

  /**
   * The expert's id as the row holds it, read-only: a query that sums bookings by expert groups by
   * it without joining every booking to its person (as {@code b.expert.id} does in a select).
   */
  @Column(name = "expert_id", insertable = false, updatable = false)
  private Long expertId;

  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  protected ExpertBooking() {}

  /** The visit's bookings with their experts, in one query. */
  static List<ExpertBooking> withExperts(EntityManager em, VisitRequest request) {
    return em.createQuery(
            "SELECT b FROM ExpertBooking b JOIN FETCH b.expert WHERE b.request = :r",
            ExpertBooking.class)
        .setParameter("r", request)
        .getResultList();
  }

  ExpertBooking(VisitRequest request, Person expert) {
    this.request = request;
    this.expert = expert;
    this.expertId = expert.getId();
    this.startsAt = request.getStartsAt();
    this.endsAt = request.getEndsAt();
  }

  public double hours() {
    return time().hours();
  }

  TimeSlot time() {
    return new TimeSlot(startsAt, endsAt);
  }

  public VisitRequest getRequest() {
    return request;
  }

  public Person getExpert() {
    return expert;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }
}
