package fi.opeverkko.web.library;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.ItemFilter;
import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.library.LibraryService;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Tables;
import fi.opeverkko.web.i18n.LanguageSwitch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The library's search for everyone signed in: words in any title or summary and the filters, paged
 * in the database, newest first.
 */
@Named
@ViewScoped
public class ItemsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LibraryQueries queries;
  @Inject private LibraryService library;
  @Inject private LanguageSwitch language;

  private String text;
  private DevelopmentArea area;
  private PracticeKind kind;
  private Integer level;
  private SchoolType schoolType;
  private String subject;
  private String ageGroup;
  private Boolean publisher;

  private final LazyDataModel<ItemRow> items =
      new PagedModel<>(
          () -> queries.count(filter()),
          (first, size) -> queries.search(filter(), language.getLocale(), first, size),
          ItemRow::id);

  public void search() {
    Tables.firstPage(":itemsForm:items");
  }

  private ItemFilter filter() {
    return new ItemFilter(text, area, kind, level, schoolType, subject, ageGroup);
  }

  /** Whether the user may publish: the page then links the form. */
  public boolean isPublisher() {
    if (publisher == null) {
      publisher = library.mayPublish();
    }
    return publisher;
  }

  public LazyDataModel<ItemRow> getItems() {
    return items;
  }

  public DevelopmentArea[] getAreas() {
    return DevelopmentArea.values();
  }

  public PracticeKind[] getKinds() {
    return PracticeKind.values();
  }

  public List<Integer> getLevels() {
    return List.of(1, 2, 3);
  }

  public SchoolType[] getSchoolTypes() {
    return SchoolType.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public DevelopmentArea getArea() {
    return area;
  }

  public void setArea(DevelopmentArea area) {
    this.area = area;
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
}
