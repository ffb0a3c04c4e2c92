package dev.millrace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A generated JSONL corpus with known good and bad lines, and the artifact a run of it must produce. */
record Corpus(Path file, List<String> expectedArtifactLines, int badLines) {
  static Corpus write(Path file, int documents, int everyNthIsBad) throws IOException {
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
