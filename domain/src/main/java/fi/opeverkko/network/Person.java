package fi.opeverkko.network;

import fi.opeverkko.platform.EnumSetColumn;
import fi.opeverkko.platform.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * Somebody in the network. Identity (password, login) lives in Keycloak; the login name links the
 * two when the person has a login.
 */
@Entity
@NamedQuery(name = Person.BY_LOGIN, query = "SELECT p FROM Person p WHERE p.loginName = :login")
@NamedQuery(name = Person.BY_EMAIL, query = "SELECT p FROM Person p WHERE p.email = :email")
@NamedQuery(
    name = Person.IN_CITY,
    query = "SELECT p FROM Person p WHERE p.city = :city ORDER BY p.lastName, p.firstName")
@NamedQuery(
    name = Person.NAME_STARTS_WITH,
    query =
        "SELECT p FROM Person p WHERE LOWER(p.lastName) LIKE :prefix"
            + " OR LOWER(p.firstName) LIKE :prefix"
            + " OR LOWER(CONCAT(p.firstName, ' ', p.lastName)) LIKE :prefix"
            + " ORDER BY p.lastName, p.firstName")
@Published
public class Person implements Serializable {

  static final String BY_LOGIN = "Person.byLogin";
  static final String BY_EMAIL = "Person.byEmail";
  static final String IN_CITY = "Person.inCity";
  static final String NAME_STARTS_WITH = "Person.nameStartsWith";

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "city_id")
  private City city;

  @NotBlank
  @Size(max = 100)
  @Column(name = "first_name")
  private String firstName;

  @NotBlank
  @Size(max = 100)
  @Column(name = "last_name")
  private String lastName;

  @Email
  @Size(max = 200)
  private String email;

  @Size(max = 40)
  private String phone;

  @Size(max = 100)
  @Column(name = "login_name", unique = true)
  private String loginName;

  @Size(max = 20)
  private String languages = WorkLanguage.FI.name();

  /** The area of the city an expert works from: visits there are proposed to them first. */
  @Size(max = 60)
  private String area;

  @Version private long version;

  protected Person() {}

  public Person(City city, String firstName, String lastName, String email) {
    this.city = city;
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
  }

  public Person(City city, PersonDetails details) {
    this.city = city;
    change(details);
  }

  /** The person with the email, as CSV files and proposals name people; null when none. */
  static Person withEmail(EntityManager em, String email) {
    return em.createNamedQuery(BY_EMAIL, Person.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Takes the details a coordinator gave (already validated). */
  void change(PersonDetails details) {
    firstName = details.getFirstName().strip();
    lastName = details.getLastName().strip();
    email = details.getEmail().strip().toLowerCase(Locale.ROOT);
    phone = details.getPhone() == null || details.getPhone().isBlank() ? null : details.getPhone();
    languages = EnumSetColumn.join(details.getLanguages());
  }

  /** Links the person to their Keycloak login. */
  /** Places the person in an area of their city (null: not known). */
  public void placeIn(String area) {
    this.area = area;
  }

  public String getArea() {
    return area;
  }

  public void linkLogin(String loginName) {
    this.loginName = loginName;
  }

  public Long getId() {
    return id;
  }

  public City getCity() {
    return city;
  }

  public Set<WorkLanguage> getLanguages() {
    return EnumSetColumn.split(WorkLanguage.class, languages);
  }

  public long getVersion() {
    return version;
  }

  /** Swedish to those who work in Swedish only, English to those who work in English only. */
  public Locale preferredLocale() {
    Set<WorkLanguage> spoken = getLanguages();
    if (spoken.contains(WorkLanguage.FI) || spoken.isEmpty()) {
      return Locale.forLanguageTag("fi");
    }
    return spoken.contains(WorkLanguage.SV) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getFullName() {
    return firstName + " " + lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getLoginName() {
    return loginName;
  }

  /** Identifies the person in pickers (their converter compares these strings). */
  @Override
  public String toString() {
    return "Person[" + id + "]";
  }
}
