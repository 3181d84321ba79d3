package vn.tongket.pdf;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.UnitSummary;
import vn.tongket.aggregate.PeriodAggregator;
import vn.tongket.docx.DocxTemplate;
import vn.tongket.ingest.InputFiles;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.render.DocumentKind;
import vn.tongket.render.ReviewModel;
import vn.tongket.render.TemplateCheck;

/**
 * The shipped templates filled with the sample input. {@link #yearEnd()}: the year-end template as the year-end
 * job fills it, one document for every unit and year that has a meeting about the whole year. {@link #all()}: every
 * template of {@code templates/*&#47;} whose folder names a kind of document, filled with that kind's sample models
 * ({@link TemplateCheck#samples}). Paths are relative to the project folder.
 */
final class ShippedDocuments {

    static final Path INPUT = Path.of("input");
    static final Path TEMPLATES = Path.of("templates");
    static final Path YEAR_END_TEMPLATE = Path.of("templates/year-end/bao-cao-kiem-diem.docx");

    /** A filled document and the metadata the job gives its PDF. */
    record Filled(String name, byte[] docx, PdfMetadata meta) {
    }

    private ShippedDocuments() {
    }

    /** Every unit and year with data, sorted by year and unit. */
    static List<Filled> yearEnd() {
        MeetingReader reader = new MeetingReader();
        List<SourcedMeeting> meetings = InputFiles.list(INPUT).stream()
                .map(file -> reader.read(file, InputFiles.displayName(INPUT, file)))
                .filter(r -> r.meeting() != null)
                .map(r -> new SourcedMeeting(r.file(), r.meeting()))
                .toList();
        TreeSet<Integer> years = new TreeSet<>();
        for (SourcedMeeting m : meetings) {
            if (m.meeting().period() != null && m.meeting().period().year() != null) {
                years.add(m.meeting().period().year());
            }
        }
        DocxTemplate template = DocxTemplate.compile(YEAR_END_TEMPLATE);
        List<Filled> filled = new ArrayList<>();
        for (int year : years) {
            for (String unit : PeriodAggregator.unitsWith(meetings, ReviewPeriod.year(year))) {
                List<SourcedMeeting> ofUnit = meetings.stream().filter(m -> m.unitId().equals(unit)).toList();
                UnitSummary summary = PeriodAggregator.summarize(ofUnit, ReviewPeriod.year(year)).orElseThrow();
                filled.add(new Filled(unit + "-" + year, template.fill(ReviewModel.of(summary)), meta(summary, unit)));
            }
        }
        return filled;
    }

    /**
     * Every shipped template ({@code templates/<kind>/*.docx}) filled with each sample model of its kind, named
     * "kind-template-sample", in the order of folders, templates and samples.
     */
    static List<Filled> all() {
        List<Filled> filled = new ArrayList<>();
        List<SourcedMeeting> meetings = TemplateCheck.meetings(INPUT, new ArrayList<>());
        for (DocumentKind kind : DocumentKind.values()) {
            List<TemplateCheck.SampleModel> samples = TemplateCheck.samples(kind, meetings, INPUT);
            for (Path template : kind.templates(TEMPLATES)) {
                DocxTemplate compiled = DocxTemplate.compile(template);
                String base = kind.folderName() + "-" + template.getFileName().toString().replaceFirst("\\.docx$", "");
                for (TemplateCheck.SampleModel sample : samples) {
                    String name = base + "-" + sample.name().toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                    filled.add(new Filled(name, compiled.fill(sample.model()), new PdfMetadata(sample.name(), null,
                            kind.description(), "vi-VN", null, name)));
                }
            }
        }
        return filled;
    }

    /** The first of {@link #yearEnd()}. */
    static Filled first() {
        return yearEnd().getFirst();
    }

    /** The metadata that the year-end job's render step writes. */
    private static PdfMetadata meta(UnitSummary summary, String unit) {
        String committee = summary.unit().committee();
        return new PdfMetadata("Báo cáo kiểm điểm tập thể Ban Thường vụ " + committee + " năm "
                + summary.period().year(), committee, "Dự thảo báo cáo kiểm điểm năm " + summary.period().year(),
                "vi-VN", summary.meetings().getLast().date().atStartOfDay().toInstant(ZoneOffset.UTC),
                "year-end/" + summary.period().year() + "/" + unit + "/bao-cao-kiem-diem");
    }
}
