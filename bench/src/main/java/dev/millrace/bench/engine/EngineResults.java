package dev.millrace.bench.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one harness run measured on one JDK, kept as {@code engine-jdk<N>.json} so that runs on other JDKs
 * in the same directory end up in one report.
 */
public record EngineResults(List<ThroughputSample> throughput, List<PickupSample> pickup) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "engine-jdk";

  public EngineResults {
    throughput = List.copyOf(throughput);
    pickup = List.copyOf(pickup);
  }

  public Path write(Path directory, int jdk) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(PREFIX + jdk + ".json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
    return file;
  }

  /** Every JDK's results found in the directory, lowest JDK first. */
  public static EngineResults readAll(Path directory) throws IOException {
    List<ThroughputSample> throughput = new ArrayList<>();
    List<PickupSample> pickup = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(EngineResults::isResultFile).sorted(Comparator.comparing(Path::toString)).toList()) {
        EngineResults results = JSON.readValue(file.toFile(), EngineResults.class);
        throughput.addAll(results.throughput());
        pickup.addAll(results.pickup());
      }
    }
    throughput.sort(Comparator.comparingInt(ThroughputSample::jdk));
    pickup.sort(Comparator.comparingInt(PickupSample::jdk));
    return new EngineResults(throughput, pickup);
  }

  private static boolean isResultFile(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(PREFIX) && name.endsWith(".json");
  }
}
