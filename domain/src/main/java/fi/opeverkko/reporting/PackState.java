package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;

/** Where an indicator pack's build stands. */
@Published
public enum PackState {
  /** Asked for, waiting for the background builder to take it. */
  QUEUED,
  BUILDING,
  /** Built: its PDF and XLSX can be downloaded. */
  READY,
  /** The build failed; the reason is kept, and a new request builds it again. */
  FAILED;

  /** Whether the pack is asked for or being built, so that the page keeps asking how far it is. */
  public boolean underWay() {
    return this == QUEUED || this == BUILDING;
  }
}
