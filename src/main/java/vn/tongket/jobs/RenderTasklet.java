package vn.tongket.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.staging.StagingStore;

/** Renders one unit's documents and keeps them in the run's tables until the publish step. */
public class RenderTasklet implements Tasklet {

    private final StagingStore store;
    private final DocumentPlan plan;
    private final long instance;
    private final String unit;
    private final RunScope scope;
    private final Path templates;

    public RenderTasklet(StagingStore store, DocumentPlan plan, long instance, String unit, RunScope scope,
                         Path templates) {
        this.store = store;
        this.plan = plan;
        this.instance = instance;
        this.unit = unit;
        this.scope = scope;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<String> warnings = new ArrayList<>();
        List<StagingStore.RenderedFile> files = plan.render(store.summary(instance, unit), scope, templates,
                warnings);
        store.replaceRendered(instance, unit, files, warnings);
        contribution.incrementWriteCount(files.size());
        return RepeatStatus.FINISHED;
    }
}
