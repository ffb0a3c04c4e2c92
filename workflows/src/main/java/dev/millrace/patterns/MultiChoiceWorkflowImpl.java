package dev.millrace.patterns;

import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * WCP-6 Multi-Choice starts each branch whose condition holds on its own thread; WCP-7 Structured
 * Synchronizing Merge is {@code Promise.allOf} over exactly the promises that were started, which
 * the code knows locally, so no reachability analysis is needed in a structured block.
 */
public class MultiChoiceWorkflowImpl extends AbstractPatternWorkflow implements MultiChoiceWorkflow {
  @Override
  public Trace run(int amount) {
    tasks.run("A", 1);
    List<Promise<String>> chosen = new ArrayList<>();
    if (amount > 0) {
      chosen.add(tasks.start("B", 3));
    }
    if (amount > 100) {
      chosen.add(tasks.start("C", 2));
    }
    if (amount > 1000) {
      chosen.add(tasks.start("D", 1));
    }
    Promise.allOf(chosen).get();
    tasks.run("E", 1);
    return tasks.trace();
  }
}
