package vn.tongket.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.tongket.aggregate.ReviewTerm;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.TermAggregator;
import vn.tongket.aggregate.TermComparison;
import vn.tongket.aggregate.TermComparisons;
import vn.tongket.aggregate.UnitTermSummary;
import vn.tongket.annex.IndicatorWorkbook;
import vn.tongket.annex.MidTermPack;
import vn.tongket.annex.SummaryWorkbook;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;
import vn.tongket.render.DocumentKind;
import vn.tongket.render.DocumentMaker;
import vn.tongket.render.MidTermModel;
import vn.tongket.render.MidTermSummaryModel;
import vn.tongket.staging.StagingStore.RenderedFile;
import vn.tongket.staging.StagingStore.StoredSummary;
import vn.tongket.staging.StagingStore;
import vn.tongket.vietnamese.VietnameseFormat;
import vn.tongket.vietnamese.VietnameseText;

/**
 * The mid-term assessment: each unit's meetings about the term up to the as-of date, summed up into its pack (the
 * report as DOCX and PDF, the indicator workbook, and the zip of them with a manifest), then the summary across the
 * units under one superior ({@value #SUMMARY}) when there are at least two of them.
 */
public final class MidTermPlan implements DocumentPlan {

    /** The entry (and output folder) of the summary across units. */
    /** The entry of the summary across units; it starts with "_" ({@link vn.tongket.publish.RunReport#isAcrossUnits}). */
    public static final String SUMMARY = "_summary";

    private final DocumentMaker documents;

    public MidTermPlan(DocumentMaker documents) {
        this.documents = documents;
    }

    @Override
    public String jobName() {
        return ReviewJobConfiguration.MID_TERM_JOB;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.MID_TERM;
    }

    /** The congress terms the meetings name (their term, or the term a term-to-date period covers). */
    @Override
    public List<String> periodsIn(List<SourcedMeeting> meetings) {
        TreeSet<String> terms = new TreeSet<>();
        for (SourcedMeeting m : meetings) {
            Meeting.Term term = m.meeting().term();
            Period period = m.meeting().period();
            if (term != null && term.from() != null && term.to() != null && term.to() > term.from()) {
                terms.add(new ReviewTerm(term.from(), term.to()).key());
            } else if (period != null && period.kind() == Period.Kind.TERM_TO_DATE
                    && period.from() != null && period.to() != null && period.to() > period.from()) {
                terms.add(new ReviewTerm(period.from(), period.to()).key());
            }
        }
        return List.copyOf(terms);
    }

    @Override
    public String describe(RunScope scope) {
        ReviewTerm term = ReviewTerm.ofKey(scope.period());
        return term.label() + (scope.asOf() == null ? "" : " đến ngày " + VietnameseFormat.shortDate(scope.asOf()));
    }

    /**
     * The units with data in the term (sorted by id), then one summary per superior with at least two of them. The
     * as-of date is the run's, or the date of the latest meeting about the term (the default).
     */
    @Override
    public List<StoredSummary> aggregate(List<SourcedMeeting> staged, RunScope scope) {
        ReviewTerm term = ReviewTerm.ofKey(scope.period());
        LocalDate asOf = scope.asOf() != null ? scope.asOf() : TermAggregator.defaultAsOf(staged, term).orElse(null);
        if (asOf == null) {
            return List.of();
        }
        Map<String, String> hashes = fileHashes(staged, scope.input());
        Map<String, List<SourcedMeeting>> byUnit = staged.stream()
                .collect(Collectors.groupingBy(SourcedMeeting::unitId));
        List<UnitTermSummary> units = TermAggregator.unitsWith(staged, term, asOf).stream()
                .filter(scope::includes)
                .map(unit -> TermAggregator.summarize(byUnit.get(unit), term, asOf, hashes).orElseThrow())
                .toList();
        List<StoredSummary> entries = new ArrayList<>();
        units.forEach(u -> entries.add(StoredSummary.of(u.unitId(), u.unit().name(), u)));
        Map<String, List<UnitTermSummary>> bySuperior = TermComparisons.bySuperior(units);
        bySuperior.forEach((superior, group) -> {
            if (group.size() >= 2) {
                String id = bySuperior.size() == 1 ? SUMMARY : SUMMARY + "-" + VietnameseText.slug(superior);
                entries.add(StoredSummary.of(id, "Tổng hợp các đơn vị trực thuộc "
                        + group.getFirst().unit().superior().committee(), TermComparisons.of(group)));
            }
        });
        return entries;
    }

    /**
     * The SHA-256 of each input file the staged meetings came from. A meeting names its file relative to the input
     * folder's parent ("input/004-….json"); the fingerprint of the input identifies the run, so the files hashed
     * here are the ones the run staged.
     */
    private static Map<String, String> fileHashes(List<SourcedMeeting> staged, Path input) {
        Map<String, String> hashes = new HashMap<>();
        for (SourcedMeeting m : staged) {
            hashes.computeIfAbsent(m.file(), name -> {
                Path relative = Path.of(name);
                Path file = relative.getNameCount() > 1 ? input.resolve(relative.subpath(1, relative.getNameCount()))
                        : input.resolve(relative);
                try {
                    return StagingStore.sha256(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read input file " + file + " again to record its SHA-256",
                            e);
                }
            });
        }
        return hashes;
    }

    @Override
    public List<RenderedFile> render(StoredSummary stored, RunScope scope, Path templatesRoot,
                                     List<String> warnings) {
        if (stored.unitId().startsWith(SUMMARY)) {
            return renderSummary(stored, scope, templatesRoot, warnings);
        }
        UnitTermSummary summary = stored.as(UnitTermSummary.class);
        summary.discrepancies().forEach(d -> warnings.add(d.english()));
        warnings.addAll(summary.warnings());
        summary.gapYears().forEach(year -> warnings.add("Không có số liệu năm " + year
                + ": đơn vị không có hội nghị nào về năm này."));
        String committee = summary.unit().committee();
        DocumentMaker.DocumentInfo info = new DocumentMaker.DocumentInfo(
                "Báo cáo sơ kết giữa nhiệm kỳ " + summary.term().key() + " của " + committee, committee,
                "Dự thảo báo cáo sơ kết giữa nhiệm kỳ " + summary.term().key(),
                summary.asOf().atStartOfDay().toInstant(ZoneOffset.UTC),
                kind().folderName() + "/" + scope.period() + "/" + stored.unitId());
        List<RenderedFile> files = new ArrayList<>(documents.make(kind().folder(templatesRoot),
                MidTermModel.of(summary), info, warnings));
        files.add(new RenderedFile(IndicatorWorkbook.FILE, IndicatorWorkbook.write(summary)));
        files.add(MidTermPack.pack(summary, files));
        return files;
    }

    private List<RenderedFile> renderSummary(StoredSummary stored, RunScope scope, Path templatesRoot,
                                             List<String> warnings) {
        TermComparison comparison = stored.as(TermComparison.class);
        String committee = comparison.superior().committee();
        DocumentMaker.DocumentInfo info = new DocumentMaker.DocumentInfo(
                "Tổng hợp sơ kết giữa nhiệm kỳ " + comparison.term().key() + " các đơn vị trực thuộc " + committee,
                "tongket", "Tổng hợp, so sánh kết quả nửa đầu nhiệm kỳ giữa các đơn vị",
                comparison.asOf().atStartOfDay().toInstant(ZoneOffset.UTC),
                kind().folderName() + "/" + scope.period() + "/" + stored.unitId());
        List<RenderedFile> files = new ArrayList<>(documents.make(
                DocumentKind.MID_TERM_SUMMARY.folder(templatesRoot), MidTermSummaryModel.of(comparison), info,
                warnings));
        files.add(new RenderedFile(SummaryWorkbook.FILE, SummaryWorkbook.write(comparison)));
        return files;
    }
}
