package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;

/** A built pack's file to download. */
@Published
public record PackDownload(String fileName, String contentType, byte[] content) {

  public PackDownload {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
