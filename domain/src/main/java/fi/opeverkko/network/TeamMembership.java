package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An expert teacher's membership of a team for a school year, with the weekly hours reserved for
 * team work: their teaching is reduced by that much.
 */
@Entity
@Table(name = "team_membership")
@NamedQuery(
    name = TeamMembership.OF_PERSON_IN_YEAR,
    query =
        "SELECT m FROM TeamMembership m JOIN FETCH m.team"
            + " WHERE m.person = :person AND m.schoolYear = :year")
@NamedQuery(
    name = TeamMembership.OF_TEAMS_IN_YEAR,
    query =
        "SELECT m FROM TeamMembership m JOIN FETCH m.person p JOIN FETCH m.team t"
            + " WHERE t.id IN :teamIds AND m.schoolYear = :year ORDER BY p.lastName, p.firstName")
@NamedQuery(
    name = TeamMembership.OF_TEAM_IN_YEAR,
    query =
        "SELECT m FROM TeamMembership m JOIN FETCH m.person p"
            + " WHERE m.team.id = :team AND m.schoolYear = :year ORDER BY p.lastName, p.firstName",
    // The team and its leader in the same statement: without weaving both are read eagerly.
    hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "m.team.leader"))
@Published
public class TeamMembership implements Serializable {

  static final String OF_PERSON_IN_YEAR = "TeamMembership.ofPersonInYear";
  static final String OF_TEAMS_IN_YEAR = "TeamMembership.ofTeamsInYear";
  static final String OF_TEAM_IN_YEAR = "TeamMembership.ofTeamInYear";

  @Id
  @SequenceGenerator(
      name = "team_membership_seq",
      sequenceName = "team_membership_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_membership_seq")
  private Long id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private ExpertTeam team;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @NotNull
  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @NotNull
  @DecimalMin(value = "0.5")
  @DecimalMax(value = "40.0")
  @Column(name = "weekly_hours", precision = 4, scale = 1)
  private BigDecimal weeklyHours;

  protected TeamMembership() {}

  public TeamMembership(
      ExpertTeam team, Person person, SchoolYear schoolYear, BigDecimal weeklyHours) {
    this.team = team;
    this.person = person;
    this.schoolYear = schoolYear;
    this.weeklyHours = weeklyHours;
  }

  void changeHours(BigDecimal weeklyHours) {
    this.weeklyHours = weeklyHours;
  }

  public Long getId() {
    return id;
  }

  public ExpertTeam getTeam() {
    return team;
  }

  public Person getPerson() {
    return person;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public BigDecimal getWeeklyHours() {
    return weeklyHours;
  }
}
