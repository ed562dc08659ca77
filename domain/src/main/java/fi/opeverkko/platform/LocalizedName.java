package fi.opeverkko.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A name kept in the portal's three languages: Finnish, Swedish and English. */
@Embeddable
public class LocalizedName implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name_fi")
  private String fi;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name_sv")
  private String sv;

  @NotBlank
  @Size(max = 200)
  @Column(name = "name_en")
  private String en;

  protected LocalizedName() {}

  public LocalizedName(String fi, String sv, String en) {
    this.fi = fi;
    this.sv = sv;
    this.en = en;
  }

  /**
   * The name in the given locale's language; Finnish for any language the portal does not speak.
   */
  public String in(Locale locale) {
    return Languages.pick(locale, fi, sv, en);
  }

  public String fi() {
    return fi;
  }

  public String sv() {
    return sv;
  }

  public String en() {
    return en;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedName that
        && Objects.equals(fi, that.fi)
        && Objects.equals(sv, that.sv)
        && Objects.equals(en, that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fi, sv, en);
  }
}
