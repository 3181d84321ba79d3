package vn.tongket.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.publish.AtomicFiles;
import vn.tongket.publish.IndexPage;
import vn.tongket.publish.RunReport;
import vn.tongket.staging.StagingStore;

/**
 * Moves the rendered documents into output/year-end/&lt;year&gt;/&lt;unit&gt;/ one atomic file at a time and writes
 * the run report beside them. Publishing again after a crash rewrites the same bytes.
 */
public class YearEndPublishTasklet implements Tasklet {

    private final StagingStore store;
    private final long instance;
    private final int year;
    private final Set<String> units;
    private final Path input;
    private final Path output;

    public YearEndPublishTasklet(StagingStore store, long instance, int year, Set<String> units, Path input,
                                 Path output) {
        this.store = store;
        this.instance = instance;
        this.year = year;
        this.units = units;
        this.input = input;
        this.output = output;
    }

    /** Where a year's documents go: output/year-end/2023. */
    public static Path yearFolder(Path output, int year) {
        return output.resolve("year-end").resolve(Integer.toString(year));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path folder = yearFolder(output, year);
        AtomicFiles.removeLeftovers(folder);
        Map<String, List<RunReport.FileEntry>> filesByUnit = new LinkedHashMap<>();
        for (StagingStore.StoredFile file : store.renderedFiles(instance)) {
            Path target = folder.resolve(file.unitId()).resolve(file.name());
            AtomicFiles.write(target, store.renderedContent(instance, file.unitId(), file.name()));
            filesByUnit.computeIfAbsent(file.unitId(), u -> new ArrayList<>()).add(new RunReport.FileEntry(
                    output.relativize(target).toString().replace('\\', '/'), file.sha256()));
            contribution.incrementWriteCount(1);
        }

        List<RunReport.UnitEntry> unitEntries = new ArrayList<>();
        for (String unit : store.summarizedUnits(instance)) {
            unitEntries.add(new RunReport.UnitEntry(unit, store.summary(instance, unit).unit().name(),
                    filesByUnit.getOrDefault(unit, List.of()), store.renderWarnings(instance, unit)));
        }
        List<String> notes = new ArrayList<>();
        for (String unit : units) {
            if (!filesByUnit.containsKey(unit)) {
                notes.add("unit \"" + unit + "\" has no meeting about the year " + year + "; no document was made");
            }
        }
        if (unitEntries.isEmpty()) {
            notes.add("no unit has a meeting about the year " + year + " in the input");
        }
        List<InputProblem> problems = store.problems(instance);
        RunReport report = new RunReport("year-end", Integer.toString(year), List.copyOf(units.stream().sorted()
                .toList()), input.getFileName().toString(), unitEntries, RunReport.rejectedFiles(problems),
                problems.stream().filter(p -> !p.isError()).toList(), notes);
        AtomicFiles.write(folder.resolve("run-report.json"),
                MeetingReader.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        AtomicFiles.write(folder.resolve("run-report.txt"), report.toText().getBytes(StandardCharsets.UTF_8));
        IndexPage.update(output, folder, YearEndJobConfiguration.JOB_NAME + "#" + instance);
        store.forgetRenderedContent(instance);
        return RepeatStatus.FINISHED;
    }
}
