package dev.millrace.pipeline.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.pipeline.BatchProcessor;
import dev.millrace.pipeline.InputLine;
import dev.millrace.pipeline.OutputDocument;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.ProcessedBatch;
import dev.millrace.pipeline.text.TextProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The whole default chain on real public text: 233 State of the Union speeches and 6,046 raw e-mails. */
class RealCorporaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Small batches, so that the speeches too spread over every core. */
  private static final int BATCH = 25;
  /** Markup, as opposed to text in angle brackets ("&lt;Includes FREE Shipping!&gt;" decodes to such text). */
  private static final Pattern TAG = Pattern.compile("</?(html|head|body|title|meta|p|div|span|a|b|i|u|br|hr|table"
      + "|tbody|tr|td|th|font|img|script|style|li|ul|ol|center|h[1-6]|strong|em|form|input)(\\s[^<>]*)?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");

  @Test
  void everySpeechIsEnglishAndItsDatesBelongToItsEra() throws Exception {
    List<InputLine> lines = RealCorpora.lines(CorpusConverter.Corpus.SOTU);

    Outcome outcome = process(lines);

    assertThat(lines).hasSize(233);
    assertThat(outcome.quarantined).isZero();
    assertThat(outcome.records).hasSize(233);
    int speechesWithDates = 0;
    int dates = 0;
    int datesInEra = 0;
    for (JsonNode speech : outcome.records) {
      String id = speech.get("id").asText();
      int year = Integer.parseInt(id.substring(0, 4));
      assertThat(speech.get("language").asText()).as(id).isEqualTo("eng");
      assertThat(speech.get("sentences").asInt()).as(id).isGreaterThan(20);
      List<Integer> dateYears = new ArrayList<>();
      speech.get("entities").forEach(e -> {
        if (e.get("type").asText().equals("DATE")) {
          dateYears.add(Integer.parseInt(e.get("value").asText().substring(0, 4)));
        }
      });
      assertThat(dateYears).as(id + " mentions history and plans, nothing absurd").allMatch(
          y -> y >= year - 250 && y <= year + 100);
      speechesWithDates += dateYears.isEmpty() ? 0 : 1;
      dates += dateYears.size();
      datesInEra += (int) dateYears.stream().filter(y -> y >= year - 15 && y <= year + 2).count();
    }
    // 25 speeches (Washington's, Madison's war years, ...) write no year or calendar date at all.
    assertThat(speechesWithDates).isGreaterThanOrEqualTo(205);
    assertThat(datesInEra).as("dates within 15 years before to 2 after the speech, of " + dates)
        .isGreaterThanOrEqualTo(dates * 8 / 10);
  }

  @Test
  void everyMessageComesOutAndHtmlMailsLoseEveryTagAndEntity() throws Exception {
    List<InputLine> lines = RealCorpora.lines(CorpusConverter.Corpus.SPAM_ASSASSIN);

    Outcome outcome = process(lines);

    assertThat(lines).hasSize(6_046);
    assertThat(outcome.documentsIn).isEqualTo(6_046);
    assertThat(outcome.quarantined).isZero();
    assertThat(outcome.records).hasSize(6_046);
    int htmlOnly = 0;
    for (int i = 0; i < lines.size(); i++) {
      String raw = JSON.readTree(lines.get(i).bytes()).get("email").asText();
      if (isHtmlOnly(raw)) {
        htmlOnly++;
        String text = outcome.records.get(i).get("text").asText();
        assertThat(TAG.matcher(text).find()).as(outcome.records.get(i).get("id") + ": " + text).isFalse();
        assertThat(ENTITY.matcher(text).find()).as(outcome.records.get(i).get("id") + ": " + text).isFalse();
      }
    }
    assertThat(htmlOnly).isGreaterThan(300);
  }

  private static boolean isHtmlOnly(String raw) {
    int headerEnd = raw.indexOf("\n\n");
    String headers = (headerEnd < 0 ? raw : raw.substring(0, headerEnd)).toLowerCase();
    return headers.contains("content-type: text/html");
  }

  private record Outcome(int documentsIn, int quarantined, List<JsonNode> records) {}

  /** The batches on every core at once, as a worker's window runs them, and their outcome in input order. */
  private static Outcome process(List<InputLine> lines) throws Exception {
    TextProcessor text = TextProcessor.forSteps(PipelineDefaults.CLEANING_STEPS);
    BatchProcessor processor = new BatchProcessor();
    ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<ProcessedBatch>> batches = new ArrayList<>();
      for (int from = 0; from < lines.size(); from += BATCH) {
        List<InputLine> batch = lines.subList(from, Math.min(lines.size(), from + BATCH));
        batches.add(cores.submit(() -> processor.process(batch, PipelineDefaults.MAX_DOCUMENT_BYTES, text)));
      }
      int in = 0;
      int quarantined = 0;
      List<JsonNode> records = new ArrayList<>();
      for (Future<ProcessedBatch> future : batches) {
        ProcessedBatch batch = future.get();
        in += batch.documentsIn();
        quarantined += batch.quarantined().size();
        assertThat(batch.quarantined()).as("quarantined").isEmpty();
        for (OutputDocument document : batch.documents()) {
          records.add(JSON.readTree(document.jsonLine()));
        }
      }
      assertThat(in).isEqualTo(records.size() + quarantined);
      return new Outcome(in, quarantined, records);
    } finally {
      cores.shutdownNow();
    }
  }
}
