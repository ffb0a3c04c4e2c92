package dev.millrace.client;

/**
 * A run was registered but Temporal would not start its workflow, even after retries; the run stays registered
 * so that {@code --resume} can start it once the service answers again.
 */
public class RunStartException extends RuntimeException {
  public RunStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
