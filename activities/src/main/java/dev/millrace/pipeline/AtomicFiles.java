package dev.millrace.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Publishes a file so that readers see either nothing or all of it, even across a crash. */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static Path partialOf(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial");
  }

  /** Syncs the finished partial file, renames it over the target and syncs the directory entry. */
  public static void publish(Path partial, Path target) throws IOException {
    try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  public static void writeEmpty(Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path partial = partialOf(target);
    Files.write(partial, new byte[0]);
    publish(partial, target);
  }

  private static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
