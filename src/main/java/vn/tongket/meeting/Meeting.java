package vn.tongket.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * One meeting as reported: who met, about which period, and what they reported. This is version 1 of the input
 * format; docs/input-format.md and docs/meeting.schema.json describe it field by field.
 */
public record Meeting(
        String format,
        String id,
        Unit unit,
        MeetingKind kind,
        String title,
        List<Body> reportingBodies,
        LocalDate date,
        TimeOfDay timeOfDay,
        Boolean expanded,
        Term term,
        Integer session,
        Period period,
        List<Participant> participants,
        TargetTally targetTally,
        List<Indicator> indicators,
        List<Finding> achievements,
        List<Finding> shortcomings,
        List<Direction> directions,
        List<Directive> directives,
        List<String> lessons,
        List<String> documentsReviewed,
        Source source) {

    public static final String FORMAT_V1 = "tongket-meeting/1";

    public Meeting {
        reportingBodies = listOrEmpty(reportingBodies);
        participants = listOrEmpty(participants);
        indicators = listOrEmpty(indicators);
        achievements = listOrEmpty(achievements);
        shortcomings = listOrEmpty(shortcomings);
        directions = listOrEmpty(directions);
        directives = listOrEmpty(directives);
        lessons = listOrEmpty(lessons);
        documentsReviewed = listOrEmpty(documentsReviewed);
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The committee's unit, reporting to a superior one. */
    public record Unit(String id, String name, UnitKind kind, UnitLevel level, String committee,
                       String organisation, Superior superior) {
    }

    /** The superior unit and its committee ("Thành phố Hà Nội", "Thành ủy Hà Nội"). */
    public record Superior(String name, String committee) {
    }

    /** The congress term: "khóa XXIV, nhiệm kỳ 2020-2025". */
    public record Term(Integer congress, Integer from, Integer to) {
    }

    /** A person at the meeting, with the titles the source gives and what they did. */
    public record Participant(String name, List<String> titles, List<Role> roles) {
        public Participant {
            titles = listOrEmpty(titles);
            roles = listOrEmpty(roles);
        }
    }

    /** "14/15 chỉ tiêu TP giao": how many of the targets set by a superior were met. */
    public record TargetTally(Integer achieved, Integer total, SetBy setBy, String text) {
    }

    /** An achievement or shortcoming, with its cause and responsible body where the source states them. */
    public record Finding(Area area, String text, String cause, CauseKind causeKind, String responsible) {
    }

    /** A direction or task for the next period. */
    public record Direction(Area area, String text) {
    }

    /** What the superior's representative (or the unit's leader) asked of the committee. */
    public record Directive(String by, String text) {
    }

    /** Where the facts come from. */
    public record Source(String title, String publisher, LocalDate date, List<String> authors) {
        public Source {
            authors = listOrEmpty(authors);
        }
    }
}
