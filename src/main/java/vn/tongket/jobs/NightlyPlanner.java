package vn.tongket.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tongket.TongketProperties;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.render.DocumentKind;

/**
 * The runs of one night: for every kind of document configured (by default all), every period the valid input has
 * data for, each identified by the run date so that a second start the same night restarts or refuses it.
 */
@Component
public class NightlyPlanner {

    private final DocumentPlans plans;
    private final NightlyProperties nightly;
    private final TongketProperties properties;

    public NightlyPlanner(DocumentPlans plans, NightlyProperties nightly, TongketProperties properties) {
        this.plans = plans;
        this.nightly = nightly;
        this.properties = properties;
    }

    /** The kinds of document the configuration asks for, in the order of {@link DocumentKind}. */
    public List<DocumentPlan> configuredPlans() {
        for (String name : nightly.documents()) {
            if (DocumentKind.ofFolder(name).isEmpty()) {
                throw new IllegalArgumentException("tongket.nightly.documents: \"" + name + "\" is not a kind of"
                        + " document; the kinds are " + plans.all().stream().map(p -> p.kind().folderName())
                        .toList());
            }
        }
        return plans.all().stream()
                .filter(p -> nightly.documents().isEmpty() || nightly.documents().contains(p.kind().folderName()))
                .toList();
    }

    /** The requests of the night; input files that are not valid are left out here and reported by each run. */
    public List<ReviewRequest> plan(LocalDate runDate, List<String> units, Path input, Path output, Path templates) {
        List<SourcedMeeting> meetings = new MeetingFiles(properties.input().nonNfc(), properties.input()
                .maxFileBytes()).validMeetings(input, new ArrayList<>());
        List<ReviewRequest> requests = new ArrayList<>();
        for (DocumentPlan plan : configuredPlans()) {
            for (String period : plan.periodsIn(meetings)) {
                requests.add(new ReviewRequest(plan.kind(), period, null, units, input, output, templates, runDate));
            }
        }
        return requests;
    }
}
