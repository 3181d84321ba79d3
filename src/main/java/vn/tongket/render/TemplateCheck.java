package vn.tongket.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.UnitYearSummary;
import vn.tongket.aggregate.YearAggregator;
import vn.tongket.docx.DocxTemplate;
import vn.tongket.docx.TemplateProblem;
import vn.tongket.ingest.InputFiles;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.ingest.ReadResult;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;

/**
 * Checks Word templates before a job uses them: compiles every template of every document folder and fills it
 * with sample data models made from the input by the jobs' own code (for year-end: {@link MeetingReader},
 * {@link YearAggregator}, {@link YearEndModel}), one for every unit and year with data, plus an "empty" one (a unit
 * whose one meeting reports nothing) for the branches that data does not reach. No job runs and no database is
 * opened. Used by {@code tongket templates check}.
 */
public final class TemplateCheck {

    /** A data model to fill templates with, and what it stands for ({@code thuong-tin 2023}). */
    public record SampleModel(String name, Map<String, Object> model) {
    }

    /**
     * A problem with one template: its location in the document (empty when it concerns the whole file), what is
     * wrong, and the sample models it showed with (empty for problems found when compiling).
     */
    public record Problem(Path file, String location, String detail, List<String> models) {

        public String describe() {
            return file + (location.isEmpty() ? "" : ", " + location) + ": " + detail
                    + (models.isEmpty() ? "" : " (with the sample data " + String.join(", ", models) + ")");
        }
    }

    /** One template checked: its kind (empty for a folder no job uses), the models it was filled with, problems. */
    public record Checked(Path file, Optional<DocumentKind> kind, List<String> filledWith, List<Problem> problems) {

        public boolean fine() {
            return problems.isEmpty();
        }
    }

    /** Everything the check found: each template, problems not tied to one template, and notes. */
    public record Report(List<Checked> templates, List<Problem> folderProblems, List<String> notes) {

        public boolean fine() {
            return folderProblems.isEmpty() && templates.stream().allMatch(Checked::fine);
        }

        /** Every problem, folder problems first. */
        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>(folderProblems);
            templates.forEach(t -> all.addAll(t.problems()));
            return all;
        }
    }

    private TemplateCheck() {
    }

    /**
     * Checks the templates of every document folder under {@code templatesRoot}. Templates of a known kind are
     * filled with that kind's sample models made from {@code input}; templates in other folders are only compiled.
     *
     * @throws IllegalArgumentException if the templates folder does not exist, or the input gives no sample data
     */
    public static Report check(Path templatesRoot, Path input) {
        if (!Files.isDirectory(templatesRoot)) {
            throw new IllegalArgumentException("template folder " + templatesRoot + " does not exist");
        }
        List<Checked> checked = new ArrayList<>();
        List<Problem> folderProblems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<SourcedMeeting> meetings = null;
        for (DocumentKind kind : DocumentKind.values()) {
            Path folder = kind.folder(templatesRoot);
            List<Path> templates = kind.templates(templatesRoot);
            if (templates.isEmpty()) {
                folderProblems.add(new Problem(folder, "", Files.isDirectory(folder)
                        ? "no Word template (*.docx) in the folder; the " + kind.description() + " needs one"
                        : "the folder is missing; the " + kind.description() + " takes its templates from it",
                        List.of()));
                continue;
            }
            if (meetings == null) {
                meetings = meetings(input, notes);
            }
            List<SampleModel> samples = samples(kind, meetings, input);
            List<String> neverGiven = neverGiven(samples);
            if (!neverGiven.isEmpty()) {
                notes.add("the sample data for the " + kind.description() + " never has " + String.join(" or ",
                        neverGiven) + ": template parts shown only when " + (neverGiven.size() == 1 ? "it has"
                        : "they have") + " a value were not checked");
            }
            for (Path template : templates) {
                checked.add(check(template, Optional.of(kind), samples));
            }
        }
        for (Path folder : otherFolders(templatesRoot)) {
            List<Path> templates = DocumentMaker.templateFiles(folder);
            if (!templates.isEmpty()) {
                notes.add(folder + ": no job makes documents from this folder; its templates were compiled, not"
                        + " filled (the folders that are used: " + Stream.of(DocumentKind.values())
                        .map(DocumentKind::folderName).collect(Collectors.joining(", ")) + ")");
            }
            for (Path template : templates) {
                checked.add(check(template, Optional.empty(), List.of()));
            }
        }
        for (Path stray : DocumentMaker.templateFiles(templatesRoot)) {
            notes.add(stray + ": not in a document folder, so no job uses it; move it into a folder such as "
                    + DocumentKind.YEAR_END.folder(templatesRoot));
        }
        return new Report(List.copyOf(checked), List.copyOf(folderProblems), List.copyOf(notes));
    }

    /** Compiles one template and fills it with each model; problems that several models share are listed once. */
    public static Checked check(Path template, Optional<DocumentKind> kind, List<SampleModel> models) {
        DocxTemplate compiled;
        try {
            compiled = DocxTemplate.compile(template);
        } catch (TemplateProblem p) {
            return new Checked(template, kind, List.of(), List.of(new Problem(template, p.location(), p.detail(),
                    List.of())));
        }
        Map<String, List<String>> modelsByProblem = new LinkedHashMap<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        List<String> filledWith = new ArrayList<>();
        for (SampleModel sample : models) {
            try {
                compiled.fill(sample.model());
                filledWith.add(sample.name());
            } catch (TemplateProblem p) {
                String key = p.location() + "\u0000" + p.detail();
                problems.putIfAbsent(key, new Problem(template, p.location(), p.detail(), List.of()));
                modelsByProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(sample.name());
            } catch (RuntimeException e) {
                String key = "\u0000" + e;
                problems.putIfAbsent(key, new Problem(template, "", "filling failed: " + e, List.of()));
                modelsByProblem.computeIfAbsent(key, k -> new ArrayList<>()).add(sample.name());
            }
        }
        List<Problem> found = problems.entrySet().stream()
                .map(e -> new Problem(template, e.getValue().location(), e.getValue().detail(),
                        List.copyOf(modelsByProblem.get(e.getKey()))))
                .toList();
        return new Checked(template, kind, List.copyOf(filledWith), found);
    }

    /**
     * The sample models of a kind of document, made from the valid meetings of the input as the kind's job makes
     * its models.
     *
     * @throws IllegalArgumentException if there is no meeting to make them from
     */
    public static List<SampleModel> samples(DocumentKind kind, List<SourcedMeeting> meetings, Path input) {
        if (meetings.isEmpty()) {
            throw new IllegalArgumentException("no valid meeting file in " + input
                    + ": the check fills the templates with data made from the input (see --input)");
        }
        return switch (kind) {
            case YEAR_END -> yearEndSamples(meetings);
        };
    }

    /**
     * The valid meetings of an input folder, read by the job's reader (text that is not NFC is normalized rather
     * than rejected: this is only sample data); invalid files are noted in {@code notes} and left out.
     */
    public static List<SourcedMeeting> meetings(Path input, List<String> notes) {
        return new MeetingFiles(MeetingReader.NonNfcPolicy.NORMALIZE, MeetingReader.DEFAULT_MAX_FILE_BYTES)
                .validMeetings(input, notes);
    }

    /**
     * A year-end model for every unit and year the meetings cover (sorted by unit, then year), then an "empty" one
     * for the branches that data does not reach: the unit of the latest meeting that lists shortcomings, in the year
     * after its latest meeting, with one meeting that names nobody and reports nothing (no tally, indicators,
     * findings, directions, directives or lessons). Its section on the earlier review is filled from the real
     * shortcomings, while the models of the data cover the case without an earlier review.
     */
    public static List<SampleModel> yearEndSamples(List<SourcedMeeting> meetings) {
        Map<String, List<SourcedMeeting>> byUnit = meetings.stream()
                .collect(Collectors.groupingBy(SourcedMeeting::unitId, LinkedHashMap::new, Collectors.toList()));
        List<SampleModel> models = new ArrayList<>();
        byUnit.keySet().stream().sorted().forEach(unit -> {
            List<Integer> years = byUnit.get(unit).stream()
                    .map(m -> m.meeting().period())
                    .filter(p -> p != null && p.kind() == Period.Kind.YEAR && p.year() != null)
                    .map(Period::year).distinct().sorted().toList();
            for (int year : years) {
                YearAggregator.summarize(byUnit.get(unit), year).ifPresent(summary ->
                        models.add(new SampleModel(unit + " " + year, YearEndModel.of(summary))));
            }
        });
        Comparator<SourcedMeeting> chronological = Comparator.comparing((SourcedMeeting m) -> m.meeting().date())
                .thenComparing(SourcedMeeting::unitId);
        String unit = meetings.stream().filter(m -> !m.meeting().shortcomings().isEmpty()).max(chronological)
                .or(() -> meetings.stream().max(chronological)).orElseThrow().unitId();
        List<SourcedMeeting> unitMeetings = byUnit.get(unit);
        SourcedMeeting last = unitMeetings.stream().max(chronological).orElseThrow();
        int year = unitMeetings.stream().mapToInt(m -> yearOf(m.meeting())).max().orElseThrow() + 1;
        List<SourcedMeeting> withEmpty = new ArrayList<>(unitMeetings);
        withEmpty.add(new SourcedMeeting(last.file(), nothingReported(last.meeting(), year)));
        UnitYearSummary empty = YearAggregator.summarize(withEmpty, year).orElseThrow();
        models.add(new SampleModel(unit + " " + year + " with one meeting that reports nothing",
                YearEndModel.of(empty)));
        return List.copyOf(models);
    }

    private static int yearOf(Meeting m) {
        return Math.max(m.date().getYear(), m.period() != null && m.period().year() != null ? m.period().year() : 0);
    }

    /** The meeting moved to the same day of {@code year}, about that whole year, naming nobody, reporting nothing. */
    private static Meeting nothingReported(Meeting m, int year) {
        return new Meeting(m.format(), m.id(), m.unit(), m.kind(), m.title(), m.reportingBodies(),
                m.date().withYear(year), m.timeOfDay(), m.expanded(), m.term(), m.session(), Period.year(year),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                m.documentsReviewed(), m.source());
    }

    /**
     * The names of the data model that no sample gives a value (missing, or an empty list, in every one): what the
     * templates do with them could not be checked.
     */
    public static List<String> neverGiven(List<SampleModel> samples) {
        if (samples.isEmpty()) {
            return List.of();
        }
        return samples.getFirst().model().keySet().stream()
                .filter(key -> samples.stream().map(s -> s.model().get(key))
                        .allMatch(v -> v == null || v instanceof java.util.Collection<?> c && c.isEmpty()))
                .toList();
    }

    /** The folders under the templates folder that no kind of document uses (hidden ones left out). */
    private static List<Path> otherFolders(Path templatesRoot) {
        try (Stream<Path> entries = Files.list(templatesRoot)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> DocumentKind.ofFolder(p.getFileName().toString()).isEmpty())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + templatesRoot, e);
        }
    }
}
