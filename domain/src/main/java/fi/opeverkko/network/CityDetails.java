package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an admin fills in to add a city to the network. */
@Published
public class CityDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The code is also the {@code city} attribute of the city's coordinators in Keycloak. */
  @NotBlank(message = "{opeverkko.required}")
  @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "{opeverkko.cityCode}")
  @Size(max = 40, message = "{opeverkko.tooLong}")
  private String code;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 100, message = "{opeverkko.tooLong}")
  private String nameFi;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 100, message = "{opeverkko.tooLong}")
  private String nameSv;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 100, message = "{opeverkko.tooLong}")
  private String nameEn;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
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

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }
}
