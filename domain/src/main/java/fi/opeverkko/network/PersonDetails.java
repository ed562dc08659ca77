package fi.opeverkko.network;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a coordinator fills in about a person, in a form or a CSV row. Validated before anything is
 * written; the messages are keys of the web layer's {@code ValidationMessages} bundles.
 */
public class PersonDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 100, message = "{opeverkko.tooLong}")
  private String firstName;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 100, message = "{opeverkko.tooLong}")
  private String lastName;

  @NotBlank(message = "{opeverkko.required}")
  @Email(message = "{opeverkko.email}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String email;

  @Size(max = 40, message = "{opeverkko.tooLong}")
  @Pattern(regexp = "[+0-9 ()-]*", message = "{opeverkko.phone}")
  private String phone;

  @NotEmpty(message = "{opeverkko.chooseOne}")
  private Set<WorkLanguage> languages = EnumSet.of(WorkLanguage.FI);

  public PersonDetails() {}

  public PersonDetails(
      String firstName, String lastName, String email, String phone, Set<WorkLanguage> languages) {
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.phone = phone;
    this.languages = languages;
  }

  static PersonDetails of(Person person) {
    return new PersonDetails(
        person.getFirstName(),
        person.getLastName(),
        person.getEmail(),
        person.getPhone(),
        person.getLanguages());
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Set<WorkLanguage> getLanguages() {
    return languages;
  }

  public void setLanguages(Set<WorkLanguage> languages) {
    this.languages = languages;
  }
}
