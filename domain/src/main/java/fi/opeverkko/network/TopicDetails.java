package fi.opeverkko.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What a team leader writes about a topic of the team's catalogue, in the three languages. */
public class TopicDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String titleFi;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String titleSv;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String titleEn;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 2000, message = "{opeverkko.tooLong}")
  private String descriptionFi;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 2000, message = "{opeverkko.tooLong}")
  private String descriptionSv;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 2000, message = "{opeverkko.tooLong}")
  private String descriptionEn;

  @NotEmpty(message = "{opeverkko.chooseOne}")
  private Set<TopicAudience> audiences = EnumSet.noneOf(TopicAudience.class);

  /** A visit on the topic typically takes this long: from a quarter of an hour to a day. */
  @NotNull(message = "{opeverkko.required}")
  @Min(value = 15, message = "{opeverkko.minutes}")
  @Max(value = 480, message = "{opeverkko.minutes}")
  private Integer typicalMinutes = 90;

  public String getTitleFi() {
    return titleFi;
  }

  public void setTitleFi(String titleFi) {
    this.titleFi = titleFi;
  }

  public String getTitleSv() {
    return titleSv;
  }

  public void setTitleSv(String titleSv) {
    this.titleSv = titleSv;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getDescriptionFi() {
    return descriptionFi;
  }

  public void setDescriptionFi(String descriptionFi) {
    this.descriptionFi = descriptionFi;
  }

  public String getDescriptionSv() {
    return descriptionSv;
  }

  public void setDescriptionSv(String descriptionSv) {
    this.descriptionSv = descriptionSv;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public Set<TopicAudience> getAudiences() {
    return audiences;
  }

  public void setAudiences(Set<TopicAudience> audiences) {
    this.audiences = audiences;
  }

  public Integer getTypicalMinutes() {
    return typicalMinutes;
  }

  public void setTypicalMinutes(Integer typicalMinutes) {
    this.typicalMinutes = typicalMinutes;
  }
}
