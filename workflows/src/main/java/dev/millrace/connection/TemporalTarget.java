package dev.millrace.connection;

import com.uber.m3.tally.Scope;
import io.grpc.ManagedChannel;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.envconfig.ClientConfigTLS;
import io.temporal.envconfig.LoadClientConfigProfileOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Temporal service to talk to and how, read the way Temporal's own tools read it
 * ({@code TEMPORAL_*} variables and the {@code temporal-envconfig} TOML profiles: address, namespace,
 * API key, TLS and mTLS), together with Millrace's payload codec, so that the worker and every client
 * verb connect the same way and seal payloads with the same keys.
 */
public final class TemporalTarget {
  public static final String DEFAULT_ADDRESS = "127.0.0.1:7233";
  public static final String DEFAULT_NAMESPACE = "default";

  private final ClientConfigProfile profile;
  private final Optional<CodecKeys> codecKeys;

  private TemporalTarget(ClientConfigProfile profile, Optional<CodecKeys> codecKeys) {
    this.profile = profile;
    this.codecKeys = codecKeys;
  }

  /**
   * Reads the connection from the given variables: the TOML profile ({@code TEMPORAL_CONFIG_FILE},
   * {@code TEMPORAL_PROFILE}) first, the {@code TEMPORAL_*} variables over it, and the codec keys.
   *
   * @throws ConfigurationException naming the setting when a value is unusable
   */
  public static TemporalTarget fromEnvironment(Map<String, String> env) {
    ClientConfigProfile loaded;
    try {
      loaded = ClientConfigProfile.load(LoadClientConfigProfileOptions.newBuilder().setEnvOverrides(env).build());
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigurationException("TEMPORAL_CONFIG_FILE/TEMPORAL_PROFILE: cannot load the Temporal client"
          + " profile (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      throw new ConfigurationException("TEMPORAL_CONFIG_FILE/TEMPORAL_PROFILE/TEMPORAL_TLS*: " + e.getMessage(), e);
    }
    ClientConfigProfile.Builder builder = loaded.toBuilder();
    if (loaded.getAddress() == null || loaded.getAddress().isBlank()) {
      builder.setAddress(DEFAULT_ADDRESS);
    }
    if (loaded.getNamespace() == null || loaded.getNamespace().isBlank()) {
      builder.setNamespace(DEFAULT_NAMESPACE);
    }
    return new TemporalTarget(builder.build(), CodecKeys.fromEnvironment(env));
  }

  /** A plain-text connection to a local service, e.g. the embedded test server, keeping the codec keys. */
  public static TemporalTarget local(String address, Map<String, String> env) {
    return new TemporalTarget(
        ClientConfigProfile.newBuilder().setAddress(address).setNamespace(DEFAULT_NAMESPACE).build(),
        CodecKeys.fromEnvironment(env));
  }

  /** Whether the user pointed Millrace at a Temporal service of their own. */
  public static boolean isConfigured(Map<String, String> env) {
    return env.containsKey("TEMPORAL_ADDRESS") || env.containsKey("TEMPORAL_PROFILE")
        || env.containsKey("TEMPORAL_CONFIG_FILE");
  }

  /** The same target with the address and/or namespace replaced (command-line flags win). */
  public TemporalTarget with(String address, String namespace) {
    ClientConfigProfile.Builder builder = profile.toBuilder();
    if (address != null) {
      builder.setAddress(address);
    }
    if (namespace != null) {
      builder.setNamespace(namespace);
    }
    return new TemporalTarget(builder.build(), codecKeys);
  }

  public String address() {
    return profile.getAddress();
  }

  public String namespace() {
    return profile.getNamespace();
  }

  public boolean hasApiKey() {
    return profile.getApiKey() != null && !profile.getApiKey().isEmpty();
  }

  /** Whether the connection uses TLS: asked for explicitly, or implied by certificates or an API key. */
  public boolean usesTls() {
    ClientConfigTLS tls = profile.getTls();
    if (tls != null && tls.isDisabled() != null) {
      return !tls.isDisabled();
    }
    return tls != null || hasApiKey();
  }

  /** Whether a client certificate is presented (mutual TLS). */
  public boolean usesClientCertificate() {
    ClientConfigTLS tls = profile.getTls();
    return tls != null && (tls.getClientCertPath() != null || tls.getClientCertData() != null);
  }

  /** The id of the key that seals new payloads, or empty when payloads are not encrypted. */
  public Optional<String> codecKeyId() {
    return codecKeys.map(CodecKeys::currentId);
  }

  public WorkflowServiceStubs connect() {
    return WorkflowServiceStubs.newServiceStubs(stubsOptions().build());
  }

  /** Connects and reports the SDK's own metrics to the given scope. */
  public WorkflowServiceStubs connect(Scope metricsScope) {
    return WorkflowServiceStubs.newServiceStubs(stubsOptions().setMetricsScope(metricsScope).build());
  }

  /**
   * Connects over a channel the caller owns and closes, e.g. the embedded server's in-process one,
   * instead of this target's address.
   */
  public WorkflowServiceStubs connect(ManagedChannel channel) {
    return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setChannel(channel).build());
  }

  public WorkflowClient client(WorkflowServiceStubs service) {
    return WorkflowClient.newInstance(service, WorkflowClientOptions.newBuilder(profile.toWorkflowClientOptions())
        .setDataConverter(dataConverter())
        .build());
  }

  /** The payload converter both sides use: Temporal's default, sealed by the codec when keys are set. */
  public DataConverter dataConverter() {
    return codecKeys.<DataConverter>map(keys ->
            new CodecDataConverter(DefaultDataConverter.STANDARD_INSTANCE, List.of(new AesGcmPayloadCodec(keys)), true))
        .orElse(DefaultDataConverter.STANDARD_INSTANCE);
  }

  private WorkflowServiceStubsOptions.Builder stubsOptions() {
    try {
      return WorkflowServiceStubsOptions.newBuilder(profile.toWorkflowServiceStubsOptions());
    } catch (RuntimeException e) {
      throw new ConfigurationException("TEMPORAL_TLS_*: cannot set up TLS (" + e.getMessage() + ")", e);
    }
  }
}
