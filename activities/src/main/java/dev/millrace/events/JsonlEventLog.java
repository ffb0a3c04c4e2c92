package dev.millrace.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends each event as one line of structured CloudEvents JSON to a file. */
public final class JsonlEventLog implements EventSink {
  private static final EventFormat FORMAT = new JsonFormat();

  private final Path file;

  public JsonlEventLog(Path file) {
    this.file = file;
  }

  @Override
  public synchronized void send(CloudEvent event) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(FORMAT.serialize(event));
      out.write('\n');
    }
  }

  @Override
  public String describe() {
    return "event log " + file;
  }
}
