package dev.millrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.millrace.client.RunNotFoundException;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.QuarantinedRecord;
import dev.millrace.store.Database;
import dev.millrace.store.DatabaseOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code millrace quarantine RUN}: every input line the run set aside, with its line number and reason, read
 * straight from the database so it works after the Temporal service is gone.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
    description = "List the input lines a run quarantined, with line number and reason.")
public final class QuarantineCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
  String runId;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;


  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<QuarantinedRecord> records;
    try (Database db = database.open()) {
      JdbcPipelineStore store = new JdbcPipelineStore(db.dataSource());
      if (store.runs().find(runId).isEmpty()) {
        throw new RunNotFoundException(runId, null);
      }
      records = store.quarantine(runId);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.writeValueAsString(asJson(records)));
    } else {
      out.println(records.size() + " quarantined line(s) in run " + runId);
      for (QuarantinedRecord record : records) {
        out.println("line " + record.lineNumber() + ": " + record.reason());
        out.println("    " + record.excerpt());
      }
    }
    out.flush();
    return ExitCodes.COMPLETED;
  }

  private ObjectNode asJson(List<QuarantinedRecord> records) {
    ObjectNode root = JSON.createObjectNode().put("runId", runId).put("count", records.size());
    ArrayNode array = root.putArray("records");
    for (QuarantinedRecord record : records) {
      array.addObject().put("line", record.lineNumber()).put("reason", record.reason()).put("excerpt", record.excerpt());
    }
    return root;
  }
}
