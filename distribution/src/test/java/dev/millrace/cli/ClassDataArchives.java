package dev.millrace.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Class-data sharing for the jar's test processes. The first process of each kind (client verbs, the worker, the
 * dev server, ...) writes the classes it loaded to an archive as it exits; later processes of that kind map them
 * instead of parsing and verifying them again, which halves their start-up (a client verb's CPU from 5.2 to
 * 2.6 s, a worker's wall time to ready from 9.2 to 4.8 s). An archive is written under a name of its own and
 * renamed into place only after its process exited by itself, so that no process maps a half-written one; the
 * JVM checks the archive against the jar and ignores one that does not match.
 */
final class ClassDataArchives {
  /** JVM warnings to standard error, where they cannot mix with a verb's JSON, and none about the archives. */
  private static final List<String> QUIET_LOGGING =
      List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");
  private static final int KILLED = 128 + 9;

  private final Path jar;
  private final Path dir;
  private final Set<String> beingWritten = ConcurrentHashMap.newKeySet();

  ClassDataArchives(Path jar) {
    this.jar = jar.toAbsolutePath();
    this.dir = this.jar.resolveSibling("cds");
  }

  /** How the next process of this kind starts: mapping its archive, writing it, or neither while another writes. */
  Launch next(String kind) throws IOException {
    List<String> options = new ArrayList<>(QUIET_LOGGING);
    Path archive = dir.resolve(kind + "-jdk" + Runtime.version() + ".jsa");
    if (isCurrent(archive)) {
      options.add("-XX:SharedArchiveFile=" + archive);
      return new Launch(kind, options, archive, null);
    }
    if (!beingWritten.add(kind)) {
      return new Launch(kind, options, archive, null);
    }
    Files.createDirectories(dir);
    Path partial = archive.resolveSibling(archive.getFileName() + "." + UUID.randomUUID() + ".partial");
    options.add("-XX:ArchiveClassesAtExit=" + partial);
    return new Launch(kind, options, archive, partial);
  }

  /** The options of one process, and where the archive it writes as it exits goes, if it writes one. */
  final class Launch {
    private final String kind;
    private final List<String> options;
    private final Path archive;
    private final Path partial;
    private final AtomicBoolean settled = new AtomicBoolean();

    private Launch(String kind, List<String> options, Path archive, Path partial) {
      this.kind = kind;
      this.options = List.copyOf(options);
      this.archive = archive;
      this.partial = partial;
    }

    List<String> options() {
      return options;
    }

    /** Called once the process has exited: puts the archive it wrote in place if it exited by itself. */
    void exited(Process process) {
      if (partial == null || process.isAlive() || !settled.compareAndSet(false, true)) {
        return;
      }
      try {
        if (process.exitValue() != KILLED && Files.isRegularFile(partial)) {
          Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(partial);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        beingWritten.remove(kind);
      }
    }
  }

  private boolean isCurrent(Path archive) throws IOException {
    return Files.isRegularFile(archive)
        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
  }
}
