package dev.millrace.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.bench.report.ChartWriter.Series;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {
  @TempDir Path dir;

  @Test
  void writesBarAndLineChartsAsReadablePngs() throws Exception {
    Path bars = ChartWriter.bars(dir.resolve("sub/bars.png"), "t", "docs/s", List.of("a", "b"),
        List.of(new Series("s", List.of(1.0, 2.0))));
    Path lines = ChartWriter.lines(dir.resolve("lines.png"), "t", "x", "y", List.of(1.0, 10.0),
        List.of(new Series("one", List.of(3.0, 4.0)), new Series("two", List.of(5.0, 6.0))));

    for (Path png : List.of(bars, lines)) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isPositive();
    }
  }

  @Test
  void refusesSeriesThatDoNotMatchThePoints() {
    assertThatThrownBy(() -> ChartWriter.bars(dir.resolve("x.png"), "t", "y", List.of("a", "b"),
        List.of(new Series("short", List.of(1.0))))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("short");
  }
}
