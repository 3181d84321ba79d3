package vn.tongket.aggregate;

import vn.tongket.meeting.Meeting;
import vn.tongket.vietnamese.VietnameseText;

/** The identifier (and folder name) of a unit: its own id, or the slug of its name. */
public final class UnitIds {

    private UnitIds() {
    }

    public static String of(Meeting.Unit unit) {
        return unit.id() != null ? unit.id() : VietnameseText.slug(unit.name());
    }
}
