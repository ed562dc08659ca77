package fi.opeverkko.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a coordinator fills in about a school, in a form or a CSV row. Validated before anything is
 * written; the messages are keys of the web layer's {@code ValidationMessages} bundles.
 */
public class SchoolDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String nameFi;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String nameSv;

  @NotNull(message = "{opeverkko.required}")
  private SchoolType type;

  @NotNull(message = "{opeverkko.required}")
  private TeachingLanguage language;

  @Size(max = 300, message = "{opeverkko.tooLong}")
  private String address;

  public SchoolDetails() {}

  public SchoolDetails(
      String nameFi, String nameSv, SchoolType type, TeachingLanguage language, String address) {
    this.nameFi = nameFi;
    this.nameSv = nameSv;
    this.type = type;
    this.language = language;
    this.address = address;
  }

  static SchoolDetails of(School school) {
    return new SchoolDetails(
        school.getNameFi(),
        school.getNameSv(),
        school.getType(),
        school.getLanguage(),
        school.getAddress());
  }

  public String getNameFi() {
    return nameFi;
  }

  public void setNameFi(String nameFi) {
    this.nameFi = nameFi;
  }

  public String getNameSv() {
    return nameSv;
  }

  public void setNameSv(String nameSv) {
    this.nameSv = nameSv;
  }

  public SchoolType getType() {
    return type;
  }

  public void setType(SchoolType type) {
    this.type = type;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(TeachingLanguage language) {
    this.language = language;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
