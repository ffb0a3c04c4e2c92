package dev.millrace.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts each event to an HTTP endpoint in CloudEvents' structured JSON mode, retrying connection
 * failures and 5xx/429 answers with exponential backoff, each attempt bounded by a timeout.
 */
public final class WebhookSink implements EventSink {
  private static final EventFormat FORMAT = new JsonFormat();

  private final URI endpoint;
  private final HttpClient http;
  private final Duration timeout;
  private final int attempts;
  private final Duration firstBackoff;

  public WebhookSink(URI endpoint, Duration timeout, int attempts, Duration firstBackoff) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public static WebhookSink withDefaults(URI endpoint) {
    return new WebhookSink(endpoint, Duration.ofSeconds(5), 4, Duration.ofMillis(200));
  }

  @Override
  public void send(CloudEvent event) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("Content-Type", JsonFormat.CONTENT_TYPE)
        .POST(HttpRequest.BodyPublishers.ofByteArray(FORMAT.serialize(event)))
        .build();
    IOException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 == 2) {
          return;
        }
        last = new IOException(describe() + " answered HTTP " + status + " to event " + event.getId());
        if (status / 100 == 4 && status != 429) {
          throw last;
        }
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while sending event " + event.getId() + " to " + describe(), e);
      }
      if (attempt < attempts) {
        pause(firstBackoff.multipliedBy(1L << (attempt - 1)));
      }
    }
    throw last;
  }

  private static void pause(Duration backoff) throws IOException {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted during webhook backoff", e);
    }
  }

  @Override
  public String describe() {
    return "webhook " + endpoint;
  }
}
