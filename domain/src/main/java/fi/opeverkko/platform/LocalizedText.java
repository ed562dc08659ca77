package fi.opeverkko.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A longer text kept in the portal's three languages (a badge's criteria): like {@link
 * LocalizedName}, up to {@value #MAX_LENGTH} characters each. Its columns are named by the entity
 * that embeds it ({@code @AttributeOverride}).
 */
@Embeddable
public class LocalizedText implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_LENGTH = 4000;

  @NotBlank
  @Size(max = MAX_LENGTH)
  @Column(name = "text_fi")
  private String fi;

  @NotBlank
  @Size(max = MAX_LENGTH)
  @Column(name = "text_sv")
  private String sv;

  @NotBlank
  @Size(max = MAX_LENGTH)
  @Column(name = "text_en")
  private String en;

  protected LocalizedText() {}

  public LocalizedText(String fi, String sv, String en) {
    this.fi = fi;
    this.sv = sv;
    this.en = en;
  }

  /**
   * The text in the given locale's language; Finnish for any language the portal does not speak.
   */
  public String in(Locale locale) {
    return Languages.pick(locale, fi, sv, en);
  }

  /** The same text with the blanks around each language's text taken away. */
  public LocalizedText stripped() {
    return new LocalizedText(strip(fi), strip(sv), strip(en));
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
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
    return other instanceof LocalizedText that
        && Objects.equals(fi, that.fi)
        && Objects.equals(sv, that.sv)
        && Objects.equals(en, that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fi, sv, en);
  }
}
