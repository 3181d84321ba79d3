package vn.tongket.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.tongket.ProductVersion;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.StagingStore.StoredSummary;
import vn.tongket.staging.UnitFingerprints;
import vn.tongket.staging.UnitFingerprints.Outcome;
import vn.tongket.staging.UnitFingerprints.Published;
import vn.tongket.staging.UnitFingerprints.PublishedFile;

/**
 * Renders one unit's documents and keeps them in the run's tables until the publish step. In an incremental run
 * (the nightly one) a unit whose data, templates and product version are those of its last good run, and whose
 * published files are still there unchanged, is not made again.
 */
public class RenderTasklet implements Tasklet {

    private final StagingStore store;
    private final UnitFingerprints fingerprints;
    private final DocumentPlan plan;
    private final long instance;
    private final String unit;
    private final RunScope scope;
    private final Path templates;
    private final String templatesFingerprint;
    private final String fontsFingerprint;
    private final Path output;
    private final boolean incremental;

    public RenderTasklet(StagingStore store, UnitFingerprints fingerprints, DocumentPlan plan, long instance,
                         String unit, RunScope scope, Path templates, String templatesFingerprint, String fontsFingerprint,
                         Path output, boolean incremental) {
        this.store = store;
        this.fingerprints = fingerprints;
        this.plan = plan;
        this.instance = instance;
        this.unit = unit;
        this.scope = scope;
        this.templates = templates;
        this.templatesFingerprint = templatesFingerprint;
        this.fontsFingerprint = fontsFingerprint;
        this.output = output;
        this.incremental = incremental;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StoredSummary summary = store.summary(instance, unit);
        UnitFingerprint fingerprint = UnitFingerprint.of(summary.json(), templatesFingerprint, fontsFingerprint,
                ProductVersion.current());
        Optional<Published> last = fingerprints.lastPublished(plan.jobName(), scope.period(), output.toString(),
                unit);
        String reason = reasonToMake(fingerprint, last);
        if (reason == null) {
            store.replaceRendered(instance, unit, List.of(), last.orElseThrow().warnings());
            fingerprints.recordOutcome(instance, unit, new Outcome(fingerprint.toString(), false,
                    "unchanged since the last good run"));
            return RepeatStatus.FINISHED;
        }
        List<String> warnings = new ArrayList<>();
        List<StagingStore.RenderedFile> files = plan.render(summary, scope, templates, warnings);
        store.replaceRendered(instance, unit, files, warnings);
        fingerprints.recordOutcome(instance, unit, new Outcome(fingerprint.toString(), true, reason));
        contribution.incrementWriteCount(files.size());
        return RepeatStatus.FINISHED;
    }

    /** Why the unit's documents are made in this run, or null when they need not be. */
    private String reasonToMake(UnitFingerprint fingerprint, Optional<Published> last) {
        if (!incremental) {
            return "made on request";
        }
        if (last.isEmpty()) {
            return "no earlier good run";
        }
        String changes = fingerprint.changesSince(UnitFingerprint.parse(last.get().fingerprint()));
        if (!changes.isEmpty()) {
            return changes;
        }
        for (PublishedFile file : last.get().files()) {
            Path published = output.resolve(file.path());
            try {
                if (!Files.isRegularFile(published)
                        || !StagingStore.sha256(Files.readAllBytes(published)).equals(file.sha256())) {
                    return "a document in the output folder is missing or was changed (" + file.path() + ")";
                }
            } catch (IOException e) {
                return "a document in the output folder cannot be read (" + file.path() + ")";
            }
        }
        return null;
    }
}
