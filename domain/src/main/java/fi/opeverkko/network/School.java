package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/**
 * A unit of the education division: day care unit, comprehensive, general upper secondary or
 * vocational school. Closed schools stay in the registry so that their history is kept.
 */
@Entity
@NamedQuery(
    name = School.COUNT_BY_TYPE_IN_CITY,
    query =
        "SELECT s.type, COUNT(s) FROM School s WHERE s.city = :city AND s.active = TRUE"
            + " GROUP BY s.type")
@NamedQuery(
    name = School.IN_CITY,
    query = "SELECT s FROM School s JOIN FETCH s.city WHERE s.city = :city ORDER BY s.nameFi")
@NamedQuery(
    name = School.ACTIVE_IN_CITY,
    query = "SELECT s FROM School s WHERE s.city = :city AND s.active = TRUE ORDER BY s.nameFi")
@NamedQuery(
    name = School.NAMED_IN_CITY,
    query = "SELECT s FROM School s WHERE s.city = :city AND s.nameFi = :name")
@Published
public class School implements Serializable {

  static final String COUNT_BY_TYPE_IN_CITY = "School.countByTypeInCity";
  static final String IN_CITY = "School.inCity";
  static final String ACTIVE_IN_CITY = "School.activeInCity";
  static final String NAMED_IN_CITY = "School.namedInCity";

  @Id
  @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
  private Long id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "city_id")
  private City city;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name_fi")
  private String nameFi;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name_sv")
  private String nameSv;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "school_type")
  private SchoolType type;

  @NotNull
  @Enumerated(EnumType.STRING)
  private TeachingLanguage language;

  @Size(max = 300)
  private String address;

  private boolean active = true;

  /** The area of the city the school is in: visits go to experts of the same area first. */
  @Size(max = 60)
  private String area;

  @Version private long version;

  protected School() {}

  public School(
      City city,
      String nameFi,
      String nameSv,
      SchoolType type,
      TeachingLanguage language,
      String address) {
    this.city = city;
    this.nameFi = nameFi;
    this.nameSv = nameSv;
    this.type = type;
    this.language = language;
    this.address = address;
  }

  public Long getId() {
    return id;
  }

  public City getCity() {
    return city;
  }

  School(City city, SchoolDetails details) {
    this.city = city;
    change(details);
  }

  /** Takes the details a coordinator gave (already validated). */
  void change(SchoolDetails details) {
    nameFi = details.getNameFi().strip();
    nameSv = details.getNameSv().strip();
    type = details.getType();
    language = details.getLanguage();
    address =
        details.getAddress() == null || details.getAddress().isBlank()
            ? null
            : details.getAddress().strip();
  }

  /** Places the school in an area of its city (null: not known). */
  public void placeIn(String area) {
    this.area = area;
  }

  public String getArea() {
    return area;
  }

  /** Closes or reopens the school; a closed school keeps its history but takes no new roles. */
  void setActive(boolean active) {
    this.active = active;
  }

  public long getVersion() {
    return version;
  }

  /** A city's school by its Finnish name, as CSV files name schools; null when there is none. */
  static School named(EntityManager em, City city, String nameFi) {
    return em.createNamedQuery(NAMED_IN_CITY, School.class)
        .setParameter("city", city)
        .setParameter("name", nameFi.strip())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The school's name as a reader of the given language knows it; English readers get Finnish. */
  public String name(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
  }

  public String getNameFi() {
    return nameFi;
  }

  public String getNameSv() {
    return nameSv;
  }

  public SchoolType getType() {
    return type;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public String getAddress() {
    return address;
  }

  public boolean isActive() {
    return active;
  }
}
