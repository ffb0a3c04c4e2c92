package dev.millrace.client;

/** The run id is taken, or the run is not in a state that allows the operation. */
public class RunConflictException extends RuntimeException {
  public RunConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
