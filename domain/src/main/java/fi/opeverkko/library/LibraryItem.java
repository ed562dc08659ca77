package fi.opeverkko.library;

import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An item of the library of good practice: its texts in the languages the publisher wrote, what it
 * is and whom it serves, its licence, who published it from which school. Withdrawn items are kept
 * (their use and links stay) but no longer found.
 */
@Entity
@Table(name = "library_item")
public class LibraryItem {

  @Id
  @SequenceGenerator(
      name = "library_item_seq",
      sequenceName = "library_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_item_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private PracticeKind kind;

  @Enumerated(EnumType.STRING)
  private DevelopmentArea area;

  @Column(name = "competence_level")
  private Integer level;

  @Enumerated(EnumType.STRING)
  @Column(name = "school_type")
  private SchoolType schoolType;

  private String subject;

  @Column(name = "age_group")
  private String ageGroup;

  @Column(name = "title_fi")
  private String titleFi;

  @Column(name = "title_sv")
  private String titleSv;

  @Column(name = "title_en")
  private String titleEn;

  @Column(name = "summary_fi")
  private String summaryFi;

  @Column(name = "summary_sv")
  private String summarySv;

  @Column(name = "summary_en")
  private String summaryEn;

  @Column(name = "search_text")
  private String searchText;

  @Column(name = "video_url")
  private String videoUrl;

  @Enumerated(EnumType.STRING)
  private Licence licence;

  @Column(name = "author_login")
  private String authorLogin;

  @Column(name = "author_name")
  private String authorName;

  @Column(name = "author_id")
  private Long authorId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "pilot_outcome")
  private boolean pilotOutcome;

  @Column(name = "withdrawn_at")
  private LocalDateTime withdrawnAt;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Version private long version;

  protected LibraryItem() {}

  LibraryItem(Author author, School school, boolean pilotOutcome, LocalDateTime now) {
    this.authorLogin = author.login();
    this.authorName = author.name();
    this.authorId = author.personId();
    this.school = school;
    this.pilotOutcome = pilotOutcome;
    this.createdAt = now;
  }

  /** Who publishes: the login that may edit, the name shown, the registry's person if any. */
  record Author(String login, String name, Long personId) {}

  /** The item with the id; a withdrawn one only when asked for. */
  static LibraryItem existing(EntityManager em, Long id) {
    LibraryItem item = id == null ? null : em.find(LibraryItem.class, id);
    if (item == null) {
      throw new LibraryRuleException("library.noSuchItem");
    }
    return item;
  }

  /** Takes the draft, already checked ({@link DraftRules}), as the item's content. */
  void write(PracticeDraft draft, LocalDateTime now) {
    LocalizedText title = draft.title();
    LocalizedText summary = draft.summary();
    this.titleFi = ItemTexts.orNull(title.fi());
    this.titleSv = ItemTexts.orNull(title.sv());
    this.titleEn = ItemTexts.orNull(title.en());
    this.summaryFi = ItemTexts.orNull(summary.fi());
    this.summarySv = ItemTexts.orNull(summary.sv());
    this.summaryEn = ItemTexts.orNull(summary.en());
    this.kind = draft.kind();
    this.area = draft.area();
    this.level = draft.level();
    this.schoolType = draft.schoolType();
    this.subject = ItemTexts.orNull(draft.subject());
    this.ageGroup = ItemTexts.orNull(draft.ageGroup());
    this.videoUrl = ItemTexts.orNull(draft.videoUrl());
    this.licence = draft.licence();
    this.searchText = searchTextOf(titleFi, titleSv, titleEn, summaryFi, summarySv, summaryEn);
    this.updatedAt = now;
  }

  /** What the free-text search looks in: every title and summary, in lower case. */
  static String searchTextOf(String... texts) {
    return Stream.of(texts)
        .filter(text -> text != null)
        .map(text -> text.toLowerCase(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  /** Its files changed: the item counts as updated. */
  void touch(LocalDateTime now) {
    this.updatedAt = now;
  }

  void withdraw(LocalDateTime now) {
    this.withdrawnAt = now;
    this.updatedAt = now;
  }

  String title(Locale locale) {
    return ItemTexts.in(locale, titleFi, titleSv, titleEn);
  }

  String summary(Locale locale) {
    return ItemTexts.in(locale, summaryFi, summarySv, summaryEn);
  }

  PracticeDraft draft() {
    return new PracticeDraft(
        new LocalizedText(titleFi, titleSv, titleEn),
        new LocalizedText(summaryFi, summarySv, summaryEn),
        kind,
        area,
        level,
        schoolType,
        subject,
        ageGroup,
        videoUrl,
        licence);
  }

  ItemRow row(Locale locale) {
    return new ItemRow(
        id,
        title(locale),
        kind,
        area,
        level,
        schoolType,
        subject,
        ageGroup,
        authorName,
        school == null ? null : school.name(locale),
        createdAt);
  }

  public Long getId() {
    return id;
  }

  public String getAuthorLogin() {
    return authorLogin;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public School getSchool() {
    return school;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  public boolean isPilotOutcome() {
    return pilotOutcome;
  }

  public String getVideoUrl() {
    return videoUrl;
  }

  public Licence getLicence() {
    return licence;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }
}
