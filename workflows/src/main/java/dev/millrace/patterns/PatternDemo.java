package dev.millrace.patterns;

/** Runs one pattern's demonstration: starts its workflow, drives it, and returns its trace. */
@FunctionalInterface
public interface PatternDemo {
  Trace run(DemoContext context);
}
