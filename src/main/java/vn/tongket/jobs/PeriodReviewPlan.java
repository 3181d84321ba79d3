package vn.tongket.jobs;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tongket.aggregate.PeriodAggregator;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.UnitSummary;
import vn.tongket.meeting.Period;
import vn.tongket.render.DocumentKind;
import vn.tongket.render.DocumentMaker;
import vn.tongket.render.ReviewModel;
import vn.tongket.staging.StagingStore.RenderedFile;
import vn.tongket.staging.StagingStore.StoredSummary;

/** The year-end and the half-year review: one unit's meetings about the period, summed up and filled in. */
public final class PeriodReviewPlan implements DocumentPlan {

    private final DocumentKind kind;
    private final String jobName;
    private final DocumentMaker documents;

    private PeriodReviewPlan(DocumentKind kind, String jobName, DocumentMaker documents) {
        this.kind = kind;
        this.jobName = jobName;
        this.documents = documents;
    }

    public static PeriodReviewPlan yearEnd(DocumentMaker documents) {
        return new PeriodReviewPlan(DocumentKind.YEAR_END, ReviewJobConfiguration.YEAR_END_JOB, documents);
    }

    public static PeriodReviewPlan halfYear(DocumentMaker documents) {
        return new PeriodReviewPlan(DocumentKind.HALF_YEAR, ReviewJobConfiguration.HALF_YEAR_JOB, documents);
    }

    @Override
    public String jobName() {
        return jobName;
    }

    @Override
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public List<String> periodsIn(List<SourcedMeeting> meetings) {
        return meetings.stream()
                .map(m -> m.meeting().period())
                .filter(p -> p != null && p.year() != null)
                .filter(p -> kind == DocumentKind.YEAR_END ? p.kind() == Period.Kind.YEAR
                        : p.kind() == Period.Kind.HALF_YEAR && p.half() != null)
                .map(p -> kind == DocumentKind.YEAR_END ? ReviewPeriod.year(p.year())
                        : ReviewPeriod.half(p.year(), p.half()))
                .map(ReviewPeriod::key)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public String describe(RunScope scope) {
        return ReviewPeriod.ofKey(scope.period()).label();
    }

    @Override
    public List<StoredSummary> aggregate(List<SourcedMeeting> staged, RunScope scope) {
        ReviewPeriod period = ReviewPeriod.ofKey(scope.period());
        Map<String, List<SourcedMeeting>> byUnit = staged.stream()
                .collect(Collectors.groupingBy(SourcedMeeting::unitId));
        return PeriodAggregator.unitsWith(staged, period).stream()
                .filter(scope::includes)
                .map(unit -> PeriodAggregator.summarize(byUnit.get(unit), period).orElseThrow())
                .map(summary -> StoredSummary.of(summary.unitId(), summary.unit().name(), summary))
                .toList();
    }

    @Override
    public List<RenderedFile> render(StoredSummary stored, RunScope scope, Path templatesRoot,
                                     List<String> warnings) {
        UnitSummary summary = stored.as(UnitSummary.class);
        warnings.addAll(summary.warnings());
        String period = summary.period().label();
        String title = kind == DocumentKind.YEAR_END
                ? "Báo cáo kiểm điểm tập thể Ban Thường vụ " + summary.unit().committee() + " " + period
                : "Báo cáo sơ kết " + period + " của " + summary.unit().committee();
        String subject = kind == DocumentKind.YEAR_END ? "Dự thảo báo cáo kiểm điểm " + period
                : "Dự thảo báo cáo sơ kết " + period;
        DocumentMaker.DocumentInfo info = new DocumentMaker.DocumentInfo(title, summary.unit().committee(), subject,
                summary.meetings().getLast().date().atStartOfDay().toInstant(ZoneOffset.UTC),
                kind.folderName() + "/" + scope.period() + "/" + stored.unitId());
        return documents.make(kind.folder(templatesRoot), ReviewModel.of(summary), info, warnings);
    }
}
