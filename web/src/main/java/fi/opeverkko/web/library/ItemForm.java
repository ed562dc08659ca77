package fi.opeverkko.web.library;

import fi.opeverkko.library.AttachmentUpload;
import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.LocalizedText;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a publisher types of an item: title and summary in fi, sv and en (maps by language tag; one
 * language is enough), what it is and whom it serves, the video link, the licence and the files to
 * add. The domain checks all of it; this only hands it over.
 */
public class ItemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> title = new HashMap<>();
  private final Map<String, String> summary = new HashMap<>();
  private PracticeKind kind = PracticeKind.PRACTICE;
  private DevelopmentArea area;
  private Integer level;
  private SchoolType schoolType;
  private String subject;
  private String ageGroup;
  private String videoUrl;
  private Licence licence = Licence.CC_BY;
  private transient List<Part> files;

  static ItemForm of(PracticeDraft draft) {
    ItemForm form = new ItemForm();
    put(form.title, draft.title());
    put(form.summary, draft.summary());
    form.kind = draft.kind();
    form.area = draft.area();
    form.level = draft.level();
    form.schoolType = draft.schoolType();
    form.subject = draft.subject();
    form.ageGroup = draft.ageGroup();
    form.videoUrl = draft.videoUrl();
    form.licence = draft.licence();
    return form;
  }

  private static void put(Map<String, String> texts, LocalizedText text) {
    texts.put("fi", text.fi());
    texts.put("sv", text.sv());
    texts.put("en", text.en());
  }

  PracticeDraft draft() {
    return new PracticeDraft(
        text(title),
        text(summary),
        kind,
        area,
        level,
        schoolType,
        subject,
        ageGroup,
        videoUrl,
        licence);
  }

  private static LocalizedText text(Map<String, String> texts) {
    return new LocalizedText(texts.get("fi"), texts.get("sv"), texts.get("en"));
  }

  /** The files picked, as the browser sent them; none when none was picked. */
  List<AttachmentUpload> uploads() {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(file -> file.getSize() > 0 || !isBlank(file.getSubmittedFileName()))
        .map(ItemForm::upload)
        .toList();
  }

  private static AttachmentUpload upload(Part file) {
    try (InputStream content = file.getInputStream()) {
      return new AttachmentUpload(file.getSubmittedFileName(), content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(String name) {
    return name == null || name.isBlank();
  }

  public Map<String, String> getTitle() {
    return title;
  }

  public Map<String, String> getSummary() {
    return summary;
  }

  public PracticeKind getKind() {
    return kind;
  }

  public void setKind(PracticeKind kind) {
    this.kind = kind;
  }

  public DevelopmentArea getArea() {
    return area;
  }

  public void setArea(DevelopmentArea area) {
    this.area = area;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public SchoolType getSchoolType() {
    return schoolType;
  }

  public void setSchoolType(SchoolType schoolType) {
    this.schoolType = schoolType;
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

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
