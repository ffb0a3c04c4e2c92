package dev.millrace.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingRepairTest {
  private final EncodingRepair repair = new EncodingRepair();

  @Test
  void undoesUtf8ReadAsWindows1252OrLatin1EvenTwice() {
    String original = "Café “quoted’ — naïve € 5";
    String once = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    String twice = new String(once.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    List<String> warnings = new ArrayList<>();

    assertThat(repair.apply(once, new ArrayList<>())).isEqualTo(original);
    assertThat(repair.apply(twice, warnings)).isEqualTo(original);
    assertThat(warnings).containsExactly("encoding: repaired mojibake (UTF-8 read as Latin-1/Windows-1252), 2 layers");
  }

  @Test
  void leavesGenuineLatin1TextAlone() {
    List<String> warnings = new ArrayList<>();

    assertThat(repair.apply("Zürich, Málaga, façade, ½ £", warnings)).isEqualTo("Zürich, Málaga, façade, ½ £");
    assertThat(warnings).isEmpty();
  }
}
