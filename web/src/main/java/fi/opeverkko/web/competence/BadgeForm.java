package fi.opeverkko.web.competence;

import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.io.Serializable;

/** What a keeper types of a badge: each text in Finnish, Swedish and English. */
public class BadgeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The badge being changed, or null for a new one. */
  private Long id;

  private Level level;
  private final ThreeLanguages area = new ThreeLanguages();
  private final ThreeLanguages name = new ThreeLanguages();
  private final ThreeLanguages criteria = new ThreeLanguages();
  private final ThreeLanguages evidence = new ThreeLanguages();

  /** One text in the three languages. */
  public static class ThreeLanguages implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fi;
    private String sv;
    private String en;

    void set(String fi, String sv, String en) {
      this.fi = fi;
      this.sv = sv;
      this.en = en;
    }

    LocalizedName name() {
      return new LocalizedName(fi, sv, en);
    }

    LocalizedText text() {
      return new LocalizedText(fi, sv, en);
    }

    public String getFi() {
      return fi;
    }

    public void setFi(String fi) {
      this.fi = fi;
    }

    public String getSv() {
      return sv;
    }

    public void setSv(String sv) {
      this.sv = sv;
    }

    public String getEn() {
      return en;
    }

    public void setEn(String en) {
      this.en = en;
    }
  }

  /** The form filled with a badge of the catalogue, to change it. */
  static BadgeForm of(BadgeRow badge) {
    BadgeForm form = new BadgeForm();
    form.id = badge.id();
    form.level = badge.level();
    form.area.set(badge.area().fi(), badge.area().sv(), badge.area().en());
    form.name.set(badge.name().fi(), badge.name().sv(), badge.name().en());
    form.criteria.set(badge.criteria().fi(), badge.criteria().sv(), badge.criteria().en());
    form.evidence.set(badge.evidence().fi(), badge.evidence().sv(), badge.evidence().en());
    return form;
  }

  BadgeDetails details() {
    return new BadgeDetails(level, area.name(), name.name(), criteria.text(), evidence.text());
  }

  public Long getId() {
    return id;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public ThreeLanguages getArea() {
    return area;
  }

  public ThreeLanguages getName() {
    return name;
  }

  public ThreeLanguages getCriteria() {
    return criteria;
  }

  public ThreeLanguages getEvidence() {
    return evidence;
  }
}
