package fi.opeverkko.competence;

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

  EvidenceFile(
      BadgeApplication application, EvidenceType.Checked checked, long size, LocalDateTime now) {
    this.application = application;
    this.fileName = checked.fileName();
    this.contentType = checked.contentType();
    this.sizeBytes = size;
    this.uploadedAt = now;
  }

  /** The application's file with the id; refuses a file of another application. */
  /**
   * Keeps a file of the application: its row, then its bytes apart under the same id. The content
   * is checked first ({@link EvidenceType}), so nothing is kept of a refused file.
   */
  static EvidenceFile keep(
      EntityManager em,
      BadgeApplication application,
      String cleanName,
      byte[] content,
      LocalDateTime now) {
    EvidenceType.Checked checked = EvidenceType.of(cleanName, content);
    EvidenceFile file = new EvidenceFile(application, checked, content.length, now);
    em.persist(file);
    em.flush();
    em.persist(new EvidenceContent(file.getId(), content));
    return file;
  }

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
