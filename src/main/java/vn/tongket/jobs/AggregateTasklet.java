package vn.tongket.jobs;

import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.StagingStore.StoredSummary;

/** Sums up the staged meetings of each unit the run covers, as the kind of document needs, into the summary table. */
public class AggregateTasklet implements Tasklet {

    private final StagingStore store;
    private final DocumentPlan plan;
    private final long instance;
    private final RunScope scope;

    public AggregateTasklet(StagingStore store, DocumentPlan plan, long instance, RunScope scope) {
        this.store = store;
        this.plan = plan;
        this.instance = instance;
        this.scope = scope;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<StoredSummary> summaries = plan.aggregate(store.stagedMeetings(instance), scope);
        store.replaceSummaries(instance, summaries);
        contribution.incrementWriteCount(summaries.size());
        return RepeatStatus.FINISHED;
    }
}
