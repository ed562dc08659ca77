package fi.opeverkko.competence;

import fi.opeverkko.platform.FileRules.CheckedFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A file of evidence attached to an application: its clean name, the type its content showed, and
 * its size. The bytes are an {@link EvidenceContent} of their own, read only for a download.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

  @Id
  @SequenceGenerator(
      name = "evidence_file_seq",
      sequenceName = "evidence_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private BadgeApplication application;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "uploaded_at")
  private LocalDateTime uploadedAt;

  protected EvidenceFile() {}

  EvidenceFile(BadgeApplication application, CheckedFile checked, LocalDateTime now) {
    this.application = application;
    this.fileName = checked.fileName();
    this.contentType = checked.contentType();
    this.sizeBytes = checked.content().length;
    this.uploadedAt = now;
  }

  /**
   * Keeps a file of the application that passed the file rules ({@link
   * fi.opeverkko.platform.FileRules}): its row, then its bytes apart under the same id.
   */
  static EvidenceFile keep(
      EntityManager em, BadgeApplication application, CheckedFile checked, LocalDateTime now) {
    EvidenceFile file = new EvidenceFile(application, checked, now);
    em.persist(file);
    em.flush();
    em.persist(new EvidenceContent(file.getId(), checked.content()));
    return file;
  }

  /** The application's file with the id; refuses a file of another application. */
  static EvidenceFile existing(EntityManager em, BadgeApplication application, Long fileId) {
    EvidenceFile file = fileId == null ? null : em.find(EvidenceFile.class, fileId);
    if (file == null || !file.application.getId().equals(application.getId())) {
      throw new CompetenceRuleException("competence.noSuchFile");
    }
    return file;
  }

  public Long getId() {
    return id;
  }

  public BadgeApplication getApplication() {
    return application;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }
}
