package fi.opeverkko.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The pack's PDF report (OpenPDF): a title page of text, then per indicator its heading, its chart
 * and its figures as a table (header repeated on every page, figures right-aligned and written as
 * the pack's language writes numbers). The standard fonts carry Finnish and Swedish letters.
 */
final class PackPdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
  private static final Font BODY = new Font(Font.HELVETICA, 10);
  private static final Font CELL = new Font(Font.HELVETICA, 8);
  private static final Font HEADER_CELL = new Font(Font.HELVETICA, 8, Font.BOLD);

  private PackPdf() {}

  static byte[] write(String title, List<String> intro, List<Indicator> indicators, Locale locale) {
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
      PdfWriter writer = PdfWriter.getInstance(document, pdf);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
      document.addTitle(title);
      document.open();
      document.add(new Paragraph(title, TITLE));
      for (String line : intro) {
        document.add(new Paragraph(line, BODY));
      }
      for (Indicator indicator : indicators) {
        Paragraph heading = new Paragraph(indicator.title(), HEADING);
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(6);
        document.add(heading);
        Image chart = Image.getInstance(PackCharts.png(indicator));
        chart.scaleToFit(document.right() - document.left(), document.top() - document.bottom());
        document.add(chart);
        document.add(table(indicator, locale));
      }
      document.close();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("the pack's PDF", e);
    }
  }

  private static PdfPTable table(Indicator indicator, Locale locale) {
    PdfPTable table = new PdfPTable(indicator.columns().size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setHeaderRows(1);
    for (String column : indicator.columns()) {
      table.addCell(new PdfPCell(new Phrase(column, HEADER_CELL)));
    }
    NumberFormat counts = NumberFormat.getIntegerInstance(locale);
    NumberFormat decimals = NumberFormat.getNumberInstance(locale);
    decimals.setMinimumFractionDigits(1);
    decimals.setMaximumFractionDigits(2);
    for (List<Object> row : indicator.rows()) {
      for (int column = 0; column < row.size(); column++) {
        Object value = row.get(column);
        String text;
        if (value == null) {
          text = "–";
        } else if (value instanceof Double figure) {
          text = decimals.format(figure);
        } else if (value instanceof Number figure) {
          text = counts.format(figure);
        } else {
          text = value.toString();
        }
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        if (column > 0) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
      }
    }
    return table;
  }
}
