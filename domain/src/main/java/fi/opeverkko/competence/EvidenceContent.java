package fi.opeverkko.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an evidence file, in a table of their own so that listing an application's files
 * never reads them (EclipseLink runs unwoven here, so a lazy field would not stay lazy).
 */
@Entity
@Table(name = "evidence_file_content")
public class EvidenceContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  private byte[] content;

  protected EvidenceContent() {}

  EvidenceContent(Long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content.clone();
  }

  byte[] bytes() {
    return content.clone();
  }
}
