package vn.tongket.jobs;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tongket.render.DocumentKind;
import vn.tongket.render.DocumentMaker;

/** The plan of every kind of document, found by kind (for the launcher) or by job name (for the steps). */
@Component
public class DocumentPlans {

    private final List<DocumentPlan> plans;

    public DocumentPlans(DocumentMaker documents) {
        this.plans = List.of(PeriodReviewPlan.yearEnd(documents), PeriodReviewPlan.halfYear(documents),
                new MidTermPlan(documents));
    }

    public DocumentPlan of(DocumentKind kind) {
        return plans.stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job makes the " + kind.description()));
    }

    public DocumentPlan ofJob(String jobName) {
        return plans.stream().filter(p -> p.jobName().equals(jobName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no document is made by the job " + jobName));
    }

    public List<DocumentPlan> all() {
        return plans;
    }
}
