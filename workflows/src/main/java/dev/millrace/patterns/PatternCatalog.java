package dev.millrace.patterns;

import static dev.millrace.patterns.PatternEntry.of;
import static dev.millrace.patterns.Rating.DIRECT;
import static dev.millrace.patterns.Rating.PARTIAL;

import io.temporal.worker.Worker;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The 43 control-flow patterns of Russell, ter Hofstede, van der Aalst and Mulyar (2006), each
 * with how directly this SDK supports it and the demonstration that shows it, so that a developer
 * can look up how to write a construct and watch it run.
 *
 * <p>To run the patterns, a worker on {@link #TASK_QUEUE} needs {@link #register(Worker,
 * PatternActivities)} (with a {@link TracingPatternActivities}); then {@link PatternRunner#run}
 * runs one pattern and returns its trace.
 */
public final class PatternCatalog {
  /** The task queue the pattern workflows are meant to run on. */
  public static final String TASK_QUEUE = "millrace-patterns";

  private static final List<Class<?>> WORKFLOW_IMPLEMENTATIONS =
      List.of(
          SequenceWorkflowImpl.class,
          ParallelSplitWorkflowImpl.class,
          ExclusiveChoiceWorkflowImpl.class,
          MultiChoiceWorkflowImpl.class,
          MultiMergeWorkflowImpl.class,
          StructuredPartialJoinWorkflowImpl.class,
          ArbitraryCyclesWorkflowImpl.class,
          ImplicitTerminationWorkflowImpl.class,
          UnsynchronizedInstancesWorkflowImpl.class,
          InstanceWorkflowImpl.class,
          DesignTimeInstancesWorkflowImpl.class,
          RunTimeInstancesWorkflowImpl.class,
          DynamicInstancesWorkflowImpl.class,
          DeferredChoiceWorkflowImpl.class,
          InterleavedParallelRoutingWorkflowImpl.class,
          MilestoneWorkflowImpl.class,
          CancelTaskWorkflowImpl.class,
          CancelCaseWorkflowImpl.class,
          StructuredLoopWorkflowImpl.class,
          RecursionWorkflowImpl.class,
          TransientTriggerWorkflowImpl.class,
          PersistentTriggerWorkflowImpl.class,
          CancelRegionWorkflowImpl.class,
          CancelInstancesWorkflowImpl.class,
          CompleteInstancesWorkflowImpl.class,
          BlockingPartialJoinWorkflowImpl.class,
          CancellingPartialJoinWorkflowImpl.class,
          GeneralisedAndJoinWorkflowImpl.class,
          StaticPartialJoinInstancesWorkflowImpl.class,
          CancellingPartialJoinInstancesWorkflowImpl.class,
          DynamicPartialJoinInstancesWorkflowImpl.class,
          LocalSynchronizingMergeWorkflowImpl.class,
          CriticalSectionWorkflowImpl.class,
          InterleavedRoutingWorkflowImpl.class,
          ExplicitTerminationWorkflowImpl.class);

  private static final List<PatternEntry> ENTRIES =
      List.of(
          of(1, "Sequence", DIRECT, "sequential blocking calls",
              c -> c.newWorkflow(SequenceWorkflow.class).run()),
          of(2, "Parallel Split", DIRECT, "Async.function per branch",
              c -> c.newWorkflow(ParallelSplitWorkflow.class).run()),
          of(3, "Synchronization", DIRECT, "Promise.allOf",
              c -> c.newWorkflow(ParallelSplitWorkflow.class).run()),
          of(4, "Exclusive Choice", DIRECT, "if/else on workflow data",
              c -> c.newWorkflow(ExclusiveChoiceWorkflow.class).run(150)),
          of(5, "Simple Merge", DIRECT, "the code after the if/else",
              c -> c.newWorkflow(ExclusiveChoiceWorkflow.class).run(50)),
          of(6, "Multi-Choice", DIRECT, "conditional Async.function",
              c -> c.newWorkflow(MultiChoiceWorkflow.class).run(500)),
          of(7, "Structured Synchronizing Merge", DIRECT, "Promise.allOf over the started promises",
              c -> c.newWorkflow(MultiChoiceWorkflow.class).run(500)),
          of(8, "Multi-Merge", DIRECT, "successor on each branch's own thread",
              c -> c.newWorkflow(MultiMergeWorkflow.class).run()),
          of(9, "Structured Discriminator", DIRECT, "PartialJoin N=1 (Promise.anyOf would do)",
              c -> c.newWorkflow(StructuredPartialJoinWorkflow.class).run(1)),
          of(10, "Arbitrary Cycles", DIRECT, "while + switch state machine",
              c -> c.newWorkflow(ArbitraryCyclesWorkflow.class).run(false)),
          of(11, "Implicit Termination", DIRECT, "Workflow.await on every started promise",
              c -> c.newWorkflow(ImplicitTerminationWorkflow.class).run()),
          of(12, "Multiple Instances without Synchronization", DIRECT,
              "child workflows with ParentClosePolicy.ABANDON",
              c -> c.newWorkflow(UnsynchronizedInstancesWorkflow.class).run(3)),
          of(13, "Multiple Instances with a priori Design-Time Knowledge", DIRECT,
              "Async loop over a constant + Promise.allOf",
              c -> c.newWorkflow(DesignTimeInstancesWorkflow.class).run()),
          of(14, "Multiple Instances with a priori Run-Time Knowledge", DIRECT,
              "Async loop over an argument + Promise.allOf",
              c -> c.newWorkflow(RunTimeInstancesWorkflow.class).run(4)),
          of(15, "Multiple Instances without a priori Run-Time Knowledge", DIRECT,
              "update with validator + signal + Workflow.await", PatternDemos::dynamicInstances),
          of(16, "Deferred Choice", DIRECT, "Workflow.await(timeout, condition) + signal",
              PatternDemos::deferredChoice),
          of(17, "Interleaved Parallel Routing", PARTIAL, "WorkflowLock over sequential chains",
              c -> c.newWorkflow(InterleavedParallelRoutingWorkflow.class).run()),
          of(18, "Milestone", PARTIAL, "Milestone helper + update validator", PatternDemos::milestone),
          of(19, "Cancel Task", DIRECT, "CancellationScope.cancel", PatternDemos::cancelTask),
          of(20, "Cancel Case", DIRECT, "WorkflowStub.cancel", PatternDemos::cancelCase),
          of(21, "Structured Loop", DIRECT, "while and do/while",
              c -> c.newWorkflow(StructuredLoopWorkflow.class).run(2)),
          of(22, "Recursion", DIRECT, "child workflow of its own type",
              c -> c.newWorkflow(RecursionWorkflow.class).run(2)),
          of(23, "Transient Trigger", DIRECT, "signal handler that drops unless waiting",
              PatternDemos::transientTrigger),
          of(24, "Persistent Trigger", DIRECT, "signal + WorkflowQueue", PatternDemos::persistentTrigger),
          of(25, "Cancel Region", DIRECT, "CancellationScope per region (Region)",
              PatternDemos::cancelRegion),
          of(26, "Cancel Multiple Instance Activity", DIRECT, "CancellationScope over the instances",
              PatternDemos::cancelInstances),
          of(27, "Complete Multiple Instance Activity", DIRECT,
              "CancellationScope + results of completed promises", PatternDemos::completeInstances),
          of(28, "Blocking Discriminator", PARTIAL, "PartialJoin N=1 with rounds",
              c -> c.newWorkflow(BlockingPartialJoinWorkflow.class).run(1)),
          of(29, "Cancelling Discriminator", DIRECT,
              "CancellationScope + PartialJoin N=1 (Promise.anyOf would do)",
              c -> c.newWorkflow(CancellingPartialJoinWorkflow.class).run(1)),
          of(30, "Structured Partial Join", PARTIAL, "PartialJoin N of M",
              c -> c.newWorkflow(StructuredPartialJoinWorkflow.class).run(2)),
          of(31, "Blocking Partial Join", PARTIAL, "PartialJoin N of M with rounds",
              c -> c.newWorkflow(BlockingPartialJoinWorkflow.class).run(2)),
          of(32, "Cancelling Partial Join", PARTIAL, "PartialJoin N of M + CancellationScope",
              c -> c.newWorkflow(CancellingPartialJoinWorkflow.class).run(2)),
          of(33, "Generalised AND-Join", PARTIAL, "AndJoin token counts + Workflow.await",
              c -> c.newWorkflow(GeneralisedAndJoinWorkflow.class).run()),
          of(34, "Static Partial Join for Multiple Instances", PARTIAL, "PartialJoin over instance promises",
              c -> c.newWorkflow(StaticPartialJoinInstancesWorkflow.class).run(4, 2)),
          of(35, "Cancelling Partial Join for Multiple Instances", PARTIAL,
              "PartialJoin + CancellationScope over instances",
              c -> c.newWorkflow(CancellingPartialJoinInstancesWorkflow.class).run(4, 2)),
          of(36, "Dynamic Partial Join for Multiple Instances", PARTIAL,
              "PartialJoin growing by update with validator", PatternDemos::dynamicPartialJoin),
          of(37, "Local Synchronizing Merge", PARTIAL, "count of live branches + hand-written dead-path notice",
              c -> c.newWorkflow(LocalSynchronizingMergeWorkflow.class).run(false)),
          PatternEntry.unsupported(38, "General Synchronizing Merge",
              "An OR-join in an arbitrary, possibly cyclic model must know whether any token upstream can"
                  + " still reach it, which needs reachability analysis over a process graph. Code has no"
                  + " such graph: it would take a token-flow interpreter, so no workflow is offered."
                  + " In structured or acyclic code use WCP-7 or WCP-37."),
          of(39, "Critical Section", DIRECT, "WorkflowLock held over the region",
              c -> c.newWorkflow(CriticalSectionWorkflow.class).run()),
          of(40, "Interleaved Routing", DIRECT, "WorkflowLock around each task",
              c -> c.newWorkflow(InterleavedRoutingWorkflow.class).run()),
          of(41, "Thread Merge", DIRECT, "Promise.allOf over the threads",
              c -> c.newWorkflow(RunTimeInstancesWorkflow.class).run(3)),
          of(42, "Thread Split", DIRECT, "Async loop on one branch",
              c -> c.newWorkflow(RunTimeInstancesWorkflow.class).run(3)),
          of(43, "Explicit Termination", DIRECT, "return, cancelling the remaining work's scope",
              c -> c.newWorkflow(ExplicitTerminationWorkflow.class).run()));

  private PatternCatalog() {}

  /** All 43 patterns, in pattern-number order. */
  public static List<PatternEntry> entries() {
    return ENTRIES;
  }

  /** The pattern with this WCP number. */
  public static PatternEntry entry(int number) {
    return ENTRIES.stream()
        .filter(e -> e.number() == number)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no workflow pattern WCP-" + number));
  }

  /** Registers every pattern workflow implementation on the worker. */
  public static void registerWorkflows(Worker worker) {
    worker.registerWorkflowImplementationTypes(WORKFLOW_IMPLEMENTATIONS.toArray(Class<?>[]::new));
  }

  /** Registers the pattern workflows and the activities they perform on the worker. */
  public static void register(Worker worker, PatternActivities activities) {
    registerWorkflows(worker);
    worker.registerActivitiesImplementations(activities);
  }
}
