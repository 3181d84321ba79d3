package vn.tongket.jobs;

import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;

/**
 * How a run ended, for the command line: the batch status, whether input was rejected, and where the report is.
 *
 * @param period          the document and period, "year-end 2023"
 * @param alreadyFinished a nightly run found the same run finished on the same run date and did not run it again
 * @param units           the units with documents
 * @param summaries       the documents across units (the mid-term summary), beside the units
 * @param unitsMade       how many of the units and summaries had their documents made in this run
 */
public record RunOutcome(String period, long executionId, boolean restarted, boolean alreadyFinished,
                         BatchStatus status, int units, int summaries, int unitsMade, int rejectedFiles, Path report,
                         String failure) {

    public boolean succeeded() {
        return status == BatchStatus.COMPLETED;
    }
}
