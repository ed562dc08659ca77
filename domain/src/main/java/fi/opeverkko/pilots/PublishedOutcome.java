package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A library item published from a project's outcome: its id in the library and its title. */
@Published
@Embeddable
public class PublishedOutcome implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "item_id")
  private long itemId;

  @Column(name = "title")
  private String title;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  protected PublishedOutcome() {}

  PublishedOutcome(long itemId, String title, LocalDateTime publishedAt) {
    this.itemId = itemId;
    this.title = title;
    this.publishedAt = publishedAt;
  }

  public long getItemId() {
    return itemId;
  }

  public String getTitle() {
    return title;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }
}
