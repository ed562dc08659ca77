package fi.opeverkko.web.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an organiser types of a course: its name and description in fi, sv and en (maps by language
 * tag), its target group, places, dates, price in euros and sessions.
 */
public class CourseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final BigDecimal CENTS = BigDecimal.valueOf(100);

  private final Map<String, String> name = new HashMap<>();
  private final Map<String, String> description = new HashMap<>();
  private TeachingLanguage language = TeachingLanguage.FI;
  private SchoolType[] schoolTypes = {};
  private SchoolRole[] roles = {};
  private Level level;
  private Long teamId;
  private String cityCode;
  private Integer capacity;
  private Integer minimum;
  private LocalDate signUpOpens;
  private LocalDate signUpCloses;
  private LocalDate decisionDate;
  private boolean approvalNeeded;
  private BigDecimal price;
  private final List<SessionForm> sessions = new ArrayList<>(List.of(new SessionForm()));
  private Long[] badgeIds = {};

  static CourseForm of(CourseDetails details) {
    CourseForm form = new CourseForm();
    put(form.name, details.name().fi(), details.name().sv(), details.name().en());
    put(
        form.description,
        details.description().fi(),
        details.description().sv(),
        details.description().en());
    form.language = details.language();
    form.schoolTypes = details.schoolTypes().toArray(SchoolType[]::new);
    form.roles = details.roles().toArray(SchoolRole[]::new);
    form.level = details.level();
    form.teamId = details.teamId();
    form.cityCode = details.cityCode();
    form.capacity = details.capacity();
    form.minimum = details.minimum();
    form.signUpOpens = details.signUpOpens();
    form.signUpCloses = details.signUpCloses();
    form.decisionDate = details.decisionDate();
    form.approvalNeeded = details.approvalNeeded();
    form.price =
        details.priceCents() == null
            ? null
            : BigDecimal.valueOf(details.priceCents()).divide(CENTS).setScale(2);
    form.sessions.clear();
    details.sessions().forEach(session -> form.sessions.add(SessionForm.of(session)));
    form.badgeIds = details.badgeIds().toArray(Long[]::new);
    return form;
  }

  private static void put(Map<String, String> texts, String fi, String sv, String en) {
    texts.put("fi", fi);
    texts.put("sv", sv);
    texts.put("en", en);
  }

  CourseDetails details() {
    return new CourseDetails(
        new LocalizedName(name.get("fi"), name.get("sv"), name.get("en")),
        new LocalizedText(description.get("fi"), description.get("sv"), description.get("en")),
        language,
        Set.of(schoolTypes),
        Set.of(roles),
        level,
        teamId,
        cityCode,
        capacity == null ? 0 : capacity,
        minimum == null ? 0 : minimum,
        signUpOpens,
        signUpCloses,
        decisionDate,
        approvalNeeded,
        price == null || price.signum() == 0
            ? null
            : price.multiply(CENTS).setScale(0, RoundingMode.HALF_UP).intValueExact(),
        sessions.stream().map(SessionForm::details).toList(),
        Set.of(badgeIds));
  }

  void addSession() {
    sessions.add(new SessionForm());
  }

  void removeSession(SessionForm session) {
    if (sessions.size() > 1) {
      sessions.remove(session);
    }
  }

  public Map<String, String> getName() {
    return name;
  }

  public Map<String, String> getDescription() {
    return description;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public void setLanguage(TeachingLanguage language) {
    this.language = language;
  }

  public SchoolType[] getSchoolTypes() {
    return schoolTypes;
  }

  public void setSchoolTypes(SchoolType[] schoolTypes) {
    this.schoolTypes = schoolTypes;
  }

  public SchoolRole[] getRoles() {
    return roles;
  }

  public void setRoles(SchoolRole[] roles) {
    this.roles = roles;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public Long getTeamId() {
    return teamId;
  }

  public void setTeamId(Long teamId) {
    this.teamId = teamId;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Integer getMinimum() {
    return minimum;
  }

  public void setMinimum(Integer minimum) {
    this.minimum = minimum;
  }

  public LocalDate getSignUpOpens() {
    return signUpOpens;
  }

  public void setSignUpOpens(LocalDate signUpOpens) {
    this.signUpOpens = signUpOpens;
  }

  public LocalDate getSignUpCloses() {
    return signUpCloses;
  }

  public void setSignUpCloses(LocalDate signUpCloses) {
    this.signUpCloses = signUpCloses;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public void setDecisionDate(LocalDate decisionDate) {
    this.decisionDate = decisionDate;
  }

  public boolean isApprovalNeeded() {
    return approvalNeeded;
  }

  public void setApprovalNeeded(boolean approvalNeeded) {
    this.approvalNeeded = approvalNeeded;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public List<SessionForm> getSessions() {
    return sessions;
  }

  public Long[] getBadgeIds() {
    return badgeIds;
  }

  public void setBadgeIds(Long[] badgeIds) {
    this.badgeIds = badgeIds;
  }
}
