package dev.millrace.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {
  private static final String API_KEY = "api-key-that-must-not-leak";
  private static final String DB_PASSWORD = "db-password-that-must-not-leak";
  private static final String CODEC_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @TempDir Path dir;

  @Test
  void printsTheEffectiveConfigurationWithEverySecretMasked() throws Exception {
    Path file = dir.resolve("millrace.properties");
    Files.writeString(file, "TEMPORAL_API_KEY=" + API_KEY + "\nTEMPORAL_ADDRESS=temporal.example.test:7233\n"
        + "MILLRACE_CODEC_KEYS=2026-01:" + CODEC_KEY + "\nTEMPORAL_CONFIG_FILE=" + dir.resolve("absent.toml") + "\n");
    Result result = run("--config", file.toString(), "--db-password", DB_PASSWORD,
        "--db", "jdbc:postgresql://db.example.test/millrace?user=m&password=" + DB_PASSWORD, "--activity-slots", "6");

    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("MILLRACE_ACTIVITY_SLOTS=6  (flag)")
        .contains("MILLRACE_DB_PASSWORD=****  (flag)")
        .contains("MILLRACE_DB_URL=jdbc:postgresql://db.example.test/millrace?user=m&password=****")
        .contains("MILLRACE_WORKFLOW_SLOTS=200  (default)")
        .contains("TEMPORAL_ADDRESS=temporal.example.test:7233")
        .contains("TEMPORAL_TLS=true")
        .contains("TEMPORAL_API_KEY=****")
        .contains("payload encryption=AES-GCM, key id 2026-01")
        .doesNotContain(API_KEY).doesNotContain(DB_PASSWORD).doesNotContain(CODEC_KEY);
  }

  @Test
  void aPasswordInsideTheDatabaseUrlIsMasked() {
    Result result = run("--db", "jdbc:postgresql://millrace:" + DB_PASSWORD + "@db.example.test/millrace",
        "--config", "", "--address", "127.0.0.1:7233");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("MILLRACE_DB_URL=jdbc:postgresql://millrace:****@db.example.test/millrace")
        .doesNotContain(DB_PASSWORD);
  }

  @Test
  void anInvalidConfigurationExits78WithEveryProblemAndNoSecret() {
    Result result = run("--metrics-port", "99999", "--workflow-slots", "many", "--db-password", DB_PASSWORD,
        "--db", "not-jdbc");

    assertThat(result.exit()).isEqualTo(WorkerCommand.CONFIGURATION_ERROR);
    assertThat(result.err()).contains("MILLRACE_METRICS_PORT").contains("MILLRACE_WORKFLOW_SLOTS")
        .contains("MILLRACE_DB_URL").doesNotContain(DB_PASSWORD);
  }

  @Test
  void theWorkerRefusesToStartOnAnInvalidConfigurationWithExit78() {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new WorkerCommand()).setErr(new PrintWriter(err))
        .execute("--profile", "prod", "--virtual-threads", "maybe");
    assertThat(exit).isEqualTo(WorkerCommand.CONFIGURATION_ERROR);
    assertThat(err.toString()).contains("MILLRACE_PROFILE (--profile)=prod: accepted values are development, production")
        .contains("MILLRACE_VIRTUAL_THREADS (--virtual-threads)=maybe: accepted values are auto, false, true");
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new ConfigCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
