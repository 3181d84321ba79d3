package vn.tongket.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.Period;

/** The rules a meeting must meet beyond the types: required fields, identifiers, consistent periods and counts. */
final class MeetingValidator {

    record Violation(String pointer, String message) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MIN_YEAR = 1930;
    private static final int MAX_YEAR = 2100;

    private final List<Violation> violations = new ArrayList<>();

    private MeetingValidator() {
    }

    static List<Violation> validate(Meeting meeting) {
        MeetingValidator validator = new MeetingValidator();
        validator.check(meeting);
        return validator.violations;
    }

    private void check(Meeting m) {
        if (!Meeting.FORMAT_V1.equals(m.format())) {
            fail("/format", m.format() == null ? "missing \"format\"; expected \"" + Meeting.FORMAT_V1 + "\""
                    : "unsupported format \"" + m.format() + "\"; expected \"" + Meeting.FORMAT_V1 + "\"");
        }
        identifier("/id", m.id());
        checkUnit(m.unit());
        if (m.kind() == null) {
            fail("/kind", "missing \"kind\"; expected one of: " + java.util.Arrays.stream(
                    vn.tongket.meeting.MeetingKind.values()).map(k -> k.code()).collect(
                    java.util.stream.Collectors.joining(", ")));
        }
        if (m.date() == null) {
            fail("/date", "missing \"date\"; expected the day of the meeting written YYYY-MM-DD (2023-12-25)");
        }
        if (m.date() != null && (m.date().getYear() < MIN_YEAR || m.date().getYear() > MAX_YEAR)) {
            fail("/date", "date " + m.date() + " is outside the years " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (m.period() == null) {
            fail("/period", "missing \"period\"; expected an object such as {\"kind\": \"year\", \"year\": 2023}");
        } else {
            checkPeriod("/period", m.period());
        }
        if (m.term() != null && m.term().from() != null && m.term().to() != null
                && m.term().from() >= m.term().to()) {
            fail("/term", "term starts in " + m.term().from() + " but ends in " + m.term().to());
        }
        for (int i = 0; i < m.participants().size(); i++) {
            text("/participants/" + i + "/name", m.participants().get(i).name());
        }
        if (m.targetTally() != null) {
            countOverTotal("/targetTally", m.targetTally().achieved(), m.targetTally().total(), "achieved");
        }
        for (int i = 0; i < m.indicators().size(); i++) {
            checkIndicator("/indicators/" + i, m.indicators().get(i));
        }
        findings("/achievements", m.achievements());
        findings("/shortcomings", m.shortcomings());
        for (int i = 0; i < m.directions().size(); i++) {
            required("/directions/" + i + "/area", m.directions().get(i).area());
            text("/directions/" + i + "/text", m.directions().get(i).text());
        }
        for (int i = 0; i < m.directives().size(); i++) {
            text("/directives/" + i + "/text", m.directives().get(i).text());
        }
        if (m.source() == null) {
            fail("/source", "missing \"source\"; expected an object with at least \"title\" and \"publisher\"");
        } else {
            text("/source/title", m.source().title());
            text("/source/publisher", m.source().publisher());
        }
    }

    private void checkUnit(Meeting.Unit unit) {
        if (unit == null) {
            fail("/unit", "missing \"unit\"; expected an object with name, kind, level, committee and superior");
            return;
        }
        text("/unit/name", unit.name());
        if (unit.id() != null) {
            identifier("/unit/id", unit.id());
        }
        required("/unit/kind", unit.kind());
        required("/unit/level", unit.level());
        text("/unit/committee", unit.committee());
        if (unit.superior() == null) {
            fail("/unit/superior", "missing \"superior\"; expected {\"name\": ..., \"committee\": ...}");
        } else {
            text("/unit/superior/committee", unit.superior().committee());
        }
    }

    private void checkPeriod(String at, Period period) {
        if (period.kind() == null) {
            fail(at + "/kind", "missing \"kind\"; expected one of: year, half-year, term-to-date, years");
            return;
        }
        switch (period.kind()) {
            case YEAR -> year(at + "/year", period.year());
            case HALF_YEAR -> {
                year(at + "/year", period.year());
                if (period.half() == null || (period.half() != 1 && period.half() != 2)) {
                    fail(at + "/half", "expected 1 or 2 for the half of the year");
                }
            }
            case TERM_TO_DATE, YEARS -> {
                year(at + "/from", period.from());
                year(at + "/to", period.to());
                if (period.from() != null && period.to() != null && period.from() > period.to()) {
                    fail(at, "period runs from " + period.from() + " to " + period.to() + ": backwards");
                }
            }
        }
    }

    private void checkIndicator(String at, Indicator indicator) {
        text(at + "/name", indicator.name());
        required(at + "/area", indicator.area());
        if (indicator.part() != null || indicator.total() != null) {
            countOverTotal(at, indicator.part(), indicator.total(), "part");
        }
        if (indicator.span() != null) {
            checkPeriod(at + "/span", indicator.span());
        }
        for (int j = 0; j < indicator.attainment().size(); j++) {
            Indicator.Attainment attainment = indicator.attainment().get(j);
            String here = at + "/attainment/" + j;
            if (attainment.percent() == null && attainment.exceededBy() == null && attainment.planValue() == null) {
                fail(here, "an attainment needs \"percent\", \"exceededBy\" or \"planValue\"");
            }
            nonNegative(here + "/percent", attainment.percent());
            nonNegative(here + "/planValue", attainment.planValue());
        }
        nonNegative(at + "/percent", indicator.percent());
    }

    private void countOverTotal(String at, Integer part, Integer total, String partName) {
        if (part == null || total == null) {
            fail(at, "\"" + partName + "\" and \"total\" go together; one is missing");
        } else if (total <= 0) {
            fail(at + "/total", "total must be at least 1, found " + total);
        } else if (part < 0 || part > total) {
            fail(at + "/" + partName, partName + " must be between 0 and the total " + total + ", found " + part);
        }
    }

    private void findings(String at, List<Meeting.Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            required(at + "/" + i + "/area", findings.get(i).area());
            text(at + "/" + i + "/text", findings.get(i).text());
        }
    }

    private void identifier(String at, String value) {
        if (value == null || value.isBlank()) {
            fail(at, "missing " + quotedName(at) + "; expected an identifier such as \"thuong-tin-2023\"");
        } else if (value.length() > 120 || !IDENTIFIER.matcher(value).matches()) {
            fail(at, "\"" + value + "\" is not a valid identifier; expected lower-case ASCII letters and digits"
                    + " joined by single hyphens (at most 120 characters)");
        }
    }

    private void year(String at, Integer year) {
        if (year == null) {
            fail(at, "missing " + quotedName(at) + "; expected a year such as 2023");
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            fail(at, "year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
    }

    private void nonNegative(String at, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            fail(at, "expected a number of at least 0, found " + value.toPlainString());
        }
    }

    private void text(String at, String value) {
        if (value == null || value.isBlank()) {
            fail(at, "missing " + quotedName(at) + "; expected non-empty text");
        }
    }

    private void required(String at, Object value) {
        if (value == null) {
            fail(at, "missing " + quotedName(at));
        }
    }

    private static String quotedName(String pointer) {
        return "\"" + pointer.substring(pointer.lastIndexOf('/') + 1) + "\"";
    }

    private void fail(String pointer, String message) {
        violations.add(new Violation(pointer, message));
    }
}
