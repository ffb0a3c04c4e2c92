package dev.millrace.worker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.connection.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerSettingsTest {
  @TempDir Path dir;

  @Test
  void flagsBeatTheEnvironmentWhichBeatsTheConfigFileWhichBeatsDefaults() throws Exception {
    Path file = dir.resolve("millrace.properties");
    Files.writeString(file, """
        MILLRACE_TASK_QUEUE=from-file
        MILLRACE_ACTIVITY_SLOTS=3
        MILLRACE_METRICS_PORT=9001
        TEMPORAL_NAMESPACE=file-namespace
        """);
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.METRICS_PORT, "9003");
    Map<String, String> env = Map.of(
        "MILLRACE_CONFIG_FILE", file.toString(),
        "MILLRACE_ACTIVITY_SLOTS", "5",
        "MILLRACE_METRICS_PORT", "9002",
        "TEMPORAL_CONFIG_FILE", dir.resolve("absent.toml").toString());

    SettingSources sources = SettingSources.of(flags, env);
    WorkerSettings settings = WorkerSettings.load(sources, null, null);

    assertThat(settings.metricsPort()).isEqualTo(9003);
    assertThat(settings.activitySlots()).isEqualTo(5);
    assertThat(settings.taskQueue()).isEqualTo("from-file");
    assertThat(settings.temporal().namespace()).isEqualTo("file-namespace");
    assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.profile()).isEqualTo("development");
    assertThat(sources.resolve(Setting.METRICS_PORT).source()).isEqualTo(SettingSources.Source.FLAG);
    assertThat(sources.resolve(Setting.ACTIVITY_SLOTS).source()).isEqualTo(SettingSources.Source.ENVIRONMENT);
    assertThat(sources.resolve(Setting.TASK_QUEUE).source()).isEqualTo(SettingSources.Source.CONFIG_FILE);
    assertThat(sources.resolve(Setting.WORKFLOW_SLOTS).source()).isEqualTo(SettingSources.Source.DEFAULT);
  }

  @Test
  void everyProblemIsReportedInOneMessageWithTheAcceptedValues() {
    Map<String, String> env = Map.of(
        "MILLRACE_METRICS_PORT", "eighty",
        "MILLRACE_ACTIVITY_SLOTS", "0",
        "MILLRACE_PROFILE", "staging",
        "MILLRACE_LOG_FORMAT", "xml",
        "MILLRACE_DB_URL", "postgres://host/db",
        "MILLRACE_CODEC_KEYS", "k1:bm90LWEta2V5",
        "TEMPORAL_CONFIG_FILE", dir.resolve("absent.toml").toString());

    assertThatThrownBy(() -> WorkerSettings.load(SettingSources.of(Map.of(), env), null, null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("MILLRACE_METRICS_PORT (--metrics-port)=eighty: must be an integer from 0 to 65535")
        .hasMessageContaining("MILLRACE_ACTIVITY_SLOTS (--activity-slots)=0: must be an integer from 1 to 10000")
        .hasMessageContaining("MILLRACE_PROFILE (--profile)=staging: accepted values are development, production")
        .hasMessageContaining("MILLRACE_LOG_FORMAT (--log-format)=xml: accepted values are auto, json, text")
        .hasMessageContaining("MILLRACE_DB_URL (--db)=postgres://host/db: must be a JDBC URL")
        .hasMessageContaining("MILLRACE_CODEC_KEYS: key k1 is 9 bytes")
        .hasMessageNotContaining("bm90LWEta2V5");
  }

  @Test
  void anUnreadableConfigFileIsAConfigurationError() {
    assertThatThrownBy(() -> SettingSources.of(Map.of(), Map.of("MILLRACE_CONFIG_FILE", dir.resolve("no.properties").toString())))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("MILLRACE_CONFIG_FILE");
  }
}
