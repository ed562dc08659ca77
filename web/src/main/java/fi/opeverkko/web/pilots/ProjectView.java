package fi.opeverkko.web.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.pilots.BudgetLine;
import fi.opeverkko.pilots.Milestone;
import fi.opeverkko.pilots.PilotOutcomes;
import fi.opeverkko.pilots.PilotQueries;
import fi.opeverkko.pilots.PilotRuleException;
import fi.opeverkko.pilots.PilotService;
import fi.opeverkko.pilots.ProjectContents;
import fi.opeverkko.pilots.ProjectPage;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import fi.opeverkko.web.i18n.LanguageSwitch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * A school's pilot project this school year: the principal or the coordinator starts it, the
 * principal and the project's teachers write it (texts, teachers, timetable, budget) and submit it,
 * the coordinator accepts or returns it; on an accepted project its writers publish outcomes in the
 * library.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PilotQueries queries;
  @Inject private PilotService pilots;
  @Inject private PilotOutcomes outcomes;
  @Inject private Actions actions;
  @Inject private LanguageSwitch language;

  private Long schoolId;
  private ProjectPage page;
  private DevelopmentArea area;
  private ProjectContents contents = new ProjectContents();
  private String comment;
  private OutcomeForm outcome = new OutcomeForm();

  /** Opens the school of the address, else the user's own pilot school; 404 for none. */
  public void load() throws IOException {
    if (schoolId == null) {
      Optional<Long> mine = queries.mySchool();
      if (mine.isEmpty()) {
        Responses.notFound();
        return;
      }
      schoolId = mine.get();
    }
    try {
      page = queries.page(schoolId, language.getLocale());
    } catch (PilotRuleException noSuchSchool) {
      Responses.notFound();
      return;
    }
    area = page.area();
    contents = page.contents();
  }

  private void step(Runnable useCase, String doneKey) throws IOException {
    if (actions.run(useCase, doneKey)) {
      load();
    }
  }

  public void start() throws IOException {
    DevelopmentArea chosen = area;
    step(() -> pilots.start(schoolId, chosen), "pilot.started");
  }

  public void save() throws IOException {
    long seen = page.version();
    DevelopmentArea chosen = area;
    ProjectContents written = contents;
    step(() -> pilots.save(page.projectId(), seen, chosen, written), "pilot.saved");
  }

  public void submit() throws IOException {
    long seen = page.version();
    DevelopmentArea chosen = area;
    ProjectContents written = contents;
    step(() -> pilots.saveAndSubmit(page.projectId(), seen, chosen, written), "pilot.submitted");
  }

  public void accept() throws IOException {
    step(() -> pilots.accept(page.projectId()), "pilot.accepted");
  }

  public void returnToSchool() throws IOException {
    String written = comment;
    step(() -> pilots.returnToSchool(page.projectId(), written), "pilot.returned");
  }

  public void addMilestone() {
    contents.getMilestones().add(new Milestone());
  }

  public void removeMilestone(int index) {
    contents.getMilestones().remove(index);
  }

  public void addBudgetLine() {
    contents.getBudget().add(new BudgetLine());
  }

  public void removeBudgetLine(int index) {
    contents.getBudget().remove(index);
  }

  public void publish() throws IOException {
    PracticeDraft draft = outcome.draft(area, page.schoolType(), language.getLocale());
    boolean done =
        actions.call(() -> outcomes.publish(schoolId, draft, language.getLocale())).isPresent();
    if (done) {
      outcome = new OutcomeForm();
      step(() -> {}, "pilot.outcomePublished");
    }
  }

  public DevelopmentArea[] getAreas() {
    return DevelopmentArea.values();
  }

  public PracticeKind[] getKinds() {
    return PracticeKind.values();
  }

  public Licence[] getLicences() {
    return Licence.values();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public ProjectPage getPage() {
    return page;
  }

  public DevelopmentArea getArea() {
    return area;
  }

  public void setArea(DevelopmentArea area) {
    this.area = area;
  }

  public ProjectContents getContents() {
    return contents;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public OutcomeForm getOutcome() {
    return outcome;
  }

  /** What the writer fills in of an outcome: in their own language, the rest from the project. */
  public static class OutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private PracticeKind kind = PracticeKind.PRACTICE;
    private Integer level;
    private String subject;
    private String ageGroup;
    private String videoUrl;
    private Licence licence = Licence.CC_BY;

    PracticeDraft draft(DevelopmentArea area, SchoolType schoolType, Locale locale) {
      return new PracticeDraft(
          inLanguage(title, locale),
          inLanguage(summary, locale),
          kind,
          area,
          level,
          schoolType,
          subject,
          ageGroup,
          videoUrl,
          licence);
    }

    /** The text in the writer's language alone: the library shows it for the other two. */
    private static LocalizedText inLanguage(String text, Locale locale) {
      return switch (locale.getLanguage()) {
        case "sv" -> new LocalizedText(null, text, null);
        case "en" -> new LocalizedText(null, null, text);
        default -> new LocalizedText(text, null, null);
      };
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getSummary() {
      return summary;
    }

    public void setSummary(String summary) {
      this.summary = summary;
    }

    public PracticeKind getKind() {
      return kind;
    }

    public void setKind(PracticeKind kind) {
      this.kind = kind;
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }

    public String getSubject() {
      return subject;
    }

    public void setSubject(String subject) {
      this.subject = subject;
    }

    public String getAgeGroup() {
      return ageGroup;
    }

    public void setAgeGroup(String ageGroup) {
      this.ageGroup = ageGroup;
    }

    public String getVideoUrl() {
      return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
      this.videoUrl = videoUrl;
    }

    public Licence getLicence() {
      return licence;
    }

    public void setLicence(Licence licence) {
      this.licence = licence;
    }
  }
}
