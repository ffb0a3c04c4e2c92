package dev.millrace.events;

import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends lifecycle events to every configured sink. Required sinks are sent to on the caller's thread
 * and their failure propagates; fail-silent sinks go through a small bounded background queue, so a
 * slow or dead endpoint can neither fail nor block a run.
 */
public final class EventPublisher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);
  private static final int QUEUE_CAPACITY = 10_000;

  /** A sink and how much its delivery matters. */
  public record Route(EventSink sink, Delivery delivery) {}

  private final List<Route> routes;
  private final ExecutorService background =
      new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE_CAPACITY), r -> {
        Thread thread = new Thread(r, "millrace-events");
        thread.setDaemon(true);
        return thread;
      });

  public EventPublisher(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public static EventPublisher none() {
    return new EventPublisher(List.of());
  }

  public void publish(CloudEvent event) {
    for (Route route : routes) {
      if (route.delivery() == Delivery.REQUIRED) {
        sendRequired(route.sink(), event);
      } else {
        sendInBackground(route.sink(), event);
      }
    }
  }

  private static void sendRequired(EventSink sink, CloudEvent event) {
    try {
      sink.send(event);
    } catch (IOException e) {
      throw new UncheckedIOException("Required " + sink.describe() + " did not take event " + event.getId(), e);
    }
  }

  private void sendInBackground(EventSink sink, CloudEvent event) {
    try {
      background.execute(() -> {
        try {
          sink.send(event);
        } catch (IOException | RuntimeException e) {
          log.warn("Dropped event {} for {}: {}", event.getId(), sink.describe(), e.getMessage());
        }
      });
    } catch (RejectedExecutionException e) {
      log.warn("Dropped event {} for {}: {} events already waiting", event.getId(), sink.describe(), QUEUE_CAPACITY);
    }
  }

  /** Gives queued fail-silent events a few seconds to go out. */
  @Override
  public void close() {
    background.shutdown();
    try {
      background.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
