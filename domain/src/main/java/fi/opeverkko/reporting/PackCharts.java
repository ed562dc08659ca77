package fi.opeverkko.reporting;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * An indicator's chart drawn on the server for the PDF (JFreeChart, as PNG): the groups as
 * horizontal bars, or the terms as lines; the chart repeats figures the table under it gives.
 */
final class PackCharts {

  static final int WIDTH = 900;
  private static final int LINE_CHART_HEIGHT = 420;
  private static final int BAR_HEIGHT = 16;
  private static final int MAX_HEIGHT = 1600;

  private PackCharts() {}

  static byte[] png(Indicator indicator) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (List<Object> row : indicator.chartedRows()) {
      for (int column : indicator.charted()) {
        Object value = row.get(column);
        data.addValue(
            value == null ? null : (Number) value,
            indicator.columns().get(column),
            row.get(0).toString());
      }
    }
    JFreeChart chart =
        indicator.overTime()
            ? ChartFactory.createLineChart(
                null, null, null, data, PlotOrientation.VERTICAL, true, false, false)
            : ChartFactory.createBarChart(
                null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    int bars = indicator.chartedRows().size() * indicator.charted().size();
    int height =
        indicator.overTime()
            ? LINE_CHART_HEIGHT
            : Math.min(MAX_HEIGHT, Math.max(LINE_CHART_HEIGHT / 2, 120 + bars * BAR_HEIGHT));
    BufferedImage image = chart.createBufferedImage(WIDTH, height);
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      ChartUtils.writeBufferedImageAsPNG(png, image);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
