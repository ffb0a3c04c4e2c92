package dev.millrace.patterns;

/**
 * WCP-10 Arbitrary Cycles: Java has no goto, so an unstructured loop becomes a small state machine,
 * a {@code switch} on the next node inside a {@code while}. Here the cycle B-C can be entered at B
 * or at C and is left from C to D once C has run twice. Caveat: every iteration adds history, so a
 * long-running cycle should continue-as-new with its state.
 */
public class ArbitraryCyclesWorkflowImpl extends AbstractPatternWorkflow implements ArbitraryCyclesWorkflow {
  private static final String END = "end";

  @Override
  public Trace run(boolean enterAtC) {
    int visitsB = 0;
    int visitsC = 0;
    String next = enterAtC ? "C" : "B";
    while (!next.equals(END)) {
      switch (next) {
        case "B" -> {
          tasks.run(Tasks.instance("B", ++visitsB), 1);
          next = "C";
        }
        case "C" -> {
          tasks.run(Tasks.instance("C", ++visitsC), 1);
          next = visitsC < 2 ? "B" : "D";
        }
        case "D" -> {
          tasks.run("D", 1);
          next = END;
        }
        default -> throw new IllegalStateException("no node " + next);
      }
    }
    return tasks.trace();
  }
}
