package dev.millrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.corpora.CorpusConverter;
import dev.millrace.pipeline.text.EncodingRepair;
import dev.millrace.pipeline.text.InputKind;
import dev.millrace.pipeline.text.LanguageIdentifier;
import dev.millrace.pipeline.text.Redactor;
import dev.millrace.pipeline.text.SentenceSplitter;
import dev.millrace.pipeline.text.TextProcessor;
import dev.millrace.pipeline.text.UnicodeNormalizer;
import dev.millrace.pipeline.text.WhitespaceNormalizer;
import dev.millrace.pipeline.text.email.EmailReader;
import dev.millrace.pipeline.text.entities.RuleBasedEntityExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of each text step and of the whole default chain on the real corpora, one
 * document per operation, cycling through the corpus: ops/s is documents/s, the "chars" counter is the
 * input characters/s. The corpora come from scripts/fetch-corpora.sh ($MILLRACE_CORPORA or
 * ~/.cache/millrace/corpora).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class TextStepsBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Param({"sotu", "spam-assassin"})
  public String corpus;

  @Param({"email", "encoding", "unicode", "whitespace", "redact", "language", "sentences", "entities", "chain"})
  public String step;

  private List<String> inputs;
  private Function<String, Object> operation;
  private int next;

  /** Input characters handed to the step (one byte each in these corpora), reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long chars;

    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Setup(Level.Trial)
  public void load() throws IOException {
    CorpusConverter.Corpus which = CorpusConverter.Corpus.named(corpus);
    boolean email = which == CorpusConverter.Corpus.SPAM_ASSASSIN;
    List<String> raw = read(which);
    EmailReader reader = new EmailReader();
    List<String> texts = email ? raw.stream().map(m -> reader.read(m, new ArrayList<>())).toList() : raw;
    TextProcessor cleaner = TextProcessor.forSteps(List.of("encoding", "unicode", "whitespace"));
    List<String> cleaned = texts.stream().map(t -> cleaner.clean(t, new ArrayList<>())).toList();
    LanguageIdentifier languages = new LanguageIdentifier();
    SentenceSplitter sentences = new SentenceSplitter();
    RuleBasedEntityExtractor entities = new RuleBasedEntityExtractor();
    TextProcessor chain = TextProcessor.forSteps(PipelineDefaults.CLEANING_STEPS);
    InputKind kind = email ? InputKind.EMAIL : InputKind.TEXT;
    switch (step) {
      case "email" -> use(raw, m -> email ? reader.read(m, new ArrayList<>()) : m);
      case "encoding" -> use(texts, t -> new EncodingRepair().apply(t, new ArrayList<>()));
      case "unicode" -> use(texts, t -> new UnicodeNormalizer().apply(t, new ArrayList<>()));
      case "whitespace" -> use(texts, t -> new WhitespaceNormalizer().apply(t, new ArrayList<>()));
      case "redact" -> use(cleaned, t -> new Redactor().apply(t, new ArrayList<>()));
      case "language" -> use(cleaned, languages::identify);
      case "sentences" -> use(cleaned, t -> sentences.count(t, "eng"));
      case "entities" -> use(cleaned, entities::extract);
      case "chain" -> use(raw, c -> chain.process(kind, c));
      default -> throw new IllegalArgumentException("unknown step " + step);
    }
  }

  private void use(List<String> documents, Function<String, Object> op) {
    inputs = documents;
    operation = op;
  }

  @Benchmark
  public Object process(Bytes counter) {
    String input = inputs.get(next);
    next = (next + 1) % inputs.size();
    counter.chars += input.length();
    return operation.apply(input);
  }

  private static List<String> read(CorpusConverter.Corpus corpus) throws IOException {
    String configured = System.getenv("MILLRACE_CORPORA");
    Path cache = configured != null ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".cache", "millrace", "corpora");
    Path jsonl = Files.createTempFile("millrace-bench-", ".jsonl");
    try {
      new CorpusConverter().convert(corpus, cache.resolve(corpus.directoryName()), jsonl);
      List<String> contents = new ArrayList<>();
      String field = corpus == CorpusConverter.Corpus.SOTU ? "text" : "email";
      try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          JsonNode record = JSON.readTree(line);
          contents.add(record.get(field).asText());
        }
      }
      return contents;
    } finally {
      Files.deleteIfExists(jsonl);
    }
  }
}
