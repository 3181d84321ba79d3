package vn.tongket.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.tongket.staging.StagingStore;

/** Past runs as the job repository and the run tables remember them, newest first. */
@Component
public class RunHistory {

    /**
     * One execution: when, which job and period, how it ended, what it made (the units of a completed run; null
     * for a run that did not complete) and rejected.
     */
    public record Run(long execution, LocalDateTime started, String job, String period, String status,
                      Integer units, int rejectedFiles, Duration duration) {
    }

    /** The identifying parameters that name a run's period, whatever the job: the first one present is shown. */
    private static final List<String> PERIOD_PARAMETERS = List.of(ReviewRequest.PERIOD, "year", "date");

    private final JobRepository repository;
    private final StagingStore store;

    public RunHistory(JobRepository repository, StagingStore store) {
        this.repository = repository;
        this.store = store;
    }

    public List<Run> latest(int count) {
        return latest(count, null);
    }

    /** The latest runs of one job (yearEndJob, say), or of every job when {@code jobName} is null. */
    public List<Run> latest(int count, String jobName) {
        List<Run> runs = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            if (jobName != null && !jobName.equals(job)) {
                continue;
            }
            for (JobInstance instance : repository.getJobInstances(job, 0, count)) {
                long id = instance.getInstanceId();
                int units = store.summarizedUnits(id).size();
                int rejected = store.rejectedFileCount(id);
                for (JobExecution execution : repository.getJobExecutions(instance)) {
                    runs.add(new Run(execution.getId(), execution.getStartTime(), job, period(execution),
                            execution.getStatus().name(),
                            execution.getStatus() == BatchStatus.COMPLETED ? units : null, rejected,
                            duration(execution)));
                }
            }
        }
        runs.sort(Comparator.comparing(Run::execution).reversed());
        return runs.subList(0, Math.min(count, runs.size()));
    }

    private static String period(JobExecution execution) {
        for (String name : PERIOD_PARAMETERS) {
            JobParameter<?> parameter = execution.getJobParameters().getParameter(name);
            if (parameter != null) {
                return String.valueOf(parameter.value());
            }
        }
        return "";
    }

    private static Duration duration(JobExecution execution) {
        if (execution.getStartTime() == null || execution.getEndTime() == null) {
            return null;
        }
        return Duration.between(execution.getStartTime(), execution.getEndTime());
    }
}
