package dev.millrace.bench.pipeline;

import dev.millrace.pipeline.BatchProcessor;
import dev.millrace.pipeline.InputLine;
import dev.millrace.pipeline.ProcessedBatch;
import dev.millrace.pipeline.text.TextProcessor;
import dev.millrace.store.Database;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JobRepositoryFactoryBean;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.ItemWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * (d) The same cleaning as a Spring Batch 5 chunk-oriented job, without Spring Boot: a line reader, a
 * processor that hands each line to Millrace's {@link BatchProcessor}, and a writer; chunk size = batch
 * size, a multi-threaded step with {@code window} threads, and a JDBC job repository (step execution and
 * its context committed with every chunk) on the same kind of database as Millrace's run.
 *
 * <p>Two writers. {@code storesChunks}: Millrace's writer logic, each chunk stored in the database in its
 * transaction and merged into the artifact by a second step ({@link StoredChunks}). Otherwise: the
 * lightest job, each chunk appended straight to the artifact. Either way a multi-threaded step writes
 * chunks in completion order and cannot restart from the middle: Spring Batch's fastest configuration.
 */
public final class SpringBatchJob extends DatabaseContender {
  private final boolean storesChunks;

  public SpringBatchJob(String name, DatabaseTarget database, boolean storesChunks) {
    super(name, database);
    this.storesChunks = storesChunks;
  }

  @Override
  public Measurement run(Path input, Path workDir, BenchSettings settings) throws Exception {
    try (Database db = database.open(workDir);
         BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8);
         OutputStream artifact = new BufferedOutputStream(Files.newOutputStream(workDir.resolve("out.jsonl")), 1 << 16)) {
      DataSource dataSource = db.dataSource();
      JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
      JobRepository repository = repository(dataSource, transactions);
      TextProcessor text = TextProcessor.forSteps(settings.steps());
      BatchProcessor processor = new BatchProcessor();
      Tally tally = new Tally();
      AtomicLong lineNumber = new AtomicLong();
      ItemReader<InputLine> reader = () -> {
        synchronized (lines) {
          String line = lines.readLine();
          return line == null ? null : new InputLine(lineNumber.incrementAndGet(), line.getBytes(StandardCharsets.UTF_8));
        }
      };
      ItemProcessor<InputLine, ProcessedBatch> clean =
          line -> processor.process(List.of(line), settings.maxDocumentBytes(), text);
      StoredChunks stored = storesChunks ? new StoredChunks(dataSource) : null;
      ItemWriter<ProcessedBatch> writer = stored != null ? stored.writer(tally) : appending(artifact, tally);
      SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("spring-batch-");
      threads.setConcurrencyLimit(settings.window());
      SimpleJobBuilder job = new JobBuilder("clean", repository)
          .start(new StepBuilder("clean", repository)
              .<InputLine, ProcessedBatch>chunk(settings.batchSize(), transactions)
              .reader(reader).processor(clean).writer(writer)
              .taskExecutor(threads).throttleLimit(settings.window())
              .build());
      if (stored != null) {
        Step merge = new StepBuilder("merge", repository).tasklet(stored.merge(artifact), transactions).build();
        job = job.next(merge);
      }
      TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();
      launcher.setJobRepository(repository);
      launcher.afterPropertiesSet();
      long started = System.nanoTime();
      JobExecution execution = launcher.run(job.build(),
          new JobParametersBuilder().addString("run", workDir.getFileName().toString()).toJobParameters());
      artifact.flush();
      long elapsed = System.nanoTime() - started;
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        throw new IllegalStateException("Spring Batch job ended " + execution.getStatus() + ": "
            + execution.getAllFailureExceptions());
      }
      return new Measurement(name(), tally.in.get(), tally.out.get(), elapsed);
    }
  }

  private static ItemWriter<ProcessedBatch> appending(OutputStream artifact, Tally tally) {
    return (Chunk<? extends ProcessedBatch> chunk) -> {
      synchronized (artifact) {
        for (ProcessedBatch document : chunk) {
          artifact.write(document.jsonl());
          tally.count(document);
        }
      }
    };
  }

  private static JobRepository repository(DataSource dataSource, JdbcTransactionManager transactions) throws Exception {
    boolean postgres;
    try (var connection = dataSource.getConnection()) {
      postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
    new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-"
        + (postgres ? "postgresql" : "h2") + ".sql")).execute(dataSource);
    JobRepositoryFactoryBean factory = new JobRepositoryFactoryBean();
    factory.setDataSource(dataSource);
    factory.setTransactionManager(transactions);
    factory.afterPropertiesSet();
    return factory.getObject();
  }

  /** Documents in and out of the written chunks, counted from any writer thread. */
  static final class Tally {
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong out = new AtomicLong();

    void count(ProcessedBatch processed) {
      in.addAndGet(processed.documentsIn());
      out.addAndGet(processed.documentsOut());
    }
  }
}
