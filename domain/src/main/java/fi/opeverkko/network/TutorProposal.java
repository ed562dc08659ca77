package fi.opeverkko.network;

import fi.opeverkko.platform.SchoolYear;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Locale;

/**
 * A teacher a principal proposes as a tutor of their school for a school year. The teacher need not
 * be in the registry yet: the city's coordinator confirms the proposal, which adds the person when
 * needed and assigns them within the network's limits, or rejects it.
 */
@Entity
@Table(name = "tutor_proposal")
@NamedQuery(
    name = TutorProposal.OF_SCHOOL,
    query =
        "SELECT p FROM TutorProposal p WHERE p.school = :school AND p.schoolYear = :year"
            + " ORDER BY p.proposedAt DESC")
@NamedQuery(
    name = TutorProposal.PENDING_IN_CITY,
    query =
        "SELECT p FROM TutorProposal p JOIN FETCH p.school s WHERE s.city = :city"
            + " AND p.status = fi.opeverkko.network.ProposalStatus.PROPOSED ORDER BY p.proposedAt")
public class TutorProposal implements Serializable {

  static final String OF_SCHOOL = "TutorProposal.ofSchool";
  static final String PENDING_IN_CITY = "TutorProposal.pendingInCity";

  @Id
  @SequenceGenerator(
      name = "tutor_proposal_seq",
      sequenceName = "tutor_proposal_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tutor_proposal_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  private String email;

  @Column(name = "proposed_by")
  private String proposedBy;

  @Column(name = "proposed_at")
  private LocalDateTime proposedAt;

  @Enumerated(EnumType.STRING)
  private ProposalStatus status = ProposalStatus.PROPOSED;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Version private long version;

  protected TutorProposal() {}

  TutorProposal(
      School school,
      SchoolYear schoolYear,
      PersonDetails teacher,
      String proposedBy,
      LocalDateTime proposedAt) {
    this.school = school;
    this.schoolYear = schoolYear;
    this.firstName = teacher.getFirstName().strip();
    this.lastName = teacher.getLastName().strip();
    this.email = teacher.getEmail().strip().toLowerCase(Locale.ROOT);
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  void decide(ProposalStatus decision, String decidedBy, LocalDateTime decidedAt) {
    if (status != ProposalStatus.PROPOSED) {
      throw new NetworkRuleException("rule.proposalDecided");
    }
    this.status = decision;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  /** The proposed teacher as the registry would keep them. */
  PersonDetails teacher() {
    return new PersonDetails(
        firstName,
        lastName,
        email,
        null,
        EnumSet.of(
            school.getLanguage() == TeachingLanguage.SV ? WorkLanguage.SV : WorkLanguage.FI));
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public LocalDateTime getProposedAt() {
    return proposedAt;
  }

  public ProposalStatus getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
