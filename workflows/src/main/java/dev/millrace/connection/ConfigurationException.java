package dev.millrace.connection;

/** A setting that cannot be used; the message names the setting and what it accepts (exit code 78). */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
