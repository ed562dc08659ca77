package fi.opeverkko.reporting;

import fi.opeverkko.platform.ExcelXlsx;
import fi.opeverkko.platform.Published;

/** The files of an indicator pack. */
@Published
public enum PackFormat {
  PDF("application/pdf", "pdf"),
  XLSX(ExcelXlsx.CONTENT_TYPE, "xlsx");

  private final String contentType;
  private final String extension;

  PackFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
