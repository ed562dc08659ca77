package fi.opeverkko.network;

import fi.opeverkko.platform.EnumSetColumn;
import fi.opeverkko.platform.Languages;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A topic an expert team trains on, as its catalogue shows it to the schools that request visits. A
 * retired topic stays (visits refer to it) but is no longer offered.
 */
@Entity
@Table(name = "team_topic")
@NamedQuery(
    name = TeamTopic.OF_TEAMS,
    query =
        "SELECT t FROM TeamTopic t JOIN FETCH t.team WHERE t.team.id IN :teamIds"
            + " ORDER BY t.title.fi")
@Published
public class TeamTopic implements Serializable {

  static final String OF_TEAMS = "TeamTopic.ofTeams";

  @Id
  @SequenceGenerator(name = "team_topic_seq", sequenceName = "team_topic_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_topic_seq")
  private Long id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private ExpertTeam team;

  @Embedded
  @AttributeOverride(name = "fi", column = @Column(name = "title_fi"))
  @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private LocalizedName title;

  @Column(name = "description_fi")
  private String descriptionFi;

  @Column(name = "description_sv")
  private String descriptionSv;

  @Column(name = "description_en")
  private String descriptionEn;

  @Column(name = "target_groups")
  private String audiences;

  @Column(name = "typical_minutes")
  private int typicalMinutes;

  private boolean active = true;

  /** The team's experts who give the topic: only they are proposed for a visit on it. */
  @ManyToMany
  @JoinTable(
      name = "expert_topic",
      joinColumns = @JoinColumn(name = "topic_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> experts = new HashSet<>();

  @Version private long version;

  protected TeamTopic() {}

  public TeamTopic(ExpertTeam team, TopicDetails details) {
    this.team = team;
    change(details);
  }

  /** Takes what the team leader wrote (already validated). */
  void change(TopicDetails details) {
    title =
        new LocalizedName(
            details.getTitleFi().strip(),
            details.getTitleSv().strip(),
            details.getTitleEn().strip());
    descriptionFi = details.getDescriptionFi().strip();
    descriptionSv = details.getDescriptionSv().strip();
    descriptionEn = details.getDescriptionEn().strip();
    audiences = EnumSetColumn.join(details.getAudiences());
    typicalMinutes = details.getTypicalMinutes();
  }

  TopicDetails details() {
    TopicDetails details = new TopicDetails();
    details.setTitleFi(title.fi());
    details.setTitleSv(title.sv());
    details.setTitleEn(title.en());
    details.setDescriptionFi(descriptionFi);
    details.setDescriptionSv(descriptionSv);
    details.setDescriptionEn(descriptionEn);
    details.setAudiences(getAudiences());
    details.setTypicalMinutes(typicalMinutes);
    return details;
  }

  /** The expert gives the topic from now on. */
  public void addExpert(Person expert) {
    experts.add(expert);
  }

  /** The expert no longer gives the topic. */
  void removeExpert(Person expert) {
    experts.remove(expert);
  }

  void setActive(boolean active) {
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public ExpertTeam getTeam() {
    return team;
  }

  public String title(Locale locale) {
    return title.in(locale);
  }

  public String description(Locale locale) {
    return Languages.pick(locale, descriptionFi, descriptionSv, descriptionEn);
  }

  public Set<TopicAudience> getAudiences() {
    return EnumSetColumn.split(TopicAudience.class, audiences);
  }

  public int getTypicalMinutes() {
    return typicalMinutes;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
