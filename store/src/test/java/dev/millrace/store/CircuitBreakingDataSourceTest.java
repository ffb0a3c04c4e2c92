package dev.millrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class CircuitBreakingDataSourceTest {

  @Test
  void aDatabaseThatRefusesConnectionsOpensTheBreakerAndLaterCallsAreRejectedWithoutTryingIt() throws Exception {
    CircuitBreakingDataSource guarded = CircuitBreakingDataSource.guarding(unreachablePostgres());

    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
    }

    assertThat(guarded.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLTransientConnectionException.class)
        .hasMessageContaining("circuit breaker is open");
    assertThat(guarded.breaker().getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(1);
  }

  @Test
  void aReachableDatabaseKeepsTheBreakerClosed() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:breaker;DB_CLOSE_DELAY=-1");
    CircuitBreakingDataSource guarded = CircuitBreakingDataSource.guarding(h2);

    for (int i = 0; i < 10; i++) {
      try (Connection connection = guarded.getConnection()) {
        assertThat(connection.isValid(1)).isTrue();
      }
    }

    assertThat(guarded.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(guarded.breaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(10);
  }

  @Test
  void onlyConnectionFailuresCount() {
    assertThat(CircuitBreakingDataSource.isConnectionFailure(new SQLException("refused", "08001"))).isTrue();
    assertThat(CircuitBreakingDataSource.isConnectionFailure(
        new SQLTransientConnectionException("pool timed out", "08006", new SQLException("reset", "08006")))).isTrue();
    assertThat(CircuitBreakingDataSource.isConnectionFailure(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(CircuitBreakingDataSource.isConnectionFailure(new SQLTransientConnectionException("pool busy"))).isFalse();
  }

  private static PGSimpleDataSource unreachablePostgres() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL("jdbc:postgresql://127.0.0.1:" + port + "/millrace");
    postgres.setConnectTimeout(2);
    return postgres;
  }
}
