package dev.millrace.store;

/** A database operation failed; activities let it propagate so that Temporal retries them. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
