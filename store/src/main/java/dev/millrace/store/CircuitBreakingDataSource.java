package dev.millrace.store;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The activities' view of the database, behind a circuit breaker: when the database cannot be reached,
 * the breaker opens and activities fail at once instead of every in-flight attempt waiting on the pool,
 * so Temporal's retry backoff, not a crowd of workers, decides how often the dead database is tried.
 * Only failures to connect count (SQL state class 08, which the pool reports for an unreachable
 * server); a busy pool or a constraint violation does not open it.
 */
public final class CircuitBreakingDataSource implements DataSource {
  /** Name of the breaker, as metrics and logs show it. */
  public static final String NAME = "database";

  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private final DataSource delegate;
  private final CircuitBreaker breaker;

  public CircuitBreakingDataSource(DataSource delegate, CircuitBreaker breaker) {
    this.delegate = delegate;
    this.breaker = breaker;
  }

  /**
   * A breaker that opens when half of the last 10 connection attempts (at least 4) failed, rejects calls for
   * 5 seconds, then lets 2 trial calls through.
   */
  public static CircuitBreakingDataSource guarding(DataSource delegate) {
    CircuitBreakerConfig config = CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(10)
        .minimumNumberOfCalls(4)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(5))
        .permittedNumberOfCallsInHalfOpenState(2)
        .recordException(CircuitBreakingDataSource::isConnectionFailure)
        .build();
    return new CircuitBreakingDataSource(delegate, CircuitBreaker.of(NAME, config));
  }

  public CircuitBreaker breaker() {
    return breaker;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return guarded(delegate::getConnection);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return guarded(() -> delegate.getConnection(username, password));
  }

  private interface ConnectionSource {
    Connection open() throws SQLException;
  }

  private Connection guarded(ConnectionSource source) throws SQLException {
    if (!breaker.tryAcquirePermission()) {
      throw new SQLTransientConnectionException("the database circuit breaker is open after repeated connection"
          + " failures; retrying later", "08000", CallNotPermittedException.createCallNotPermittedException(breaker));
    }
    long start = System.nanoTime();
    try {
      Connection connection = source.open();
      breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return connection;
    } catch (SQLException | RuntimeException e) {
      breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
      throw e;
    }
  }

  static boolean isConnectionFailure(Throwable error) {
    for (Throwable current = error; current != null; current = current.getCause()) {
      if (current instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate.isWrapperFor(type);
  }
}
