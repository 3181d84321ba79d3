package vn.tongket.aggregate;

import vn.tongket.meeting.Meeting;

/** A valid meeting with the input file it came from. */
public record SourcedMeeting(String file, Meeting meeting) {

    public String unitId() {
        return UnitIds.of(meeting.unit());
    }
}
