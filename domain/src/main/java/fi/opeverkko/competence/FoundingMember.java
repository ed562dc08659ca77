package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
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
import java.time.LocalDateTime;

/**
 * A member of the granting community named by an admin: before anybody holds every badge, somebody
 * has to grant the first ones. Everybody else belongs to the community by the badges they hold.
 */
@Entity
@Table(name = "founding_member")
public class FoundingMember {

  @Id
  @SequenceGenerator(
      name = "founding_member_seq",
      sequenceName = "founding_member_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "founding_member_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "added_at")
  private LocalDateTime addedAt;

  @Column(name = "added_by")
  private String addedBy;

  protected FoundingMember() {}

  FoundingMember(Person person, String addedBy, LocalDateTime now) {
    this.person = person;
    this.addedBy = addedBy;
    this.addedAt = now;
  }

  public Person getPerson() {
    return person;
  }

  public LocalDateTime getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }
}
