package dev.millrace.events;

import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends lifecycle events to every configured sink. Required sinks are sent to on the caller's thread
 * and their failure propagates; each fail-silent sink has its own bounded background queue, so a slow or
 * dead endpoint can neither fail nor block a run, nor delay the other sinks.
 */
public final class EventPublisher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);
  private static final int QUEUE_CAPACITY = 10_000;

  /** A sink and how much its delivery matters. */
  public record Route(EventSink sink, Delivery delivery) {}

  private final List<Route> routes;
  private final Map<Route, ExecutorService> queues = new IdentityHashMap<>();

  public EventPublisher(List<Route> routes) {
    this.routes = List.copyOf(routes);
    for (Route route : this.routes) {
      if (route.delivery() == Delivery.FAIL_SILENT) {
        queues.put(route, newQueue());
      }
    }
  }

  private static ExecutorService newQueue() {
    return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE_CAPACITY), r -> {
      Thread thread = new Thread(r, "millrace-events");
      thread.setDaemon(true);
      return thread;
    });
  }

  public static EventPublisher none() {
    return new EventPublisher(List.of());
  }

  public void publish(CloudEvent event) {
    for (Route route : routes) {
      if (route.delivery() == Delivery.REQUIRED) {
        sendRequired(route.sink(), event);
      } else {
        sendInBackground(queues.get(route), route.sink(), event);
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

  private static void sendInBackground(ExecutorService queue, EventSink sink, CloudEvent event) {
    try {
      queue.execute(() -> {
        try {
          sink.send(event);
        } catch (IOException | RuntimeException e) {
          log.warn("Dropped event {} for {}: {}", event.getId(), sink.describe(), e.toString());
        }
      });
    } catch (RejectedExecutionException e) {
      log.warn("Dropped event {} for {}: {} events already waiting", event.getId(), sink.describe(), QUEUE_CAPACITY);
    }
  }

  /** Gives queued fail-silent events a few seconds to go out. */
  @Override
  public void close() {
    queues.values().forEach(ExecutorService::shutdown);
    try {
      for (ExecutorService queue : queues.values()) {
        queue.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
