package vn.tongket.ingest;

import java.util.List;
import vn.tongket.meeting.Meeting;

/** What reading one file gave: the meeting when it is valid, and every problem found on the way. */
public record ReadResult(String file, Meeting meeting, List<InputProblem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return meeting != null && problems.stream().noneMatch(InputProblem::isError);
    }
}
