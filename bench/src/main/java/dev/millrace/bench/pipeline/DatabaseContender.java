package dev.millrace.bench.pipeline;

/** A contender that keeps its durable state in a SQL database. */
abstract class DatabaseContender implements Contender {
  private final String name;
  protected final DatabaseTarget database;

  DatabaseContender(String name, DatabaseTarget database) {
    this.name = name;
    this.database = database;
  }

  @Override
  public final String name() {
    return name;
  }
}
