package dev.millrace.worker.config;

import dev.millrace.connection.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where each setting's value comes from, in order of precedence: command-line flags, then the
 * environment, then the config file, then the default.
 */
public final class SettingSources {
  /** Where a value was found; {@code millrace config} prints it beside the value. */
  public enum Source { FLAG, ENVIRONMENT, CONFIG_FILE, DEFAULT }

  /** A setting's value (null when unset) and its origin. */
  public record Resolved(String value, Source source) {}

  private final Map<Setting, String> flags;
  private final Map<String, String> env;
  private final Map<String, String> file;

  private SettingSources(Map<Setting, String> flags, Map<String, String> env, Map<String, String> file) {
    this.flags = flags;
    this.env = env;
    this.file = file;
  }

  /** Reads the config file named by the flag or the environment, if any. */
  public static SettingSources of(Map<Setting, String> flags, Map<String, String> env) {
    Map<Setting, String> given = new EnumMap<>(Setting.class);
    flags.forEach((setting, value) -> {
      if (value != null) {
        given.put(setting, value);
      }
    });
    String path = given.getOrDefault(Setting.CONFIG_FILE, env.get(Setting.CONFIG_FILE.env()));
    return new SettingSources(given, Map.copyOf(env), path == null || path.isBlank() ? Map.of() : read(Path.of(path)));
  }

  public Resolved resolve(Setting setting) {
    if (flags.containsKey(setting)) {
      return new Resolved(flags.get(setting), Source.FLAG);
    }
    if (env.containsKey(setting.env())) {
      return new Resolved(env.get(setting.env()), Source.ENVIRONMENT);
    }
    if (file.containsKey(setting.env())) {
      return new Resolved(file.get(setting.env()), Source.CONFIG_FILE);
    }
    return new Resolved(setting.defaultValue(), Source.DEFAULT);
  }

  /**
   * The variables Temporal's client configuration and the payload codec read: the config file's
   * entries with the environment over them.
   */
  public Map<String, String> connectionVariables() {
    Map<String, String> merged = new HashMap<>(file);
    merged.putAll(env);
    return merged;
  }

  private static Map<String, String> read(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigurationException(Setting.CONFIG_FILE.env() + "=" + path + ": cannot read the config file ("
          + e.getMessage() + ")");
    }
    Map<String, String> values = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).strip()));
    return values;
  }
}
