package dev.millrace.cli;

import java.io.Console;

/** Whether standard output is an interactive terminal, on JDK 17 as on JDK 22+ (where console() is never null). */
public final class Terminal {
  private Terminal() {}

  public static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
