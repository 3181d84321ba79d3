package vn.tongket.jobs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.UnitYearSummary;
import vn.tongket.aggregate.YearAggregator;
import vn.tongket.staging.StagingStore;

/** Sums up the staged meetings of each unit (or of the units asked for) for the year, into the summary table. */
public class YearEndAggregateTasklet implements Tasklet {

    private final StagingStore store;
    private final long instance;
    private final int year;
    private final Set<String> units;

    public YearEndAggregateTasklet(StagingStore store, long instance, int year, Set<String> units) {
        this.store = store;
        this.instance = instance;
        this.year = year;
        this.units = units;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<SourcedMeeting> staged = store.stagedMeetings(instance);
        Map<String, List<SourcedMeeting>> byUnit = staged.stream()
                .collect(Collectors.groupingBy(SourcedMeeting::unitId));
        List<UnitYearSummary> summaries = YearAggregator.unitsWithYear(staged, year).stream()
                .filter(unit -> units.isEmpty() || units.contains(unit))
                .map(unit -> YearAggregator.summarize(byUnit.get(unit), year).orElseThrow())
                .toList();
        store.replaceSummaries(instance, summaries);
        contribution.incrementWriteCount(summaries.size());
        return RepeatStatus.FINISHED;
    }
}
