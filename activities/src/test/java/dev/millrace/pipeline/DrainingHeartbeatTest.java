package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityWorkerShutdownException;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DrainingHeartbeatTest {
  private final ActivityExecutionContext context = mock(ActivityExecutionContext.class);
  private final DrainingHeartbeat heartbeat = new DrainingHeartbeat(context);

  @Test
  void passesTheDetailsOn() {
    heartbeat.beat("cursor-7");

    verify(context).heartbeat("cursor-7");
  }

  static Stream<RuntimeException> shutdownSignals() {
    return Stream.of(new ActivityWorkerShutdownException(),
        new RejectedExecutionException("heartbeat scheduler already terminated"));
  }

  @ParameterizedTest
  @MethodSource("shutdownSignals")
  void aDrainingWorkerLetsTheAttemptFinishWithoutFurtherHeartbeats(RuntimeException shutdownSignal) {
    doThrow(shutdownSignal).when(context).heartbeat(any());

    assertThatCode(() -> {
      heartbeat.beat("first");
      heartbeat.beat("second");
    }).doesNotThrowAnyException();
    verify(context, times(1)).heartbeat(any());
  }

  @Test
  void cancellationStillStopsTheAttempt() {
    doThrow(new ActivityCanceledException()).when(context).heartbeat("cursor");

    assertThatThrownBy(() -> heartbeat.beat("cursor")).isInstanceOf(ActivityCanceledException.class);
  }
}
