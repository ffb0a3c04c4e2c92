package dev.millrace.patterns;

import dev.millrace.patterns.TraceEvent.Kind;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a pattern run did, in the order the workflow observed it: the position of an event is its
 * logical clock, so two tasks overlap when each started before the other ended.
 */
public record Trace(List<TraceEvent> events) {

  public Trace {
    events = List.copyOf(events);
  }

  /** Position of the first matching event, or -1 when there is none. */
  public int indexOf(TraceEvent event) {
    return events.indexOf(event);
  }

  /** Whether the first event happened before the second; false if either is missing. */
  public boolean before(TraceEvent first, TraceEvent second) {
    int a = indexOf(first);
    int b = indexOf(second);
    return a >= 0 && b >= 0 && a < b;
  }

  /** The tasks with an event of this kind, in trace order. */
  public List<String> tasks(Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).map(TraceEvent::task).toList();
  }

  /** How many times this exact event occurs. */
  public long count(TraceEvent event) {
    return events.stream().filter(event::equals).count();
  }

  /** Whether both tasks were in flight at the same moment. */
  public boolean overlap(String a, String b) {
    return indexOf(TraceEvent.started(a)) < end(b) && indexOf(TraceEvent.started(b)) < end(a);
  }

  /** Whether no two tasks were ever in flight at the same moment. */
  public boolean exclusive() {
    int inFlight = 0;
    for (TraceEvent event : events) {
      inFlight += switch (event.kind()) {
        case STARTED -> 1;
        case COMPLETED, CANCELLED -> -1;
        default -> 0;
      };
      if (inFlight > 1) {
        return false;
      }
    }
    return true;
  }

  /** One numbered line per event, for printing. */
  public String render() {
    return IntStream.range(0, events.size())
        .mapToObj(i -> String.format("%3d  %-9s %s", i + 1, events.get(i).kind(), events.get(i).task()))
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private int end(String task) {
    int completed = indexOf(TraceEvent.completed(task));
    return completed >= 0 ? completed : indexOf(TraceEvent.cancelled(task));
  }
}
