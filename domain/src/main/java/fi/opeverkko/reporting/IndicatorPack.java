package fi.opeverkko.reporting;

import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The yearly indicator pack of a scope (the network or a city) in one language, and how far its
 * build in the background has come. One per school year, scope and language: asking again finds
 * this one; only a failed one is built again.
 */
@Entity
@Table(name = "indicator_pack")
public class IndicatorPack {

  /** The scope of the whole network's pack. */
  static final String NETWORK = "NETWORK";

  private static final int FAILURE_MAX = 1000;

  @Id
  @SequenceGenerator(
      name = "indicator_pack_seq",
      sequenceName = "indicator_pack_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_pack_seq")
  private Long id;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Column(name = "pack_scope")
  private String scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "pack_language")
  private PackLanguage language;

  @Enumerated(EnumType.STRING)
  @Column(name = "pack_state")
  private PackState state;

  private int progress;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private LocalDateTime requestedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  private String failure;

  @Version private long version;

  protected IndicatorPack() {}

  IndicatorPack(
      SchoolYear schoolYear,
      String cityCode,
      PackLanguage language,
      String requestedBy,
      LocalDateTime at) {
    this.schoolYear = schoolYear;
    this.scope = scopeOf(cityCode);
    this.language = language;
    queue(requestedBy, at);
  }

  static String scopeOf(String cityCode) {
    return cityCode == null ? NETWORK : cityCode;
  }

  /** Asked for (again, after a failure): the builder takes it from the start. */
  void queue(String requestedBy, LocalDateTime at) {
    this.requestedBy = requestedBy;
    this.requestedAt = at;
    this.state = PackState.QUEUED;
    this.progress = 0;
    this.finishedAt = null;
    this.failure = null;
  }

  /**
   * The build's progress; none once the pack is no longer being built (failed as lost while its
   * build hung), so that a build that wakes up again changes nothing.
   */
  void advance(int percent) {
    if (state == PackState.BUILDING) {
      progress = Math.max(0, Math.min(99, percent));
    }
  }

  /** Whether the build's files are still wanted: the pack is still being built. */
  boolean building() {
    return state == PackState.BUILDING;
  }

  void finish(LocalDateTime at) {
    state = PackState.READY;
    progress = 100;
    finishedAt = at;
  }

  /** Fails a pack under way; a pack already failed keeps its first reason. */
  void fail(String reason, LocalDateTime at) {
    if (!state.underWay()) {
      return;
    }
    state = PackState.FAILED;
    finishedAt = at;
    failure = reason.length() > FAILURE_MAX ? reason.substring(0, FAILURE_MAX) : reason;
  }

  PackRow row() {
    return new PackRow(
        id,
        schoolYear,
        cityCode(),
        language,
        state,
        progress,
        requestedBy,
        requestedAt,
        finishedAt,
        failure);
  }

  /** The city of the pack, or null for the network's. */
  String cityCode() {
    return NETWORK.equals(scope) ? null : scope;
  }

  Long getId() {
    return id;
  }

  SchoolYear getSchoolYear() {
    return schoolYear;
  }

  PackLanguage getLanguage() {
    return language;
  }

  PackState getState() {
    return state;
  }
}
