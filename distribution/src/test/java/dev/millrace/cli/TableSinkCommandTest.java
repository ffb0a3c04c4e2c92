package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.store.testing.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code millrace run --table-sink} in this JVM with a real PostgreSQL as the sink: the documents land in
 * the artifact and the table together, and a table that cannot be reached fails alone.
 */
class TableSinkCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void everyDocumentLandsOnceInTheTableBesideTheArtifact() throws Exception {
    PostgresServer postgres = PostgresServer.shared();
    String sinkUrl = postgres.newDatabaseUrl();
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), 400, 40);
    StringWriter out = new StringWriter();

    int exit = execute(out, "run", "--input", corpus.file().toString(), "--data-dir", dir.toString(),
        "--run-id", "tabled", "--batch-size", "50", "--table-sink", sinkUrl + "?user=" + postgres.user(),
        "--table-sink-table", "docs", "--json");

    assertThat(exit).isZero();
    JsonNode summary = JSON.readTree(out.toString());
    long documentsOut = summary.get("documentsOut").asLong();
    assertThat(documentsOut).isEqualTo(400 - corpus.badLines());
    assertThat(sinks(summary)).containsExactly("artifact ok null", "table ok " + documentsOut + " rows");
    assertThat(Corpus.idAndText(Files.readAllLines(Path.of(summary.get("artifact").asText()))))
        .containsExactlyElementsOf(corpus.expectedArtifactLines());
    try (Connection c = DriverManager.getConnection(sinkUrl, postgres.user(), "");
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT document_id) FROM docs WHERE run_id = 'tabled'")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(documentsOut);
      assertThat(r.getLong(2)).isEqualTo(documentsOut);
    }
  }

  @Test
  void anUnreachableTableLeavesTheArtifactCompleteAndTheRunReportsWhichSinkFailed() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), 200, 50);
    String data = dir.resolve("data").toString();
    StringWriter out = new StringWriter();

    int exit = execute(out, "run", "--input", corpus.file().toString(), "--data-dir", data, "--run-id", "table-down",
        "--batch-size", "50", "--table-sink", "jdbc:postgresql://127.0.0.1:" + deadPort + "/docs");

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("State:        COMPLETED")
        .contains("Sink:         artifact: ok")
        .contains("Sink:         table: failed: could not write table millrace_documents at jdbc:postgresql://127.0.0.1:"
            + deadPort + "/docs");
    Path artifact = Path.of(data, "artifacts", "table-down.jsonl");
    assertThat(Corpus.idAndText(Files.readAllLines(artifact))).containsExactlyElementsOf(corpus.expectedArtifactLines());

    StringWriter listed = new StringWriter();
    assertThat(execute(listed, "list", "--data-dir", data, "--json")).isZero();
    JsonNode registered = JSON.readTree(listed.toString()).get(0);
    assertThat(registered.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(sinks(registered)).hasSize(2).first().isEqualTo("artifact ok null");
    assertThat(sinks(registered).get(1)).startsWith("table failed could not write table millrace_documents");
  }

  @Test
  void aPasswordInTheTableSinkUrlIsAUsageError() throws Exception {
    Path input = Files.writeString(dir.resolve("one.jsonl"), "{\"id\":1,\"text\":\"x\"}\n");
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("run", "--input", input.toString(), "--data-dir", dir.toString(),
        "--table-sink", "jdbc:postgresql://db/docs?password=hunter2")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("MILLRACE_TABLE_SINK_PASSWORD");
    assertThat(cli.execute("run", "--input", input.toString(), "--data-dir", dir.toString(),
        "--table-sink", "jdbc:postgresql://db/docs", "--table-sink-table", "docs; DROP TABLE x")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--table-sink-table");
  }

  private static List<String> sinks(JsonNode summary) {
    List<String> sinks = new ArrayList<>();
    for (JsonNode sink : summary.get("sinks")) {
      sinks.add(sink.get("sink").asText() + " " + (sink.get("succeeded").asBoolean() ? "ok" : "failed") + " "
          + sink.get("detail").asText());
    }
    return sinks;
  }

  private static int execute(StringWriter out, String... args) {
    CommandLine cli = MillraceMain.commandLine();
    cli.setOut(new PrintWriter(out));
    return cli.execute(args);
  }
}
