package dev.millrace.bench.pipeline;

import dev.millrace.store.testing.PostgresServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The contenders of a durability-tax comparison by name, so that the benchmark's JVM and each contender's
 * own JVM build them alike. The throwaway PostgreSQL server starts only in a JVM that runs its contender.
 */
final class Lineup {
  static final String RAW_LOOP = "raw loop";
  static final String MILLRACE_H2 = "millrace (H2, embedded)";
  static final String MILLRACE_POSTGRES = "millrace (PostgreSQL)";
  /** (d): Millrace's writer logic, chunks stored in the database and merged by a second step. */
  static final String SPRING_BATCH = "spring batch (H2, stored chunks)";
  /** The lightest Spring Batch job: chunks appended straight to the artifact, nothing stored. */
  static final String SPRING_BATCH_FILE = "spring batch (H2, file writer)";

  private Lineup() {}

  static List<String> names(boolean postgres) {
    List<String> names = new ArrayList<>(List.of(RAW_LOOP, MILLRACE_H2));
    if (postgres) {
      names.add(MILLRACE_POSTGRES);
    }
    names.add(SPRING_BATCH);
    names.add(SPRING_BATCH_FILE);
    return names;
  }

  static Contender create(String name) {
    return switch (name) {
      case RAW_LOOP -> new RawLoop();
      case MILLRACE_H2 -> new MillracePipeline(name, DatabaseTarget.embedded());
      case MILLRACE_POSTGRES -> {
        PostgresServer server = PostgresServer.shared();
        yield new MillracePipeline(name, new DatabaseTarget(dir -> server.newDatabaseUrl(), server.user(), ""));
      }
      case SPRING_BATCH -> new SpringBatchJob(name, DatabaseTarget.embedded(), true);
      case SPRING_BATCH_FILE -> new SpringBatchJob(name, DatabaseTarget.embedded(), false);
      default -> throw new IllegalArgumentException("no contender named " + name);
    };
  }
}
