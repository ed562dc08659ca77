package fi.opeverkko.reporting;

import fi.opeverkko.platform.ExcelXlsx;
import java.util.List;

/** The pack's workbook: a sheet per indicator, its figures as numbers. */
final class PackWorkbook {

  private PackWorkbook() {}

  static byte[] write(List<Indicator> indicators) {
    return ExcelXlsx.write(
        indicators.stream()
            .map(
                indicator ->
                    new ExcelXlsx.Sheet(indicator.title(), indicator.columns(), indicator.rows()))
            .toList());
  }
}
