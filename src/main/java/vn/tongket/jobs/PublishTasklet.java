package vn.tongket.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.publish.AtomicFiles;
import vn.tongket.publish.IndexPage;
import vn.tongket.publish.RunReport;
import vn.tongket.render.DocumentKind;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.UnitFingerprints;
import vn.tongket.staging.UnitFingerprints.Outcome;
import vn.tongket.staging.UnitFingerprints.Published;
import vn.tongket.staging.UnitFingerprints.PublishedFile;

/**
 * Moves the rendered documents into output/&lt;kind&gt;/&lt;period&gt;/&lt;unit&gt;/ one atomic file at a time and
 * writes the run report beside them. Publishing again after a crash rewrites the same bytes.
 */
public class PublishTasklet implements Tasklet {

    private final StagingStore store;
    private final UnitFingerprints fingerprints;
    private final DocumentPlan plan;
    private final long instance;
    private final RunScope scope;
    private final Path input;
    private final Path output;

    public PublishTasklet(StagingStore store, UnitFingerprints fingerprints, DocumentPlan plan, long instance,
                          RunScope scope, Path input, Path output) {
        this.store = store;
        this.fingerprints = fingerprints;
        this.plan = plan;
        this.instance = instance;
        this.scope = scope;
        this.input = input;
        this.output = output;
    }

    /** Where a period's documents of one kind go: output/year-end/2023, output/half-year/2020-h1. */
    public static Path periodFolder(Path output, DocumentKind kind, String period) {
        return output.resolve(kind.folderName()).resolve(period);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path folder = periodFolder(output, plan.kind(), scope.period());
        AtomicFiles.removeLeftovers(folder);
        Map<String, List<RunReport.FileEntry>> filesByUnit = new LinkedHashMap<>();
        for (StagingStore.StoredFile file : store.renderedFiles(instance)) {
            Path target = folder.resolve(file.unitId()).resolve(file.name());
            AtomicFiles.write(target, store.renderedContent(instance, file.unitId(), file.name()));
            filesByUnit.computeIfAbsent(file.unitId(), u -> new ArrayList<>()).add(new RunReport.FileEntry(
                    output.relativize(target).toString().replace('\\', '/'), file.sha256()));
            contribution.incrementWriteCount(1);
        }

        Map<String, Outcome> outcomes = fingerprints.outcomes(instance);
        List<RunReport.UnitEntry> unitEntries = new ArrayList<>();
        List<String> summarized = store.summarizedUnits(instance);
        for (String unit : summarized) {
            Outcome outcome = outcomes.get(unit);
            List<String> warnings = store.renderWarnings(instance, unit);
            List<RunReport.FileEntry> files;
            if (outcome != null && !outcome.made()) {
                files = fingerprints.lastPublished(plan.jobName(), scope.period(), output.toString(), unit)
                        .orElseThrow().files().stream().map(f -> new RunReport.FileEntry(f.path(), f.sha256()))
                        .toList();
            } else {
                files = filesByUnit.getOrDefault(unit, List.of());
                if (outcome != null) {
                    fingerprints.remember(plan.jobName(), scope.period(), output.toString(), unit,
                            new Published(outcome.fingerprint(), files.stream()
                                    .map(f -> new PublishedFile(f.path(), f.sha256())).toList(), warnings));
                }
            }
            unitEntries.add(new RunReport.UnitEntry(unit, store.summary(instance, unit).unitName(), files, warnings,
                    outcome == null || outcome.made(), outcome == null ? "" : outcome.reason()));
        }
        String period = plan.describe(scope);
        List<String> notes = new ArrayList<>();
        Set<String> withoutDocument = new TreeSet<>(scope.units());
        store.stagedMeetings(instance).stream().map(SourcedMeeting::unitId).filter(scope::includes)
                .forEach(withoutDocument::add);
        withoutDocument.removeAll(summarized);
        for (String unit : withoutDocument) {
            notes.add("unit \"" + unit + "\" has no meeting about " + period + "; no document was made");
        }
        if (unitEntries.isEmpty()) {
            notes.add("no unit has a meeting about " + period + " in the input");
        } else if (unitEntries.stream().noneMatch(RunReport.UnitEntry::made)) {
            notes.add("nothing changed since the last good run: no document was made again");
        }
        List<InputProblem> problems = store.problems(instance);
        RunReport report = new RunReport(plan.kind().folderName(), scope.period(),
                List.copyOf(scope.units().stream().sorted().toList()), input.getFileName().toString(), unitEntries,
                RunReport.rejectedFiles(problems),
                problems.stream().filter(p -> !p.isError()).toList(), notes);
        byte[] reportJson = MeetingReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report);
        AtomicFiles.write(folder.resolve("run-report.json"), reportJson);
        AtomicFiles.write(folder.resolve("run-report.txt"), report.toText().getBytes(StandardCharsets.UTF_8));
        // the run is named by what it published, not by its database id, so the index is the same bytes for the
        // same input whatever database the runs were recorded in, and the same again when a crash replays it
        IndexPage.update(output, folder, plan.kind().folderName() + "/" + scope.period() + "#"
                + StagingStore.sha256(reportJson).substring(0, 16));
        store.forgetRenderedContent(instance);
        return RepeatStatus.FINISHED;
    }
}
