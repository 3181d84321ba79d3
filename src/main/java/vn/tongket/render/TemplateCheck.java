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
import java.time.LocalDate;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.aggregate.ReviewTerm;
import vn.tongket.aggregate.TermAggregator;
import vn.tongket.aggregate.TermComparisons;
import vn.tongket.aggregate.UnitTermSummary;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.aggregate.UnitSummary;
import vn.tongket.aggregate.PeriodAggregator;
import vn.tongket.docx.DocxTemplate;
import vn.tongket.docx.Fragments;
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
 * {@link PeriodAggregator}, {@link ReviewModel}), one for every unit and year with data, plus an "empty" one (a unit
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
            case YEAR_END -> periodSamples(meetings, false);
            case HALF_YEAR -> periodSamples(meetings, true);
            case MID_TERM -> termSamples(meetings, false);
            case MID_TERM_SUMMARY -> termSamples(meetings, true);
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
     * A review model for every unit and year (or half year) the meetings cover (sorted by unit, then period), then an
     * "empty" one for the branches that data does not reach: the unit of the latest meeting that lists shortcomings,
     * in the year after its latest meeting, with one meeting that names nobody and reports nothing (no tally,
     * indicators, findings, directions, directives or lessons). Its section on the earlier review is filled from the
     * real shortcomings, while the models of the data cover the case without an earlier review.
     */
    public static List<SampleModel> periodSamples(List<SourcedMeeting> meetings, boolean halfYears) {
        Map<String, List<SourcedMeeting>> byUnit = meetings.stream()
                .collect(Collectors.groupingBy(SourcedMeeting::unitId, LinkedHashMap::new, Collectors.toList()));
        List<SampleModel> models = new ArrayList<>();
        byUnit.keySet().stream().sorted().forEach(unit -> {
            List<ReviewPeriod> periods = byUnit.get(unit).stream()
                    .map(m -> m.meeting().period())
                    .filter(p -> p != null && p.year() != null)
                    .filter(p -> halfYears ? p.kind() == Period.Kind.HALF_YEAR && p.half() != null
                            : p.kind() == Period.Kind.YEAR)
                    .map(p -> halfYears ? ReviewPeriod.half(p.year(), p.half()) : ReviewPeriod.year(p.year()))
                    .distinct()
                    .sorted(Comparator.comparing(ReviewPeriod::key))
                    .toList();
            for (ReviewPeriod period : periods) {
                PeriodAggregator.summarize(byUnit.get(unit), period).ifPresent(summary ->
                        models.add(new SampleModel(unit + " " + period.key(), ReviewModel.of(summary))));
            }
            if (halfYears) {
                models.addAll(yearsAsFirstHalves(unit, byUnit.get(unit)));
            }
        });
        Comparator<SourcedMeeting> chronological = Comparator.comparing((SourcedMeeting m) -> m.meeting().date())
                .thenComparing(SourcedMeeting::unitId);
        String unit = meetings.stream().filter(m -> !m.meeting().shortcomings().isEmpty()).max(chronological)
                .or(() -> meetings.stream().max(chronological)).orElseThrow().unitId();
        List<SourcedMeeting> unitMeetings = byUnit.get(unit);
        SourcedMeeting last = unitMeetings.stream().max(chronological).orElseThrow();
        int year = unitMeetings.stream().mapToInt(m -> yearOf(m.meeting())).max().orElseThrow() + 1;
        ReviewPeriod period = halfYears ? ReviewPeriod.half(year, 1) : ReviewPeriod.year(year);
        Period reported = halfYears ? new Period(Period.Kind.HALF_YEAR, year, 1, null, null, null) : Period.year(year);
        List<SourcedMeeting> withEmpty = new ArrayList<>(unitMeetings);
        withEmpty.add(new SourcedMeeting(last.file(), nothingReported(last.meeting(), year, reported)));
        UnitSummary empty = PeriodAggregator.summarize(withEmpty, period).orElseThrow();
        models.add(new SampleModel(unit + " " + period.key() + " with one meeting that reports nothing",
                ReviewModel.of(empty)));
        return List.copyOf(models);
    }

    /**
     * For every term the meetings name: a mid-term model for every unit with data in the term as of its latest
     * meeting (the default as-of date), and again as of the date of each term-to-date meeting (the usual as-of date of
     * a mid-term review, which leaves later meetings out); then an "empty" one: the unit of the latest meeting, whose
     * only meeting is moved to the term's first year and reports nothing. For the summary across units: the
     * comparison of each superior's units at each date, then the one of that empty unit alone. Without any term in
     * the data, the five years from the first meeting's year stand in.
     */
    public static List<SampleModel> termSamples(List<SourcedMeeting> meetings, boolean summary) {
        List<SampleModel> models = new ArrayList<>();
        Map<String, List<SourcedMeeting>> byUnit = meetings.stream()
                .collect(Collectors.groupingBy(SourcedMeeting::unitId));
        for (ReviewTerm term : terms(meetings)) {
            LocalDate asOf = TermAggregator.defaultAsOf(meetings, term).orElse(term.start().plusYears(3));
            java.util.TreeSet<LocalDate> asOfDates = new java.util.TreeSet<>(List.of(asOf));
            meetings.stream().map(m -> m.meeting().period())
                    .filter(p -> p.kind() == Period.Kind.TERM_TO_DATE && p.asOf() != null && term.covers(p))
                    .forEach(p -> asOfDates.add(p.asOf()));
            for (LocalDate date : asOfDates) {
                String suffix = date.equals(asOf) ? "" : " as of " + date;
                List<UnitTermSummary> units = new ArrayList<>();
                for (String unit : TermAggregator.unitsWith(meetings, term, date)) {
                    TermAggregator.summarize(byUnit.get(unit), term, date, Map.of()).ifPresent(units::add);
                }
                if (summary) {
                    TermComparisons.bySuperior(units).forEach((superior, group) -> models.add(new SampleModel(
                            superior + " " + term.key() + suffix, MidTermSummaryModel.of(TermComparisons.of(group)))));
                } else {
                    units.forEach(u -> models.add(new SampleModel(u.unitId() + " " + term.key() + suffix,
                            MidTermModel.of(u))));
                }
            }
            SourcedMeeting last = meetings.stream().max(Comparator.comparing((SourcedMeeting m) -> m.meeting().date())
                    .thenComparing(m -> m.meeting().id())).orElseThrow();
            Meeting moved = nothingReported(last.meeting(), term.from(), Period.year(term.from()));
            UnitTermSummary empty = TermAggregator.summarize(List.of(new SourcedMeeting(last.file(), moved)), term,
                    asOf.isBefore(moved.date()) ? moved.date() : asOf, Map.of()).orElseThrow();
            String name = last.unitId() + " " + term.key() + " with one meeting that reports nothing";
            models.add(new SampleModel(name, summary ? MidTermSummaryModel.of(TermComparisons.of(List.of(empty)))
                    : MidTermModel.of(empty)));
        }
        return List.copyOf(models);
    }

    /** The terms the meetings name (their congress term, or the term to date they report on), sorted. */
    private static List<ReviewTerm> terms(List<SourcedMeeting> meetings) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (SourcedMeeting m : meetings) {
            Meeting.Term t = m.meeting().term();
            if (t != null && t.from() != null && t.to() != null && t.to() > t.from()) {
                keys.add(t.from() + "-" + t.to());
            }
            Period p = m.meeting().period();
            if (p != null && p.kind() == Period.Kind.TERM_TO_DATE && p.from() != null && p.to() != null
                    && p.to() > p.from()) {
                keys.add(p.from() + "-" + p.to());
            }
        }
        if (keys.isEmpty()) {
            int first = meetings.stream().mapToInt(m -> m.meeting().date().getYear()).min().orElseThrow();
            keys.add(first + "-" + (first + 5));
        }
        return keys.stream().map(ReviewTerm::ofKey).toList();
    }

    /**
     * The unit's meetings about whole years, each taken as if it were about the first half of that year: the sample
     * half-year reports are few, and a year's meetings reach the parts of a half-year template they leave out.
     */
    private static List<SampleModel> yearsAsFirstHalves(String unit, List<SourcedMeeting> unitMeetings) {
        List<SampleModel> models = new ArrayList<>();
        unitMeetings.stream()
                .filter(m -> m.meeting().period() != null && m.meeting().period().kind() == Period.Kind.YEAR
                        && m.meeting().period().year() != null)
                .sorted(Comparator.comparing((SourcedMeeting m) -> m.meeting().period().year())
                        .thenComparing(m -> m.meeting().id()))
                .forEach(m -> {
                    int year = m.meeting().period().year();
                    Period firstHalf = new Period(Period.Kind.HALF_YEAR, year, 1, null, null, null);
                    Meeting recast = withPeriod(m.meeting(), firstHalf);
                    PeriodAggregator.summarize(List.of(new SourcedMeeting(m.file(), recast)),
                            ReviewPeriod.half(year, 1)).ifPresent(summary -> models.add(new SampleModel(
                            unit + " " + year + " taken as " + year + "-h1", ReviewModel.of(summary))));
                });
        return models;
    }

    private static Meeting withPeriod(Meeting m, Period period) {
        return new Meeting(m.format(), m.id(), m.unit(), m.kind(), m.title(), m.reportingBodies(), m.date(),
                m.timeOfDay(), m.expanded(), m.term(), m.session(), period, m.participants(), m.targetTally(),
                m.indicators(), m.achievements(), m.shortcomings(), m.directions(), m.directives(), m.lessons(),
                m.documentsReviewed(), m.source());
    }

    private static int yearOf(Meeting m) {
        return Math.max(m.date().getYear(), m.period() != null && m.period().year() != null ? m.period().year() : 0);
    }

    /** The meeting moved to the same day of {@code year}, about {@code period}, naming nobody, reporting nothing. */
    private static Meeting nothingReported(Meeting m, int year, Period period) {
        return new Meeting(m.format(), m.id(), m.unit(), m.kind(), m.title(), m.reportingBodies(),
                m.date().withYear(year), m.timeOfDay(), m.expanded(), m.term(), m.session(), period,
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
                    .filter(p -> !p.getFileName().toString().equals(Fragments.FOLDER)) // included, not filled
                    .filter(p -> DocumentKind.ofFolder(p.getFileName().toString()).isEmpty())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + templatesRoot, e);
        }
    }
}
