package vn.tongket.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tongket.ingest.InputProblem.Severity;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Measure;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.MeetingKind;
import vn.tongket.meeting.Period;

/**
 * The rules a meeting must meet beyond the types: required fields, identifiers, consistent periods and counts, list
 * sizes, dates inside the period, values that can be true, and parts that name an existing whole. A rule that is
 * certainly broken is an error (the meeting is refused); one that is only unlikely is a warning.
 */
final class MeetingValidator {

    record Violation(Severity severity, String pointer, String message) {
        boolean isError() {
            return severity == Severity.ERROR;
        }
    }

    /** A figure at least this large (in any measure) is taken for a typing mistake: 10^15. */
    static final BigDecimal ABSURD = BigDecimal.ONE.movePointRight(15);
    /** A percentage beyond this is unlikely (warning). */
    private static final BigDecimal UNLIKELY_PERCENT = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MIN_YEAR = 1930;
    private static final int MAX_YEAR = 2100;

    private final List<Violation> violations = new ArrayList<>();
    private final InputSettings settings;

    private MeetingValidator(InputSettings settings) {
        this.settings = settings;
    }

    static List<Violation> validate(Meeting meeting, InputSettings settings) {
        MeetingValidator validator = new MeetingValidator(settings);
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
            fail("/kind", "missing \"kind\"; expected one of: " + Arrays.stream(MeetingKind.values())
                    .map(MeetingKind::code).collect(Collectors.joining(", ")));
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
        if (m.term() != null) {
            atLeastOne("/term/congress", m.term().congress());
        }
        atLeastOne("/session", m.session());
        if (m.date() != null && m.period() != null && m.period().kind() != null) {
            meetingDate(m.date(), m.period());
        }
        listSizes(m);
        for (int i = 0; i < m.participants().size(); i++) {
            text("/participants/" + i + "/name", m.participants().get(i).name());
        }
        if (m.targetTally() != null) {
            countOverTotal("/targetTally", m.targetTally().achieved(), m.targetTally().total(), "achieved");
        }
        for (int i = 0; i < m.indicators().size(); i++) {
            checkIndicator("/indicators/" + i, m.indicators().get(i), m);
        }
        parts(m.indicators());
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
            if (m.source().date() != null && m.date() != null && m.source().date().isBefore(m.date())) {
                warn("/source/date", "the source is dated " + m.source().date() + ", before the meeting it reports ("
                        + m.date() + "); check both dates");
            }
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

    private void checkIndicator(String at, Indicator indicator, Meeting m) {
        text(at + "/name", indicator.name());
        required(at + "/area", indicator.area());
        if (indicator.part() != null || indicator.total() != null) {
            countOverTotal(at, indicator.part(), indicator.total(), "part");
        }
        if (indicator.span() != null) {
            checkPeriod(at + "/span", indicator.span());
        }
        Period period = indicator.span() != null ? indicator.span() : m.period();
        if (indicator.asOf() != null && period != null && period.kind() != null && validPeriod(period)) {
            LocalDate start = start(period);
            LocalDate end = end(period);
            LocalDate latest = m.date() != null && m.date().isAfter(end) ? m.date() : end;
            if (indicator.asOf().isBefore(start)) {
                fail(at + "/asOf", "the figure is counted to " + indicator.asOf() + ", before the period it belongs"
                        + " to begins (" + start + ")");
            } else if (indicator.asOf().isAfter(latest.plusMonths(settings.maxMonthsAfterPeriod()))) {
                warn(at + "/asOf", "the figure is counted to " + indicator.asOf() + ", more than "
                        + settings.maxMonthsAfterPeriod() + " months after its period ends (" + end + ")");
            }
        }
        magnitude(at + "/actual", indicator.actual());
        magnitude(at + "/percent", indicator.percent());
        if (indicator.actual() != null && indicator.actual().signum() < 0 && indicator.measure() != null
                && indicator.measure() != Measure.PERCENT) {
            fail(at + "/actual", (indicator.measure() == Measure.COUNT ? "a count" : "an amount of money")
                    + " cannot be negative, found " + shortText(indicator.actual())
                    + "; a fall is written as a negative growth.percent");
        }
        if (indicator.measure() == Measure.PERCENT) {
            unlikelyPercent(at + "/actual", indicator.actual());
        }
        for (int j = 0; j < indicator.attainment().size(); j++) {
            Indicator.Attainment attainment = indicator.attainment().get(j);
            String here = at + "/attainment/" + j;
            if (attainment.percent() == null && attainment.exceededBy() == null && attainment.planValue() == null) {
                fail(here, "an attainment needs \"percent\", \"exceededBy\" or \"planValue\"");
            }
            magnitude(here + "/percent", attainment.percent());
            magnitude(here + "/exceededBy", attainment.exceededBy());
            magnitude(here + "/planValue", attainment.planValue());
            nonNegative(here + "/percent", attainment.percent());
            nonNegative(here + "/planValue", attainment.planValue());
            if (attainment.exceededBy() != null && attainment.exceededBy().signum() < 0) {
                fail(here + "/exceededBy", "\"exceededBy\" is the excess in \"vượt X% kế hoạch\" and cannot be"
                        + " negative, found " + shortText(attainment.exceededBy()) + "; for a shortfall write"
                        + " \"percent\" (the ratio reached)");
            }
            if (attainment.planValue() != null && attainment.planValue().signum() == 0) {
                warn(here + "/planValue", "a plan of 0 gives no ratio; check the value");
            }
            unlikelyPercent(here + "/percent", attainment.percent());
            unlikelyPercent(here + "/exceededBy", attainment.exceededBy());
        }
        nonNegative(at + "/percent", indicator.percent());
        if (indicator.percent() != null && indicator.percent().compareTo(HUNDRED) > 0
                && (indicator.part() != null || indicator.total() != null)) {
            fail(at + "/percent", "a share of a total cannot be more than 100%, found "
                    + shortText(indicator.percent()) + "; a ratio to a plan goes in \"attainment\"");
        }
        if (indicator.growth() != null) {
            growth(at + "/growth/percent", indicator.growth().percent());
            growth(at + "/growth/previousPercent", indicator.growth().previousPercent());
        }
    }

    private void growth(String at, BigDecimal value) {
        magnitude(at, value);
        if (value != null && value.compareTo(HUNDRED.negate()) < 0) {
            fail(at, "nothing falls by more than 100%, found " + shortText(value));
        }
        unlikelyPercent(at, value);
    }

    /** A number of 10^15 or more, or with more than 9 decimals, is no figure a meeting reports. */
    private void magnitude(String at, BigDecimal value) {
        if (value != null && (value.abs().compareTo(ABSURD) >= 0 || value.scale() > 9)) {
            fail(at, "the number " + shortText(value) + " is far outside anything a meeting reports (at most 15"
                    + " digits before the decimal point and 9 after)");
        }
    }

    private void unlikelyPercent(String at, BigDecimal value) {
        if (value != null && value.abs().compareTo(UNLIKELY_PERCENT) > 0 && value.abs().compareTo(ABSURD) < 0) {
            warn(at, "a percentage of " + shortText(value) + " is unusually large; check that the decimal"
                    + " comma was not lost (87,67 typed as 8767)");
        }
    }

    /** The parts that name a whole ({@code partOf}): an existing key of the same meeting, no loop, comparable. */
    private void parts(List<Indicator> indicators) {
        Map<String, Integer> byKey = new HashMap<>();
        Set<String> repeated = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            String key = indicators.get(i).key();
            if (key != null && byKey.putIfAbsent(key, i) != null) {
                repeated.add(key);
                warn("/indicators/" + i + "/key", "the key \"" + key + "\" is already used by indicator "
                        + byKey.get(key) + " of this meeting; a key names one indicator");
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            String whole = indicators.get(i).partOf();
            String at = "/indicators/" + i + "/partOf";
            if (whole == null) {
                continue;
            }
            Integer target = byKey.get(whole);
            if (target == null) {
                fail(at, "\"partOf\" names \"" + whole + "\", which is the key of no indicator of this meeting");
            } else if (target == i) {
                fail(at, "an indicator cannot be a part of itself");
            } else if (repeated.contains(whole)) {
                fail(at, "\"partOf\" names \"" + whole + "\", which is the key of more than one indicator");
            } else if (!comparable(indicators.get(i).measure(), indicators.get(target).measure())) {
                fail(at, "the part is measured in " + measureName(indicators.get(i).measure()) + " but its whole \""
                        + whole + "\" in " + measureName(indicators.get(target).measure())
                        + "; parts and whole must add up");
            } else if (loops(indicators, byKey, i)) {
                fail(at, "\"partOf\" goes round in a circle back to this indicator");
            }
        }
    }

    private static boolean loops(List<Indicator> indicators, Map<String, Integer> byKey, int start) {
        Set<Integer> seen = new HashSet<>();
        Integer current = start;
        while (current != null && seen.add(current)) {
            String whole = indicators.get(current).partOf();
            current = whole == null ? null : byKey.get(whole);
            if (current != null && current == start) {
                return true;
            }
        }
        return false;
    }

    private static boolean comparable(Measure a, Measure b) {
        return a == b || (money(a) && money(b));
    }

    private static boolean money(Measure m) {
        return m == Measure.TY_DONG || m == Measure.TRIEU_DONG || m == Measure.DONG;
    }

    private static String measureName(Measure m) {
        return m == null ? "no measure" : "\"" + m.code() + "\"";
    }

    /** The meeting reviews its period: it cannot be held before the period begins, and rarely long after it ends. */
    private void meetingDate(LocalDate date, Period period) {
        if (!validPeriod(period)) {
            return;
        }
        LocalDate start = start(period);
        LocalDate end = end(period);
        if (date.isBefore(start)) {
            fail("/date", "the meeting on " + date + " is before the period it reviews begins (" + start + ")");
        } else if (date.isAfter(end.plusMonths(settings.maxMonthsAfterPeriod()))) {
            warn("/date", "the meeting on " + date + " is more than " + settings.maxMonthsAfterPeriod()
                    + " months after the period it reviews ends (" + end + "); check the date and the period");
        }
    }

    private static boolean validPeriod(Period p) {
        return switch (p.kind()) {
            case YEAR -> inYears(p.year());
            case HALF_YEAR -> inYears(p.year()) && p.half() != null && (p.half() == 1 || p.half() == 2);
            case TERM_TO_DATE, YEARS -> inYears(p.from()) && inYears(p.to()) && p.from() <= p.to();
        };
    }

    private static boolean inYears(Integer year) {
        return year != null && year >= MIN_YEAR && year <= MAX_YEAR;
    }

    private static LocalDate start(Period p) {
        return switch (p.kind()) {
            case YEAR -> LocalDate.of(p.year(), 1, 1);
            case HALF_YEAR -> LocalDate.of(p.year(), p.half() == 1 ? 1 : 7, 1);
            case TERM_TO_DATE, YEARS -> LocalDate.of(p.from(), 1, 1);
        };
    }

    private static LocalDate end(Period p) {
        return switch (p.kind()) {
            case YEAR -> LocalDate.of(p.year(), 12, 31);
            case HALF_YEAR -> p.half() == 1 ? LocalDate.of(p.year(), 6, 30) : LocalDate.of(p.year(), 12, 31);
            case TERM_TO_DATE -> p.asOf() != null ? p.asOf() : LocalDate.of(p.to(), 12, 31);
            case YEARS -> LocalDate.of(p.to(), 12, 31);
        };
    }

    /** Every list within the configured number of items; indicators within their own limit. */
    private void listSizes(Meeting m) {
        size("/reportingBodies", m.reportingBodies());
        size("/participants", m.participants());
        for (int i = 0; i < m.participants().size(); i++) {
            size("/participants/" + i + "/titles", m.participants().get(i).titles());
            size("/participants/" + i + "/roles", m.participants().get(i).roles());
        }
        if (m.indicators().size() > settings.maxIndicators()) {
            fail("/indicators", m.indicators().size() + " indicators, more than the limit of "
                    + settings.maxIndicators() + " for one meeting (tongket.input.max-indicators)");
        }
        for (int i = 0; i < m.indicators().size(); i++) {
            size("/indicators/" + i + "/attainment", m.indicators().get(i).attainment());
        }
        size("/achievements", m.achievements());
        size("/shortcomings", m.shortcomings());
        size("/directions", m.directions());
        size("/directives", m.directives());
        size("/lessons", m.lessons());
        size("/documentsReviewed", m.documentsReviewed());
        if (m.source() != null) {
            size("/source/authors", m.source().authors());
        }
    }

    private void size(String at, List<?> list) {
        if (list.size() > settings.maxListItems()) {
            fail(at, "the list has " + list.size() + " items, more than the limit of " + settings.maxListItems()
                    + " (tongket.input.max-list-items)");
        }
    }

    private void atLeastOne(String at, Integer value) {
        if (value != null && value < 1) {
            fail(at, "expected a number of at least 1, found " + value);
        }
    }

    /** The number as written, or its short scientific form when the plain one would be huge. */
    static String shortText(BigDecimal value) {
        String text = value.abs().compareTo(ABSURD) < 0 && value.scale() <= 9 ? value.toPlainString()
                : value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
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
        if (value != null && value.signum() < 0 && value.abs().compareTo(ABSURD) < 0) {
            fail(at, "expected a number of at least 0, found " + shortText(value));
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
        violations.add(new Violation(Severity.ERROR, pointer, message));
    }

    private void warn(String pointer, String message) {
        violations.add(new Violation(Severity.WARNING, pointer, message));
    }
}
