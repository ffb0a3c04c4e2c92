package dev.millrace.worker.runtime;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.millrace.cli.Terminal;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Switches Logback to JSON lines when asked, or by default when nobody reads the terminal (a container,
 * a service manager): log collectors then get the MDC as fields. A terminal keeps the readable text.
 */
public final class LogFormat {
  private static final String JSON_CONFIG = "/logback-json.xml";

  private LogFormat() {
  }

  /** Whether the setting (auto, text, json) means JSON, given whether a terminal is attached. */
  public static boolean isJson(String format, boolean interactive) {
    return "json".equals(format) || ("auto".equals(format) && !interactive);
  }

  public static void apply(String format) {
    if (!isJson(format, Terminal.isInteractive())) {
      return;
    }
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    URL config = LogFormat.class.getResource(JSON_CONFIG);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    context.reset();
    try {
      configurator.doConfigure(config);
    } catch (JoranException e) {
      throw new IllegalStateException("The bundled " + JSON_CONFIG + " is invalid", e);
    }
  }
}
