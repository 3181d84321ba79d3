package vn.tongket.jobs;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.aggregate.UnitYearSummary;
import vn.tongket.render.DocumentMaker;
import vn.tongket.render.YearEndModel;
import vn.tongket.staging.StagingStore;

/** Renders one unit's year-end documents and keeps them in the run's tables until the publish step. */
public class YearEndRenderTasklet implements Tasklet {

    private final StagingStore store;
    private final DocumentMaker documents;
    private final long instance;
    private final String unit;
    private final Path templates;

    public YearEndRenderTasklet(StagingStore store, DocumentMaker documents, long instance, String unit,
                                Path templates) {
        this.store = store;
        this.documents = documents;
        this.instance = instance;
        this.unit = unit;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        UnitYearSummary summary = store.summary(instance, unit);
        List<String> warnings = new ArrayList<>(summary.warnings());
        String title = "Báo cáo kiểm điểm tập thể Ban Thường vụ " + summary.unit().committee() + " năm "
                + summary.year();
        DocumentMaker.DocumentInfo info = new DocumentMaker.DocumentInfo(title, summary.unit().committee(),
                "Dự thảo báo cáo kiểm điểm năm " + summary.year(),
                summary.meetings().getLast().date().atStartOfDay().toInstant(ZoneOffset.UTC),
                "year-end/" + summary.year() + "/" + unit);
        List<StagingStore.RenderedFile> files = documents.make(templates, YearEndModel.of(summary), info, warnings);
        store.replaceRendered(instance, unit, files, warnings);
        contribution.incrementWriteCount(files.size());
        return RepeatStatus.FINISHED;
    }
}
