package vn.tongket.aggregate;

import java.util.Map;
import vn.tongket.meeting.Meeting;

/**
 * A valid meeting with the input file it came from.
 *
 * @param places where the values of a meeting read from a workbook are, in words ("sheet Chỉ tiêu, cell F7"), by
 *               JSON pointer; empty for a JSON file
 */
public record SourcedMeeting(String file, Meeting meeting, Map<String, String> places) {

    public SourcedMeeting {
        places = places == null ? Map.of() : Map.copyOf(places);
    }

    public SourcedMeeting(String file, Meeting meeting) {
        this(file, meeting, Map.of());
    }

    /**
     * Where the value at a JSON pointer is, for messages: its cell (or the cell of its nearest parent that has one)
     * in a workbook meeting, the pointer itself in a JSON one.
     */
    public String placeOf(String pointer) {
        if (places.isEmpty()) {
            return pointer;
        }
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, Math.max(0, at.lastIndexOf('/')))) {
            String place = places.get(at);
            if (place != null) {
                return place;
            }
        }
        return pointer;
    }

    public String unitId() {
        return UnitIds.of(meeting.unit());
    }
}
