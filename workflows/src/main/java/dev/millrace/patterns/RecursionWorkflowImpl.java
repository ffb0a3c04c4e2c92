package dev.millrace.patterns;

import io.temporal.workflow.Workflow;

/**
 * WCP-22 Recursion: the workflow starts a child workflow of its own type with a smaller argument
 * and appends the child's trace to its own. Caveat: each level is a separate execution, so depth
 * costs one workflow per level, not stack frames.
 */
public class RecursionWorkflowImpl extends AbstractPatternWorkflow implements RecursionWorkflow {
  @Override
  public Trace run(int depth) {
    tasks.run("A@" + depth, 1);
    if (depth > 0) {
      tasks.include(Workflow.newChildWorkflowStub(RecursionWorkflow.class).run(depth - 1));
    }
    tasks.run("B@" + depth, 1);
    return tasks.trace();
  }
}
