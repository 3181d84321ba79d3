package vn.tongket.jobs;

import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tongket.TongketProperties;
import vn.tongket.ingest.InputFiles;
import vn.tongket.ingest.MeetingFileReader;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.ingest.ReadResult;
import vn.tongket.ingest.StagingWriter;
import vn.tongket.render.DocumentMaker;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.UnitFingerprints;

/**
 * The document jobs. Each runs the same four steps: ingest (read, validate and stage every meeting file) → aggregate
 * (sum up each unit's data for the period) → render (one partition per unit, in parallel) → publish (move the
 * documents into output/ and write the report). What differs between documents is the {@link DocumentPlan} the
 * steps look up by the job's name.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewJobConfiguration {

    public static final String YEAR_END_JOB = "yearEndJob";
    public static final String HALF_YEAR_JOB = "halfYearJob";
    public static final String MID_TERM_JOB = "midTermJob";
    private static final String INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";
    private static final String JOB_NAME = "#{stepExecution.jobExecution.jobInstance.jobName}";
    private static final String PERIOD = "#{jobParameters['period']}";
    private static final String AS_OF = "#{jobParameters['asOf']}";
    private static final String UNITS = "#{jobParameters['units']}";
    /** Set by nightly runs only, which are incremental. */
    private static final String RUN_DATE = "#{jobParameters['runDate']}";
    private static final String INPUT = "#{jobParameters['input']}";

    @Bean
    Job yearEndJob(JobRepository repository, Step ingest, Step aggregate, Step render, Step publish) {
        return documentJob(YEAR_END_JOB, repository, ingest, aggregate, render, publish);
    }

    @Bean
    Job halfYearJob(JobRepository repository, Step ingest, Step aggregate, Step render, Step publish) {
        return documentJob(HALF_YEAR_JOB, repository, ingest, aggregate, render, publish);
    }

    @Bean
    Job midTermJob(JobRepository repository, Step ingest, Step aggregate, Step render, Step publish) {
        return documentJob(MID_TERM_JOB, repository, ingest, aggregate, render, publish);
    }

    private static Job documentJob(String name, JobRepository repository, Step ingest, Step aggregate, Step render,
                                   Step publish) {
        return new JobBuilder(name, repository)
                .start(ingest)
                .next(aggregate)
                .next(render)
                .next(publish)
                .build();
    }

    private static RunScope scope(String period, String asOf, String units, String input) {
        return new RunScope(period, ReviewRequest.asOfOf(asOf), ReviewRequest.unitsOf(units), Path.of(input));
    }

    @Bean
    Step ingest(JobRepository repository, PlatformTransactionManager transactionManager,
                MeetingFileReader meetingFileReader, StagingWriter stagingWriter, TongketProperties properties) {
        MeetingFiles reader = new MeetingFiles(properties.input().settings());
        return new StepBuilder("ingest", repository)
                .<Path, ReadResult>chunk(properties.ingestChunkSize())
                .transactionManager(transactionManager)
                .reader(meetingFileReader)
                .processor(file -> reader.read(file, InputFiles.displayName(meetingFileReader.directory(), file)))
                .writer(stagingWriter)
                .build();
    }

    @Bean
    @StepScope
    MeetingFileReader meetingFileReader(@Value(INPUT) String input) {
        return new MeetingFileReader(Path.of(input));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(StagingStore store, @Value(INSTANCE) long instance) {
        return new StagingWriter(store, instance);
    }

    @Bean
    Step aggregate(JobRepository repository, PlatformTransactionManager transactionManager,
                   AggregateTasklet aggregateTasklet) {
        return new StepBuilder("aggregate", repository)
                .tasklet(aggregateTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    AggregateTasklet aggregateTasklet(StagingStore store, DocumentPlans plans, @Value(JOB_NAME) String job,
                                      @Value(INSTANCE) long instance, @Value(PERIOD) String period,
                                      @Value(AS_OF) String asOf, @Value(UNITS) String units,
                                      @Value(INPUT) String input) {
        return new AggregateTasklet(store, plans.ofJob(job), instance, scope(period, asOf, units, input));
    }

    @Bean
    Step render(JobRepository repository, UnitPartitioner unitPartitioner, Step renderUnit,
                TongketProperties properties, RenderProgressListener progress) {
        return new StepBuilder("render", repository)
                .listener(progress)
                .partitioner("renderUnit", unitPartitioner)
                .step(renderUnit)
                .gridSize(properties.renderThreads())
                .taskExecutor(renderExecutor(properties))
                .build();
    }

    private static TaskExecutor renderExecutor(TongketProperties properties) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("render-");
        executor.setConcurrencyLimit(properties.renderThreads());
        return executor;
    }

    @Bean
    @StepScope
    UnitPartitioner unitPartitioner(StagingStore store, @Value(INSTANCE) long instance,
                                    @Value("#{jobParameters['templates']}") String templates) {
        return new UnitPartitioner(store, instance, Path.of(templates));
    }

    @Bean
    Step renderUnit(JobRepository repository, PlatformTransactionManager transactionManager,
                    RenderTasklet renderTasklet, RenderProgressListener progress) {
        return new StepBuilder("renderUnit", repository)
                .listener(progress)
                .tasklet(renderTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    RenderTasklet renderTasklet(StagingStore store, UnitFingerprints fingerprints, DocumentPlans plans,
                                DocumentMaker documents,
                                @Value(JOB_NAME) String job, @Value(INSTANCE) long instance,
                                @Value("#{stepExecutionContext['" + UnitPartitioner.UNIT + "']}") String unit,
                                @Value("#{stepExecutionContext['" + UnitPartitioner.TEMPLATES_FINGERPRINT + "']}")
                                String templatesFingerprint,
                                @Value(PERIOD) String period, @Value(AS_OF) String asOf, @Value(UNITS) String units,
                                @Value(INPUT) String input,
                                @Value("#{jobParameters['templates']}") String templates,
                                @Value("#{jobParameters['output']}") String output,
                                @Value(RUN_DATE) String runDate) {
        return new RenderTasklet(store, fingerprints, plans.ofJob(job), instance, unit,
                scope(period, asOf, units, input), Path.of(templates), templatesFingerprint,
                documents.fontMappingFingerprint(), Path.of(output), runDate != null);
    }

    @Bean
    Step publish(JobRepository repository, PlatformTransactionManager transactionManager,
                 PublishTasklet publishTasklet) {
        return new StepBuilder("publish", repository)
                .tasklet(publishTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    PublishTasklet publishTasklet(StagingStore store, UnitFingerprints fingerprints, DocumentPlans plans,
                                  @Value(JOB_NAME) String job,
                                  @Value(INSTANCE) long instance, @Value(PERIOD) String period,
                                  @Value(AS_OF) String asOf, @Value(UNITS) String units,
                                  @Value(INPUT) String input,
                                  @Value("#{jobParameters['output']}") String output) {
        return new PublishTasklet(store, fingerprints, plans.ofJob(job), instance,
                scope(period, asOf, units, input), Path.of(input), Path.of(output));
    }
}
