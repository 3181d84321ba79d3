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
import vn.tongket.render.DocumentKind;
import vn.tongket.render.DocumentMaker;
import vn.tongket.staging.StagingStore;

/**
 * The year-end job: ingest (read, validate and stage every meeting file) → aggregate (sum up each unit's year) →
 * render (one partition per unit, in parallel) → publish (move the documents into output/ and write the report).
 */
@Configuration(proxyBeanMethods = false)
public class YearEndJobConfiguration {

    public static final String JOB_NAME = "yearEndJob";
    private static final String INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

    @Bean
    Job yearEndJob(JobRepository repository, Step yearEndIngest, Step yearEndAggregate, Step yearEndRender,
                   Step yearEndPublish) {
        return new JobBuilder(JOB_NAME, repository)
                .start(yearEndIngest)
                .next(yearEndAggregate)
                .next(yearEndRender)
                .next(yearEndPublish)
                .build();
    }

    @Bean
    Step yearEndIngest(JobRepository repository, PlatformTransactionManager transactionManager,
                       MeetingFileReader meetingFileReader, StagingWriter stagingWriter,
                       TongketProperties properties) {
        MeetingFiles reader = new MeetingFiles(properties.input().nonNfc(), properties.input().maxFileBytes());
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
    MeetingFileReader meetingFileReader(@Value("#{jobParameters['input']}") String input) {
        return new MeetingFileReader(Path.of(input));
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(StagingStore store, @Value(INSTANCE) long instance) {
        return new StagingWriter(store, instance);
    }

    @Bean
    Step yearEndAggregate(JobRepository repository, PlatformTransactionManager transactionManager,
                          YearEndAggregateTasklet yearEndAggregateTasklet) {
        return new StepBuilder("aggregate", repository)
                .tasklet(yearEndAggregateTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    YearEndAggregateTasklet yearEndAggregateTasklet(StagingStore store, @Value(INSTANCE) long instance,
                                                    @Value("#{jobParameters['year']}") long year,
                                                    @Value("#{jobParameters['units']}") String units) {
        return new YearEndAggregateTasklet(store, instance, (int) year, YearEndRequest.unitsOf(units));
    }

    @Bean
    Step yearEndRender(JobRepository repository, UnitPartitioner yearEndPartitioner, Step yearEndRenderUnit,
                       TongketProperties properties, RenderProgressListener progress) {
        return new StepBuilder("render", repository)
                .listener(progress)
                .partitioner("renderUnit", yearEndPartitioner)
                .step(yearEndRenderUnit)
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
    UnitPartitioner yearEndPartitioner(StagingStore store, @Value(INSTANCE) long instance) {
        return new UnitPartitioner(store, instance);
    }

    @Bean
    Step yearEndRenderUnit(JobRepository repository, PlatformTransactionManager transactionManager,
                           YearEndRenderTasklet yearEndRenderTasklet, RenderProgressListener progress) {
        return new StepBuilder("renderUnit", repository)
                .listener(progress)
                .tasklet(yearEndRenderTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    YearEndRenderTasklet yearEndRenderTasklet(StagingStore store, DocumentMaker documents,
                                              @Value(INSTANCE) long instance,
                                              @Value("#{stepExecutionContext['" + UnitPartitioner.UNIT + "']}")
                                              String unit,
                                              @Value("#{jobParameters['templates']}") String templates) {
        return new YearEndRenderTasklet(store, documents, instance, unit,
                DocumentKind.YEAR_END.folder(Path.of(templates)));
    }

    @Bean
    Step yearEndPublish(JobRepository repository, PlatformTransactionManager transactionManager,
                        YearEndPublishTasklet yearEndPublishTasklet) {
        return new StepBuilder("publish", repository)
                .tasklet(yearEndPublishTasklet, transactionManager)
                .build();
    }

    @Bean
    @StepScope
    YearEndPublishTasklet yearEndPublishTasklet(StagingStore store, @Value(INSTANCE) long instance,
                                                @Value("#{jobParameters['year']}") long year,
                                                @Value("#{jobParameters['units']}") String units,
                                                @Value("#{jobParameters['input']}") String input,
                                                @Value("#{jobParameters['output']}") String output) {
        return new YearEndPublishTasklet(store, instance, (int) year, YearEndRequest.unitsOf(units), Path.of(input),
                Path.of(output));
    }
}
