package dev.millrace.pipeline.text;

import dev.millrace.pipeline.text.entities.Entity;
import dev.millrace.pipeline.text.entities.EntityType;
import java.util.List;

/** The earliest and latest date a document mentions, as ISO-8601 ({@code 1862-06} or {@code 1862-06-30}). */
public record TemporalRange(String earliest, String latest) {
  /** The range of the DATE entities, or null when there are none. */
  public static TemporalRange of(List<Entity> entities) {
    List<String> dates = entities.stream().filter(e -> e.type() == EntityType.DATE).map(Entity::value).sorted().toList();
    return dates.isEmpty() ? null : new TemporalRange(dates.get(0), dates.get(dates.size() - 1));
  }
}
