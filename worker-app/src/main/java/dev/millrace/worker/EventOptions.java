package dev.millrace.worker;

import dev.millrace.events.Delivery;
import dev.millrace.events.EventPublisher;
import dev.millrace.events.EventPublisher.Route;
import dev.millrace.events.JsonlEventLog;
import dev.millrace.events.WebhookSink;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the worker sends the pipeline's CloudEvents, and whether their delivery is part of the run. */
public final class EventOptions {
  @Option(names = "--events-webhook", defaultValue = "${env:MILLRACE_EVENTS_WEBHOOK}",
      description = "POST every lifecycle event (CloudEvents structured JSON) to this URL.")
  URI webhook;

  @Option(names = "--events-log", defaultValue = "${env:MILLRACE_EVENTS_LOG}",
      description = "Append every lifecycle event as a JSON line to this file.")
  Path log;

  @Option(names = "--events-delivery", defaultValue = "${env:MILLRACE_EVENTS_DELIVERY:-FAIL_SILENT}",
      description = "FAIL_SILENT (never fails or blocks a run) or REQUIRED (a failed send fails and retries"
          + " the step). Default: ${DEFAULT-VALUE}.")
  Delivery delivery;

  public EventPublisher publisher() {
    List<Route> routes = new ArrayList<>();
    if (webhook != null) {
      routes.add(new Route(WebhookSink.withDefaults(webhook), delivery));
    }
    if (log != null) {
      routes.add(new Route(new JsonlEventLog(log), delivery));
    }
    return new EventPublisher(routes);
  }
}
