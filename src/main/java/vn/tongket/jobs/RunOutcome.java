package vn.tongket.jobs;

import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;

/** How a run ended, for the command line: the batch status, whether input was rejected, and where the report is. */
public record RunOutcome(String period, long executionId, boolean restarted, BatchStatus status, int units, int rejectedFiles,
                         Path report, String failure) {

    public boolean succeeded() {
        return status == BatchStatus.COMPLETED;
    }
}
