package dev.millrace.cli;

/** The command line names something that cannot be used, such as an input file that does not exist. */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
