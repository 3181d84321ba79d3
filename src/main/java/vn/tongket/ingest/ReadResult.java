package vn.tongket.ingest;

import java.util.List;
import java.util.Map;
import vn.tongket.meeting.Meeting;

/**
 * What reading one input file gave: the meeting (null when the file was rejected) and the problems found.
 *
 * @param places where the values of a workbook meeting are, in words ("sheet Chỉ tiêu, cell F7") by JSON pointer;
 *               empty for a JSON file, whose pointers name the places themselves
 */
public record ReadResult(String file, Meeting meeting, List<InputProblem> problems, Map<String, String> places) {

    public ReadResult {
        problems = List.copyOf(problems);
        places = Map.copyOf(places);
    }

    public ReadResult(String file, Meeting meeting, List<InputProblem> problems) {
        this(file, meeting, problems, Map.of());
    }

    public boolean accepted() {
        return meeting != null && problems.stream().noneMatch(InputProblem::isError);
    }
}
