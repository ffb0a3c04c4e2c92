package dev.millrace.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpringBatchJobTest {
  private static final int DOCUMENTS = 23;

  @TempDir Path dir;

  @ParameterizedTest(name = "stores chunks: {0}")
  @ValueSource(booleans = {true, false})
  void everyCleanDocumentReachesTheArtifactOnceAndTheBadLineIsCountedButNotWritten(boolean storesChunks)
      throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      lines.add("{\"id\":\"doc-" + i + "\",\"html\":\"<p>Paragraph " + i + "</p>\"}");
    }
    lines.add("not json");
    Path input = Files.write(dir.resolve("in.jsonl"), lines);
    Path work = Files.createDirectory(dir.resolve("work"));
    BenchSettings settings = new BenchSettings(lines.size(), List.of("html", "whitespace"), 5, 3, 1 << 20);

    Measurement pass = new SpringBatchJob("sb", DatabaseTarget.embedded(), storesChunks).run(input, work, settings);

    assertThat(pass.documentsIn()).isEqualTo(DOCUMENTS + 1);
    assertThat(pass.documentsOut()).isEqualTo(DOCUMENTS);
    List<String> written = Files.readAllLines(work.resolve("out.jsonl"));
    assertThat(written).hasSize(DOCUMENTS);
    for (int i = 0; i < DOCUMENTS; i++) {
      String id = "\"id\":\"doc-" + i + "\"";
      assertThat(written).filteredOn(line -> line.contains(id)).as(id).singleElement()
          .asString().contains("Paragraph " + i).doesNotContain("<p>");
    }
  }
}
