package dev.millrace.bench.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** Markdown tables and PNG bar charts for the engine report. */
final class ReportFormat {
  private ReportFormat() {
  }

  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(row(header));
    out.append(row(header.stream().map(cell -> "---").toList()));
    rows.forEach(cells -> out.append(row(cells)));
    return out.toString();
  }

  static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** One bar per category in each series (series keep their insertion order). */
  static void barChart(Path png, String title, String yAxis, List<String> categories,
      Map<String, List<Double>> series) throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(1000).height(500).title(title).yAxisTitle(yAxis).build();
    chart.getStyler().setLegendVisible(true);
    series.forEach((name, values) -> chart.addSeries(name, categories, values));
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
