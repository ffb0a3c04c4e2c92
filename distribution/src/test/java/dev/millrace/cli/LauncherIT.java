package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code millrace} launcher script as a user runs it: its first client verb writes a class-data archive,
 * the next maps it, and neither puts JVM output on standard output.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "millrace").toAbsolutePath().normalize();
  private static final Path ARCHIVES = Path.of("target", "cds").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void theFirstClientVerbWritesAnArchiveThatTheNextMaps() throws Exception {
    deleteLauncherArchives();

    Run first = launch("");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out().lines()).as("only the patterns on standard output").hasSize(43);
    assertThat(launcherArchives()).as("the archive the first run wrote").hasSize(1);

    Run second = launch("-Xlog:cds=info:stderr");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).contains("Mapped dynamic region");
  }

  private record Run(int exit, String out, String err) {}

  private Run launch(String javaOptions) throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString(), "patterns").directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    builder.environment().put("PATH", javaBin + File.pathSeparator + System.getenv("PATH"));
    builder.environment().put("MILLRACE_JAVA_OPTS", javaOptions);
    Process process = builder.start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
  }

  private static List<Path> launcherArchives() throws IOException {
    if (!Files.isDirectory(ARCHIVES)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(ARCHIVES)) {
      return files.filter(f -> f.getFileName().toString().startsWith("launcher-client-")
          && f.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  private static void deleteLauncherArchives() throws IOException {
    for (Path archive : launcherArchives()) {
      Files.delete(archive);
    }
  }
}
