package dev.millrace.store;

/**
 * The process cannot start with the configuration it was given; the CLI prints the message and exits
 * with code 78. Lives beside the store options because every app module can see it.
 */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }
}
