package vn.tongket.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.tongket.ingest.InputFiles;
import vn.tongket.publish.RunReport;
import vn.tongket.render.DocumentKind;
import vn.tongket.staging.RepositoryOwnership;
import vn.tongket.staging.StagingStore;
import vn.tongket.staging.UnitFingerprints;

/**
 * Starts a run of one kind of document, or restarts the last one for the same period, units and input when it
 * failed or was stopped: the restart skips what that run already finished (staging, aggregation, units rendered).
 */
@Component
public class ReviewLauncher {

    private static final Logger log = LoggerFactory.getLogger(ReviewLauncher.class);
    private static final int INSTANCES_LOOKED_AT = 200;

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final DocumentPlans plans;
    private final StagingStore store;
    private final UnitFingerprints fingerprints;
    private final RepositoryOwnership ownership;

    public ReviewLauncher(JobOperator operator, JobRepository repository, List<Job> jobs, DocumentPlans plans,
                          StagingStore store, UnitFingerprints fingerprints, RepositoryOwnership ownership) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, job -> job));
        this.plans = plans;
        this.store = store;
        this.fingerprints = fingerprints;
        this.ownership = ownership;
    }

    public RunOutcome run(ReviewRequest request) throws Exception {
        String jobName = plans.of(request.kind()).jobName();
        String fingerprint = InputFiles.fingerprint(InputFiles.list(request.input()));
        JobParameters identity = request.identifying(fingerprint);
        Optional<JobExecution> previous = lastExecutionOf(jobName, identity);

        if (previous.isPresent() && previous.get().getStatus().isRunning()) {
            previous = Optional.of(recoverAbandoned(previous.get()));
        }
        if (request.nightly() && previous.isPresent() && previous.get().getStatus() == BatchStatus.COMPLETED) {
            log.info("{} for {} already finished on the run date {} (execution {}); not run again", jobName,
                    request.period(), request.runDate(), previous.get().getId());
            return outcome(request.kind(), previous.get(), false, true);
        }
        JobExecution execution;
        boolean restarted = false;
        if (previous.isPresent() && (previous.get().getStatus() == BatchStatus.FAILED
                || previous.get().getStatus() == BatchStatus.STOPPED)) {
            log.info("Restarting {} execution {} (it ended {}); finished steps are skipped", jobName,
                    previous.get().getId(), previous.get().getStatus());
            execution = operator.restart(previous.get());
            restarted = true;
        } else {
            long run = instanceCount(jobName) + 1;
            while (repository.getJobInstance(jobName, request.toJobParameters(fingerprint, run)) != null) {
                run++;
            }
            execution = operator.start(jobs.get(jobName), request.toJobParameters(fingerprint, run));
        }
        return outcome(request.kind(), execution, restarted, false);
    }

    /**
     * An execution still marked running when this process starts was left by a process that was killed, if the
     * repository is this process's alone: it is marked failed so that it can be restarted.
     */
    private JobExecution recoverAbandoned(JobExecution running) {
        if (!ownership.exclusiveToThisProcess()) {
            throw new IllegalStateException("a run of " + running.getJobInstance().getJobName()
                    + " for the same period, units and input is marked running"
                    + " (execution " + running.getId() + ") in a shared database; if no process is running it any"
                    + " more, mark it failed with: tongket jobs --recover " + running.getId() + "; then run again");
        }
        log.warn("Execution {} was left running by a process that stopped; marking it failed to restart it",
                running.getId());
        return operator.recover(running);
    }

    private long instanceCount(String jobName) {
        try {
            return repository.getJobInstanceCount(jobName);
        } catch (NoSuchJobException none) {
            return 0;
        }
    }

    private Optional<JobExecution> lastExecutionOf(String jobName, JobParameters identity) {
        List<JobInstance> instances = repository.getJobInstances(jobName, 0, INSTANCES_LOOKED_AT);
        for (JobInstance instance : instances) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && sameIdentity(last.getJobParameters(), identity)) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private static boolean sameIdentity(JobParameters parameters, JobParameters identity) {
        return identity.parameters().stream().allMatch(p -> {
            var other = parameters.getParameter(p.name());
            return other != null && Objects.equals(other.value(), p.value());
        });
    }

    private RunOutcome outcome(DocumentKind kind, JobExecution execution, boolean restarted,
                               boolean alreadyFinished) {
        long instance = execution.getJobInstance().getInstanceId();
        int rejected = store.rejectedFileCount(instance);
        List<String> entries = store.summarizedUnits(instance);
        int summaries = (int) entries.stream().filter(RunReport::isAcrossUnits).count();
        JobParameters parameters = execution.getJobParameters();
        String period = parameters.getString(ReviewRequest.PERIOD);
        Path report = PublishTasklet.periodFolder(Path.of(parameters.getString(ReviewRequest.OUTPUT)), kind,
                period).resolve("run-report.txt");
        String failure = firstCause(execution);
        int made = (int) fingerprints.outcomes(instance).values().stream().filter(UnitFingerprints.Outcome::made)
                .count();
        return new RunOutcome(kind.folderName() + " " + period, execution.getId(), restarted, alreadyFinished,
                execution.getStatus(), entries.size() - summaries, summaries, made, rejected, report, failure);
    }

    /**
     * The failure a person can act on: a worker step's own error (a template problem, say) rather than the
     * partition manager's "unsuccessful step", which only says that one of its workers failed.
     */
    private static String firstCause(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(s -> s.getStepName()))
                .flatMap(step -> step.getFailureExceptions().stream())
                .filter(e -> !(e instanceof org.springframework.batch.core.job.JobExecutionException))
                .findFirst()
                .or(() -> execution.getAllFailureExceptions().stream().findFirst())
                .map(FailureMessage::of)
                .orElse(null);
    }
}
