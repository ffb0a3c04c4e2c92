package dev.millrace.events;

import io.cloudevents.CloudEvent;
import java.io.IOException;

/** Somewhere lifecycle events go: a webhook, a log file. */
public interface EventSink {
  void send(CloudEvent event) throws IOException;

  /** Names the sink in messages, e.g. the webhook's URL. */
  String describe();
}
