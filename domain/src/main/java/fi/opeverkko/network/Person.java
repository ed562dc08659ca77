package fi.opeverkko.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Somebody in the network. Identity (password, login) lives in Keycloak; the login name links the
 * two when the person has a login.
 */
@Entity
@NamedQuery(name = Person.BY_LOGIN, query = "SELECT p FROM Person p WHERE p.loginName = :login")
@NamedQuery(
    name = Person.NAME_STARTS_WITH,
    query =
        "SELECT p FROM Person p WHERE LOWER(p.lastName) LIKE :prefix"
            + " OR LOWER(p.firstName) LIKE :prefix"
            + " OR LOWER(CONCAT(p.firstName, ' ', p.lastName)) LIKE :prefix"
            + " ORDER BY p.lastName, p.firstName")
public class Person {

  static final String BY_LOGIN = "Person.byLogin";
  static final String NAME_STARTS_WITH = "Person.nameStartsWith";

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

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

  @Version private long version;

  protected Person() {}

  public Person(String firstName, String lastName, String email) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
  }

  /** Links the person to their Keycloak login. */
  public void linkLogin(String loginName) {
    this.loginName = loginName;
  }

  public Long getId() {
    return id;
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
