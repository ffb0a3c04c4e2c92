package dev.millrace.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.connection.ConfigurationException;
import dev.millrace.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionChecksTest {
  private static final String POSTGRES = "jdbc:postgresql://db.internal:5432/millrace";
  private static final Map<String, String> PRODUCTION = Map.of(ProductionChecks.PROFILE_VARIABLE, "production");

  @TempDir Path dir;

  @Test
  void aDurableConfigurationPasses() {
    assertThatCode(() -> new ProductionChecks().enforce(PRODUCTION, POSTGRES, dir, false)).doesNotThrowAnyException();
  }

  @Test
  void refusesTheEmbeddedDatabaseWithOneMessage() {
    assertThatThrownBy(() -> new ProductionChecks().enforce(PRODUCTION, Database.embeddedUrl(dir), dir, false))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("production mode refuses to start: the database jdbc:h2:file:")
        .hasMessageContaining("is embedded");
  }

  @Test
  void refusesAnInMemoryDatabase() {
    assertThat(ProductionChecks.problems("jdbc:h2:mem:test", dir, false))
        .singleElement().asString().contains("in memory");
  }

  @Test
  void refusesADataDirectoryItCannotCreateOrWrite() throws Exception {
    Path underAFile = Files.createFile(dir.resolve("a-file")).resolve("data");

    assertThat(ProductionChecks.problems(POSTGRES, underAFile, false))
        .singleElement().asString().contains(underAFile + " is not writable");
  }

  @Test
  void refusesTheEmbeddedTemporalServer() {
    assertThat(ProductionChecks.problems(POSTGRES, dir, true))
        .singleElement().asString().contains("TEMPORAL_ADDRESS");
  }

  @Test
  void namesEveryProblemAtOnce() {
    assertThat(ProductionChecks.problems("jdbc:h2:mem:x", dir.resolve("missing"), true)).hasSize(2);
  }

  @Test
  void isOnlyEnforcedInProductionMode() {
    assertThatCode(() -> new ProductionChecks().enforce(Map.of(), "jdbc:h2:mem:x", dir, true)).doesNotThrowAnyException();
    assertThat(new ProductionChecks().isProduction(Map.of(ProductionChecks.PROFILE_VARIABLE, "PRODUCTION"))).isTrue();
    assertThat(new ProductionChecks().isProduction(Map.of(ProductionChecks.PROFILE_VARIABLE, "dev"))).isFalse();
  }
}
