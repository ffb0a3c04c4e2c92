package dev.millrace.worker.config;

import dev.millrace.connection.TemporalTarget;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Pattern;

/** Prints the effective configuration, one {@code NAME=value (source)} per line, with every secret masked. */
public final class EffectiveConfig {
  public static final String MASK = "****";
  private static final Pattern URL_SECRET = Pattern.compile("(?i)(password|secret|token)=[^&;]*");
  private static final Pattern URL_USER_INFO = Pattern.compile("//([^/:@]+):[^/@]+@");

  private EffectiveConfig() {
  }

  public static void print(WorkerSettings settings, SettingSources sources, PrintWriter out) {
    for (Setting setting : Setting.values()) {
      SettingSources.Resolved resolved = sources.resolve(setting);
      out.println(setting.env() + "=" + shown(setting, resolved.value()) + "  (" + source(resolved) + ")");
    }
    TemporalTarget temporal = settings.temporal();
    out.println("TEMPORAL_ADDRESS=" + temporal.address());
    out.println("TEMPORAL_NAMESPACE=" + temporal.namespace());
    out.println("TEMPORAL_TLS=" + temporal.usesTls() + (temporal.usesClientCertificate() ? " (mutual TLS)" : ""));
    out.println("TEMPORAL_API_KEY=" + (temporal.hasApiKey() ? MASK : "(not set)"));
    out.println("payload encryption=" + temporal.codecKeyId().map(id -> "AES-GCM, key id " + id).orElse("off"));
    out.flush();
  }

  /** A value as it may be shown: secrets masked, passwords inside URLs masked. */
  public static String shown(Setting setting, String value) {
    if (value == null) {
      return "(not set)";
    }
    if (setting.secret()) {
      return MASK;
    }
    String masked = URL_USER_INFO.matcher(value).replaceAll("//$1:" + MASK + "@");
    return URL_SECRET.matcher(masked).replaceAll("$1=" + MASK);
  }

  private static String source(SettingSources.Resolved resolved) {
    return resolved.source().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
