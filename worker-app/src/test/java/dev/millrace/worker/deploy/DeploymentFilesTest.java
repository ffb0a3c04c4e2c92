package dev.millrace.worker.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.millrace.worker.config.Setting;
import dev.millrace.worker.runtime.RuntimeHttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The container and Kubernetes files must agree with the worker's real port, paths and grace period. */
class DeploymentFilesTest {
  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void theDefaultPortIsTheOneTheServerDocuments() {
    assertThat(Setting.METRICS_PORT.defaultValue()).isEqualTo(String.valueOf(RuntimeHttpServer.DEFAULT_PORT));
  }

  @Test
  void theDeploymentProbesAndScrapesTheWorkersRealEndpoints() throws IOException {
    JsonNode template = yaml("k8s/worker-deployment.yaml").at("/spec/template");
    JsonNode container = template.at("/spec/containers/0");
    String port = String.valueOf(RuntimeHttpServer.DEFAULT_PORT);

    assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(port);
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo(RuntimeHttpServer.LIVE_PATH);
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo(RuntimeHttpServer.READY_PATH);
    assertThat(container.at("/livenessProbe/httpGet/port").asText()).isEqualTo(container.at("/ports/0/name").asText());
    assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
    assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();

    JsonNode annotations = template.at("/metadata/annotations");
    assertThat(annotations.get("prometheus.io/scrape").asText()).isEqualTo("true");
    assertThat(annotations.get("prometheus.io/port").asText()).isEqualTo(port);
    assertThat(annotations.get("prometheus.io/path").asText()).isEqualTo(RuntimeHttpServer.METRICS_PATH);
  }

  @Test
  void kubernetesWaitsLongerThanTheWorkersOwnShutdownGrace() throws IOException {
    JsonNode config = yaml("k8s/worker-configmap.yaml").get("data");
    int grace = config.get(Setting.SHUTDOWN_GRACE.env()).asInt();
    int kubernetesGrace = yaml("k8s/worker-deployment.yaml").at("/spec/template/spec/terminationGracePeriodSeconds").asInt();

    assertThat(grace).isPositive();
    assertThat(kubernetesGrace).isGreaterThan(grace);
    assertThat(config.get(Setting.METRICS_PORT.env()).asText()).isEqualTo(String.valueOf(RuntimeHttpServer.DEFAULT_PORT));
    assertThat(config.get(Setting.HTTP_HOST.env()).asText()).isEqualTo("0.0.0.0");
    assertThat(config.fieldNames()).toIterable().allSatisfy(name ->
        assertThat(name).doesNotContain("PASSWORD").doesNotContain("API_KEY").doesNotContain("CODEC_KEYS"));
  }

  @Test
  void theContainerRunsTheWorkerOnTheSamePortAndStopsItWithSigterm() throws IOException {
    String containerfile = Files.readString(DEPLOY.resolve("Containerfile"));
    assertThat(containerfile).contains("EXPOSE " + RuntimeHttpServer.DEFAULT_PORT)
        .contains(Setting.METRICS_PORT.env() + "=" + RuntimeHttpServer.DEFAULT_PORT)
        .contains("STOPSIGNAL SIGTERM")
        .containsPattern("ENTRYPOINT \\[.*\"-jar\", \"[^\"]*millrace.jar\", \"worker\"\\]");
    assertThat(Path.of("..", "distribution", "pom.xml")).content().contains("<finalName>millrace</finalName>");
  }

  private static JsonNode yaml(String file) throws IOException {
    return YAML.readTree(DEPLOY.resolve(file).toFile());
  }
}
