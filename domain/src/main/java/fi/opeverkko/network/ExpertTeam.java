package fi.opeverkko.network;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Locale;

/** One of the city-wide expert teams that train school staff on request. */
@Entity
@Table(name = "expert_team")
@NamedQuery(
    name = ExpertTeam.ALL,
    query = "SELECT t FROM ExpertTeam t LEFT JOIN FETCH t.leader ORDER BY t.code")
@NamedQuery(name = ExpertTeam.LED_BY, query = "SELECT t FROM ExpertTeam t WHERE t.leader = :person")
@Published
public class ExpertTeam implements Serializable {

  static final String ALL = "ExpertTeam.all";
  static final String LED_BY = "ExpertTeam.ledBy";

  @Id
  @SequenceGenerator(
      name = "expert_team_seq",
      sequenceName = "expert_team_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_team_seq")
  private Long id;

  @NotNull
  @Pattern(regexp = "[A-Z][A-Z_]{1,39}")
  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Valid @NotNull @Embedded private LocalizedName name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "leader_id")
  private Person leader;

  @Version private long version;

  protected ExpertTeam() {}

  public ExpertTeam(String code, LocalizedName name, Person leader) {
    this.code = code;
    this.name = name;
    this.leader = leader;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String name(Locale locale) {
    return name.in(locale);
  }

  public Person getLeader() {
    return leader;
  }
}
