package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.store.Database;
import dev.millrace.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on the embedded database and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ArtifactMergerTest {
  @Parameter TestDatabase kind;
  /** Two full reads and a partial one. */
  private static final int BATCHES = ArtifactMerger.BATCHES_PER_READ * 3 - 1;

  @TempDir Path dir;
  private Database database;
  private JdbcPipelineStore store;
  private Path artifact;

  @BeforeEach
  void storeBatches() throws Exception {
    database = kind.open(dir);
    store = new JdbcPipelineStore(database.dataSource());
    artifact = dir.resolve("out").resolve("artifact.jsonl");
    RunFixtures.registered(store, "m", dir.resolve("in.jsonl"), artifact);
    store.savePlan("m", sink -> {
      for (int i = 0; i < BATCHES; i++) {
        sink.accept(new BatchRange(i, i, i + 1, i + 1));
      }
      return new RunPlan(BATCHES, BATCHES, "h");
    });
    for (int i = BATCHES - 1; i >= 0; i--) {
      byte[] line = ("{\"id\":\"" + i + "\"}\n").getBytes(StandardCharsets.UTF_8);
      store.saveBatch("m", i, new ProcessedBatch(1, List.of(new OutputDocument(i + 1, "" + i, line, "")), List.of()));
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void writesEveryBatchInOrderAndHeartbeatsAsItGoes() throws Exception {
    List<MergeCursor> heartbeats = new ArrayList<>();

    new ArtifactMerger(store).merge("m", BATCHES, artifact, null, heartbeats::add);

    assertThat(Files.readAllLines(artifact)).containsExactlyElementsOf(expectedLines());
    assertThat(heartbeats).extracting(MergeCursor::nextBatch)
        .containsExactly(ArtifactMerger.BATCHES_PER_READ, ArtifactMerger.BATCHES_PER_READ * 2, BATCHES);
    assertThat(AtomicFiles.partialOf(artifact)).doesNotExist();
  }

  @Test
  void resumesFromItsHeartbeatDroppingWhateverWasWrittenAfterIt() throws Exception {
    List<MergeCursor> heartbeats = new ArrayList<>();
    new ArtifactMerger(store).merge("m", BATCHES, artifact, null, heartbeats::add);
    MergeCursor afterFirstRead = heartbeats.get(0);
    byte[] full = Files.readAllBytes(artifact);
    Files.delete(artifact);
    Path partial = AtomicFiles.partialOf(artifact);
    Files.write(partial, new String(full, 0, (int) afterFirstRead.bytesWritten(), StandardCharsets.UTF_8)
        .concat("{\"id\":\"torn write").getBytes(StandardCharsets.UTF_8));

    new ArtifactMerger(store).merge("m", BATCHES, artifact, afterFirstRead, cursor -> { });

    assertThat(Files.readAllLines(artifact)).containsExactlyElementsOf(expectedLines());
  }

  @Test
  void appendsThenMergesTheRestIntoTheSameArtifactAsOneMerge() throws Exception {
    ArtifactMerger merger = new ArtifactMerger(store);
    MergeCursor first = merger.append("m", MergeCursor.START, 3, artifact, cursor -> { });
    MergeCursor second = merger.append("m", first, 7, artifact, cursor -> { });

    assertThat(artifact).doesNotExist();
    assertThat(second).isEqualTo(new MergeCursor(7, Files.size(AtomicFiles.partialOf(artifact))));
    merger.merge("m", BATCHES, artifact, second, cursor -> { });

    assertThat(Files.readAllLines(artifact)).containsExactlyElementsOf(expectedLines());
  }

  @Test
  void aRetriedAppendCutsBackWhatItsFailedAttemptWrote() throws Exception {
    ArtifactMerger merger = new ArtifactMerger(store);
    MergeCursor first = merger.append("m", MergeCursor.START, 3, artifact, cursor -> { });
    merger.append("m", first, 5, artifact, cursor -> { });

    MergeCursor retried = merger.append("m", first, 5, artifact, cursor -> { });
    merger.merge("m", BATCHES, artifact, retried, cursor -> { });

    assertThat(Files.readAllLines(artifact)).containsExactlyElementsOf(expectedLines());
  }

  @Test
  void anAppendOnAMachineWithoutThePartialArtifactRewritesItFromTheFirstBatch() throws Exception {
    ArtifactMerger merger = new ArtifactMerger(store);
    MergeCursor elsewhere = merger.append("m", MergeCursor.START, 3, artifact, cursor -> { });
    Files.delete(AtomicFiles.partialOf(artifact));

    MergeCursor here = merger.append("m", elsewhere, 6, artifact, cursor -> { });
    merger.merge("m", BATCHES, artifact, here, cursor -> { });

    assertThat(Files.readAllLines(artifact)).containsExactlyElementsOf(expectedLines());
  }

  private static List<String> expectedLines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < BATCHES; i++) {
      lines.add("{\"id\":\"" + i + "\"}");
    }
    return lines;
  }
}
