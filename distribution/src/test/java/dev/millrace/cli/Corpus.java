package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated JSONL corpus with known good and bad lines, and the id and cleaned text of each artifact line a
 * run of it must produce (see {@link #idAndText}).
 */
public record Corpus(Path file, List<String> expectedArtifactLines, int badLines) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Each artifact record reduced to its id and text, after checking it carries every field of the output
   * format; enrichment itself is tested in the activities module.
   */
  public static List<String> idAndText(List<String> artifactLines) throws IOException {
    List<String> reduced = new ArrayList<>();
    for (String line : artifactLines) {
      JsonNode record = JSON.readTree(line);
      assertThat(record.fieldNames()).toIterable().containsExactly(
          "id", "text", "language", "sentences", "entities", "temporal", "sourceSha256", "warnings");
      assertThat(record.get("sourceSha256").asText()).hasSize(64);
      ObjectNode idAndText = JSON.createObjectNode().put("id", record.get("id").asText()).put("text", record.get("text").asText());
      reduced.add(JSON.writeValueAsString(idAndText));
    }
    return reduced;
  }

  public static Corpus write(Path file, int documents, int everyNthIsBad) throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    int bad = 0;
    for (int i = 0; i < documents; i++) {
      if (i % everyNthIsBad == everyNthIsBad - 1) {
        lines.add(i % 2 == 0 ? "{\"id\": \"broken-" + i + "\", \"text\": " : "{\"text\": \"no id " + i + "\"}");
        bad++;
      } else if (i % 2 == 0) {
        lines.add("{\"id\":\"doc-" + i + "\",\"html\":\"<p>Doc&nbsp;" + i + " &amp; more</p><script>x()</script><p>End</p>\"}");
        expected.add("{\"id\":\"doc-" + i + "\",\"text\":\"Doc " + i + " & more\\n\\nEnd\"}");
      } else {
        lines.add("{\"id\":" + i + ",\"text\":\"  plain\\ttext  " + i + " \"}");
        expected.add("{\"id\":\"" + i + "\",\"text\":\"plain text " + i + "\"}");
      }
    }
    Files.write(file, lines);
    return new Corpus(file, expected, bad);
  }
}
