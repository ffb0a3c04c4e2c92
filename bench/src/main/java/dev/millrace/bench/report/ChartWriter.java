package dev.millrace.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * Writes benchmark figures as PNG charts with XChart, headless, so that the published results can be read
 * without running anything. Series keep the order in which they are added.
 */
public final class ChartWriter {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 480;
  /** Tilted, four contender names such as "spring batch (H2, stored chunks)" no longer overlap. */
  private static final int LABEL_ROTATION_DEGREES = 15;

  /** One named series of values, one per category (bar chart) or per x value (line chart). */
  public record Series(String name, List<Double> values) {
    public Series {
      values = List.copyOf(values);
    }
  }

  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** A grouped bar chart: one group per category, one bar per series. */
  public static Path bars(Path png, String title, String yTitle, List<String> categories, List<Series> series)
      throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("").yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setLegendVisible(series.size() > 1);
    chart.getStyler().setXAxisLabelRotation(LABEL_ROTATION_DEGREES);
    for (Series s : series) {
      requireSameLength(s, categories.size());
      chart.addSeries(s.name(), categories, s.values());
    }
    return write(chart, png);
  }

  /** A line chart of y against x for each series, e.g. time against document count. */
  public static Path lines(Path png, String title, String xTitle, String yTitle, List<Double> x, List<Series> series)
      throws IOException {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    for (Series s : series) {
      requireSameLength(s, x.size());
      chart.addSeries(s.name(), x, s.values());
    }
    return write(chart, png);
  }

  private static void requireSameLength(Series series, int expected) {
    if (series.values().size() != expected) {
      throw new IllegalArgumentException("series " + series.name() + " has " + series.values().size()
          + " values for " + expected + " points");
    }
  }

  private static Path write(Chart<?, ?> chart, Path png) throws IOException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    return png;
  }

  private ChartWriter() {}
}
