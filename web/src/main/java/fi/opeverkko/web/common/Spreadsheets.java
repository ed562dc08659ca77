package fi.opeverkko.web.common;

import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.ExcelXlsx;
import fi.opeverkko.platform.Table;
import fi.opeverkko.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * A list's two downloads beside each other: CSV for Excel and scripts, its header the columns'
 * names (what the import reads), and an XLSX workbook in the user's language, headers and values
 * (school types, statuses) both, with the table's numbers and dates as Excel's own.
 */
@RequestScoped
public class Spreadsheets {

  @Inject private Texts texts;

  /** The table as {@code <fileName>.csv}. */
  public StreamedContent csv(String fileName, Table table) {
    return Downloads.csv(fileName + ".csv", ExcelCsv.write(table));
  }

  /** The table as {@code <fileName>.xlsx}, one sheet named by the bundle's {@code titleKey}. */
  public StreamedContent xlsx(String fileName, String titleKey, Table table) {
    ExcelXlsx.Sheet sheet =
        new ExcelXlsx.Sheet(
            texts.get(titleKey),
            table.columns().stream().map(texts::column).toList(),
            table.rows().stream()
                .map(row -> row.stream().map(texts::inLanguage).toList())
                .toList());
    return Downloads.file(
        fileName + ".xlsx", ExcelXlsx.CONTENT_TYPE, ExcelXlsx.write(List.of(sheet)));
  }
}
