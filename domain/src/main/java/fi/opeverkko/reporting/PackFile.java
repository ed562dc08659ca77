package fi.opeverkko.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A built pack's file, kept apart from its row so that listing the packs never reads bytes. */
@Entity
@Table(name = "indicator_pack_file")
@IdClass(PackFile.Key.class)
public class PackFile {

  @Id
  @Column(name = "pack_id")
  private Long packId;

  @Id private String format;

  private byte[] content;

  protected PackFile() {}

  PackFile(Long packId, PackFormat format, byte[] content) {
    this.packId = packId;
    this.format = format.name();
    this.content = content.clone();
  }

  byte[] bytes() {
    return content.clone();
  }

  /** The pack and the format, which name a file. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long packId;
    private String format;

    public Key() {}

    Key(Long packId, PackFormat format) {
      this.packId = packId;
      this.format = format.name();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(packId, key.packId)
          && Objects.equals(format, key.format);
    }

    @Override
    public int hashCode() {
      return Objects.hash(packId, format);
    }
  }
}
