package dev.millrace.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalTargetTest {
  @TempDir Path dir;

  @Test
  void defaultsToTheLocalServiceWithoutTls() {
    TemporalTarget target = TemporalTarget.fromEnvironment(Map.of("TEMPORAL_CONFIG_FILE", missing()));
    assertThat(target.address()).isEqualTo(TemporalTarget.DEFAULT_ADDRESS);
    assertThat(target.namespace()).isEqualTo(TemporalTarget.DEFAULT_NAMESPACE);
    assertThat(target.usesTls()).isFalse();
    assertThat(target.codecKeyId()).isEmpty();
  }

  @Test
  void readsATomlProfileAndLetsTheEnvironmentOverrideIt() throws Exception {
    Path toml = dir.resolve("temporal.toml");
    Files.writeString(toml, """
        [profile.prod]
        address = "prod.example.test:7233"
        namespace = "millrace-prod"
        api_key = "profile-api-key"
        """);
    TemporalTarget target = TemporalTarget.fromEnvironment(Map.of(
        "TEMPORAL_CONFIG_FILE", toml.toString(), "TEMPORAL_PROFILE", "prod", "TEMPORAL_NAMESPACE", "override"));

    assertThat(target.address()).isEqualTo("prod.example.test:7233");
    assertThat(target.namespace()).isEqualTo("override");
    assertThat(target.hasApiKey()).isTrue();
    assertThat(target.usesTls()).as("an API key implies TLS").isTrue();
    assertThat(target.with("other:7233", null).address()).isEqualTo("other:7233");
  }

  @Test
  void mutualTlsWithUnreadableCertificatesIsAConfigurationError() {
    TemporalTarget target = TemporalTarget.fromEnvironment(Map.of(
        "TEMPORAL_CONFIG_FILE", missing(),
        "TEMPORAL_ADDRESS", "127.0.0.1:1",
        "TEMPORAL_TLS_CLIENT_CERT_PATH", dir.resolve("no-client.pem").toString(),
        "TEMPORAL_TLS_CLIENT_KEY_PATH", dir.resolve("no-client.key").toString()));
    assertThat(target.usesClientCertificate()).isTrue();
    assertThatThrownBy(target::connect).isInstanceOf(ConfigurationException.class).hasMessageContaining("TEMPORAL_TLS");
  }

  @Test
  void anUnknownProfileIsAConfigurationError() throws Exception {
    Path toml = dir.resolve("temporal.toml");
    Files.writeString(toml, "[profile.default]\naddress = \"a:1\"\n");
    assertThatThrownBy(() -> TemporalTarget.fromEnvironment(
        Map.of("TEMPORAL_CONFIG_FILE", toml.toString(), "TEMPORAL_PROFILE", "nope")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("TEMPORAL_PROFILE");
  }

  private String missing() {
    return dir.resolve("absent.toml").toString();
  }
}
