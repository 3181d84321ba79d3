package vn.tongket.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tongket.aggregate.ReviewTerm;
import vn.tongket.aggregate.TermAttainment;
import vn.tongket.aggregate.UnitSummary.AreaGroup;
import vn.tongket.aggregate.UnitSummary.FindingItem;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.aggregate.UnitSummary.Tally;
import vn.tongket.aggregate.UnitTermSummary;
import vn.tongket.aggregate.UnitTermSummary.Coverage;
import vn.tongket.aggregate.UnitTermSummary.GapKind;
import vn.tongket.aggregate.UnitTermSummary.IndicatorSeries;
import vn.tongket.aggregate.UnitTermSummary.SeriesGap;
import vn.tongket.aggregate.UnitTermSummary.SeriesPoint;
import vn.tongket.aggregate.UnitTermSummary.TermMeeting;
import vn.tongket.aggregate.UnitTermSummary.YearCoverage;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Measure;
import vn.tongket.vietnamese.VietnameseFormat;

/**
 * The data a mid-term report template sees (templates/mid-term/): plain maps, lists and ready-written Vietnamese
 * strings, as in {@link ReviewModel}, plus {@code charts.attainmentByArea}, the figures of the chart of target
 * attainment by area. Documented in docs/templates.md.
 */
public final class MidTermModel {

    /** The annex table has a column for each of the first years of the term (the first half). */
    public static final int YEAR_COLUMNS = ReviewTerm.FIRST_HALF_YEARS;
    /** What a year column holds where a due year has no figure. */
    public static final String NO_DATA = "—";

    private MidTermModel() {
    }

    public static Map<String, Object> of(UnitTermSummary s) {
        UnitWording wording = UnitWording.of(s.unit());
        // which periods reported a finding is said only where there are several to tell apart
        Map<String, String> periodOf = s.meetings().stream().map(TermMeeting::periodLabel).distinct().count() < 2
                ? Map.of()
                : s.meetings().stream().collect(Collectors.toMap(TermMeeting::id, TermMeeting::periodLabel,
                        (a, b) -> a, LinkedHashMap::new));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("doc", doc(s, wording));
        model.put("unit", ReviewModel.unit(s.unitId(), s.unit(), wording));
        model.put("termTally", s.tallies().stream().filter(UnitTermSummary.TermTally::termLevel)
                .reduce((a, b) -> b).map(t -> tally(t.periodLabel(), t.tally(), wording)).orElse(null));
        model.put("tallies", s.tallies().stream().map(t -> tally(t.periodLabel(), t.tally(), wording)).toList());
        model.put("yearTallies", s.tallies().stream().filter(t -> !t.termLevel())
                .map(t -> tally(t.periodLabel(), t.tally(), wording)).toList());

        List<Map<String, Object>> rows = indicatorRows(s, wording);
        model.put("indicators", rows);
        model.put("leadershipIndicators", rows.stream()
                .filter(r -> Area.LEADERSHIP.label().equals(r.get("area"))).toList());
        model.put("fieldIndicators", rows.stream()
                .filter(r -> !Area.LEADERSHIP.label().equals(r.get("area"))).toList());
        model.put("indicatorCount", rows.size());
        model.put("attainmentLine", attainmentLine(s));
        model.put("attainmentByArea", attainmentRows(s));
        model.put("charts", Map.of("attainmentByArea", chart(s)));

        model.put("achievementAreas", findingAreas(s.achievements(), periodOf));
        model.put("achievementCount", s.achievementCount());
        model.put("achievementAreaCount", s.achievements().size());
        model.put("leadershipAchievements", s.achievements().stream()
                .filter(g -> g.area() == Area.LEADERSHIP)
                .flatMap(g -> g.items().stream()).map(item -> item(item, periodOf)).toList());
        List<AreaGroup<FindingItem>> fields = s.achievements().stream()
                .filter(g -> g.area() != Area.LEADERSHIP).toList();
        model.put("fieldAchievementAreas", findingAreas(fields, periodOf));
        model.put("shortcomingAreas", findingAreas(s.shortcomings(), periodOf));
        model.put("shortcomingCount", s.shortcomingCount());
        model.put("shortcomingAreaCount", s.shortcomings().size());
        model.put("causes", ReviewModel.causes(s.shortcomings()));
        model.put("lessons", s.lessons());
        model.put("directionAreas", ReviewModel.directionAreas(s.directions()));
        model.put("directionsFrom", meetingOf(s, s.directionsFrom()).map(MidTermModel::meetingLine).orElse(null));
        model.put("directives", s.directives().stream().map(d -> Map.of(
                "by", d.by() == null ? "" : d.by(), "text", d.text())).toList());
        model.put("directivesFrom", meetingOf(s, s.directivesFrom()).map(MidTermModel::meetingLine).orElse(null));

        model.put("years", s.years().stream().map(y -> coverage(y, s)).toList());
        model.put("gaps", s.gapYears().stream().map(year -> gapLine(year, s)).toList());
        model.put("gapYears", joinYears(s.gapYears()));
        model.put("conflicts", s.conflicts().stream().map(c -> c.name() + ", " + c.periodLabel() + ": hội nghị "
                + c.dropped().meetingId() + " báo cáo " + IndicatorWording.value(c.dropped()) + ", hội nghị "
                + c.kept().meetingId() + " báo cáo " + IndicatorWording.value(c.kept())
                + "; dự thảo dùng số liệu của hội nghị sau (" + c.kept().meetingId() + ").").toList());
        model.put("annex", annex(s, rows));
        model.put("meetings", s.meetings().stream().map(MidTermModel::meeting).toList());
        model.put("afterAsOf", s.afterAsOf().stream().map(MidTermModel::meeting).toList());
        model.put("inputs", s.inputs().stream().map(f -> Map.of("name", f.name(),
                "sha256", f.sha256() == null ? "" : f.sha256())).toList());
        model.put("signature", ReviewModel.signature(s.people(), wording));
        model.put("recipients", recipients(s, wording));
        List<String> dataNotes = new ArrayList<>();
        s.discrepancies().forEach(d -> dataNotes.add(d.vietnamese()));
        dataNotes.addAll(s.warnings());
        model.put("dataNotes", dataNotes);
        return model;
    }

    private static Map<String, Object> doc(UnitTermSummary s, UnitWording wording) {
        Map<String, Object> doc = ReviewModel.heading(s.unit(), wording, s.asOf());
        ReviewTerm term = s.term();
        String congress = s.congress() == null ? "lần thứ …" : "lần thứ " + VietnameseFormat.roman(s.congress());
        String organisation = "Đảng bộ " + s.unit().kind().label();
        int lastYear = Math.min(Math.max(s.asOf().getYear(), term.from()), term.to());
        doc.put("summaryLine", "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu " + organisation + " "
                + congress + ", nhiệm kỳ " + term.key());
        doc.put("congress", congress);
        doc.put("organisationKind", organisation);
        doc.put("reviewedBody", "Ban Thường vụ " + wording.committeeShort());
        doc.put("superiorCommittee", s.unit().superior().committee());
        doc.put("term", term.key());
        doc.put("termLabel", term.label());
        doc.put("firstHalf", term.from() + "-" + lastYear);
        doc.put("secondHalf", lastYear + "-" + term.to());
        doc.put("asOf", VietnameseFormat.shortDate(s.asOf()));
        doc.put("asOfLine", VietnameseFormat.dateLine(s.asOf()));
        return doc;
    }

    private static Map<String, Object> tally(String period, Tally tally, UnitWording wording) {
        Map<String, Object> out = ReviewModel.tally(tally, wording);
        out.put("period", period);
        return out;
    }

    // --- indicators ---------------------------------------------------------------------------------------------

    private static List<Map<String, Object>> indicatorRows(UnitTermSummary s, UnitWording wording) {
        List<Integer> columns = yearColumns(s.term());
        List<Map<String, Object>> rows = new ArrayList<>();
        int number = 1;
        for (IndicatorSeries series : s.indicators()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", Integer.toString(number++));
            row.put("key", series.key());
            row.put("name", series.name());
            row.put("area", series.area().label());
            row.put("unit", unitLabel(series.measure(), series.countNoun()));
            row.put("target", target(series));
            List<String> cells = new ArrayList<>();
            for (int year : columns) {
                cells.add(yearCell(series, year, s));
            }
            row.put("yearCells", cells);
            row.put("term", series.termFigure() == null ? "" : shortValue(series.termFigure(), series.measure()));
            row.put("termSpan", series.termFigureLabel() == null ? "" : shortSpan(series.termFigureLabel()));
            row.put("assessment", series.attainment().label());
            row.put("progress", progress(series, wording));
            row.put("sentence", sentence(series, wording));
            row.put("notes", rowNotes(series, s, columns));
            rows.add(row);
        }
        return rows;
    }

    /** The years with a column of their own in the annex table: the first {@value #YEAR_COLUMNS} of the term. */
    public static List<Integer> yearColumns(ReviewTerm term) {
        List<Integer> years = new ArrayList<>();
        for (int year = term.from(); year <= term.to() && years.size() < YEAR_COLUMNS; year++) {
            years.add(year);
        }
        return years;
    }

    /** "tỷ đồng", "%", the count noun ("trường") for counts. */
    public static String unitLabel(Measure measure, String countNoun) {
        if (measure == null || measure == Measure.COUNT) {
            return countNoun == null ? "" : countNoun;
        }
        return measure.label();
    }

    /** A term figure's span for a narrow table cell: "đến 07/04/2023", "2020-2022". */
    private static String shortSpan(String label) {
        return label.replace("từ đầu nhiệm kỳ đến ngày ", "đến ").replace("giai đoạn ", "");
    }

    /** The term target's value, where a meeting gives it; "(không nêu)" for a target whose value is not given. */
    private static String target(IndicatorSeries series) {
        if (series.termTarget() == null) {
            return "";
        }
        return series.termTarget().planValue() == null ? "(không nêu)"
                : VietnameseFormat.number(series.termTarget().planValue());
    }

    private static String yearCell(IndicatorSeries series, int year, UnitTermSummary s) {
        Optional<SeriesPoint> point = series.points().stream().filter(p -> p.year() == year).findFirst();
        if (point.isPresent()) {
            SeriesPoint p = point.get();
            String text = shortValue(p.value(), series.measure());
            return p.half() == null ? text : text + " (" + halfLabel(p.half()) + ")";
        }
        boolean due = s.years().stream().anyMatch(y -> y.year() == year && y.due());
        return due ? NO_DATA : "";
    }

    private static String halfLabel(int half) {
        return "6 tháng " + (half == 1 ? "đầu" : "cuối") + " năm";
    }

    /**
     * A value for a table cell: the number alone when it is in the row's unit, with its unit otherwise; "ước" for an
     * estimate; a count over a total with the percentage the source gives.
     */
    static String shortValue(IndicatorResult r, Measure rowMeasure) {
        String text;
        if (r.part() != null && r.total() != null) {
            text = VietnameseFormat.fraction(r.part(), r.total());
            if (r.reportedPercent() != null) {
                text += " (" + VietnameseFormat.percent(r.reportedPercent()) + ")";
            }
        } else if (r.actual() != null) {
            text = r.measure() == rowMeasure ? VietnameseFormat.number(r.actual())
                    : IndicatorWording.amount(r.actual(), r)
                            + (r.measure() == Measure.COUNT && r.countNoun() != null ? " " + r.countNoun() : "");
        } else {
            text = "(không có số)";
        }
        return r.estimated() ? "ước " + text : text;
    }

    /** What the assessment rests on: the ratio to the term target, else to the plan of the figure judged. */
    private static String progress(IndicatorSeries series, UnitWording wording) {
        if (series.termTarget() != null) {
            return IndicatorWording.attainment(series.termTarget(), wording);
        }
        if (series.attainment() == TermAttainment.NOT_ASSESSED) {
            return "";
        }
        List<Map.Entry<String, IndicatorResult>> candidates = new ArrayList<>();
        if (series.termFigure() != null) {
            candidates.add(Map.entry(series.termFigureLabel(), series.termFigure()));
        }
        series.points().reversed().stream().filter(p -> p.half() == null)
                .forEach(p -> candidates.add(Map.entry(p.label(), p.value())));
        return candidates.stream()
                .filter(e -> e.getValue().status() != vn.tongket.aggregate.IndicatorStatus.UNKNOWN)
                .findFirst()
                .map(e -> IndicatorWording.againstPlan(e.getValue(), wording)
                        + (e.getKey().equals(series.termFigureLabel()) ? "" : " (" + e.getKey() + ")"))
                .orElse("");
    }

    /**
     * The indicator over the term in words: each year's figure, the term figure, and the years without one.
     * "Tổng thu ngân sách: năm 2023: 1.528 tỷ đồng, đạt 132% kế hoạch giao; không có số liệu năm 2022."
     */
    private static String sentence(IndicatorSeries series, UnitWording wording) {
        List<String> parts = new ArrayList<>();
        for (SeriesPoint p : series.points()) {
            List<String> qualifiers = new ArrayList<>(IndicatorWording.qualifiers(p.value(), wording));
            if (p.growthComputed()) {
                qualifiers.add(IndicatorWording.change(p.growth()) + " so với năm trước (tính từ số liệu hai năm)");
            }
            parts.add(p.label() + ": " + IndicatorWording.value(p.value())
                    + (qualifiers.isEmpty() ? "" : ", " + String.join(", ", qualifiers)));
        }
        if (series.termFigure() != null) {
            IndicatorResult t = series.termFigure();
            List<String> qualifiers = IndicatorWording.qualifiers(t, wording).stream()
                    .filter(q -> !q.equals(t.span())).toList();
            parts.add(series.termFigureLabel() + ": " + IndicatorWording.value(t)
                    + (qualifiers.isEmpty() ? "" : ", " + String.join(", ", qualifiers)));
        }
        parts.addAll(gapWords(series.gaps()));
        String text = series.name() + ": " + String.join("; ", parts) + ".";
        IndicatorResult latest = series.termFigure() != null ? series.termFigure()
                : series.points().isEmpty() ? null : series.points().getLast().value();
        if (latest != null && latest.note() != null && !latest.note().isBlank()) {
            text += " " + ReviewModel.asSentence(latest.note());
        }
        return text;
    }

    /** "không có số liệu năm 2021, 2022", "hội nghị năm 2021 không nêu số liệu", "năm 2020 chỉ có …". */
    public static List<String> gapWords(List<SeriesGap> gaps) {
        List<String> out = new ArrayList<>();
        List<Integer> none = yearsOf(gaps, GapKind.NO_MEETING);
        List<Integer> silent = yearsOf(gaps, GapKind.NOT_REPORTED);
        List<Integer> halves = yearsOf(gaps, GapKind.HALF_YEAR_ONLY);
        if (!none.isEmpty()) {
            out.add("không có số liệu năm " + joinYears(none));
        }
        if (!silent.isEmpty()) {
            out.add("hội nghị năm " + joinYears(silent) + " không nêu số liệu");
        }
        if (!halves.isEmpty()) {
            out.add("năm " + joinYears(halves) + " chỉ có số liệu 6 tháng, không thay cho cả năm");
        }
        return out;
    }

    private static List<Integer> yearsOf(List<SeriesGap> gaps, GapKind kind) {
        return gaps.stream().filter(g -> g.kind() == kind).map(SeriesGap::year).toList();
    }

    public static String joinYears(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<String> rowNotes(IndicatorSeries series, UnitTermSummary s, List<Integer> columns) {
        List<String> notes = new ArrayList<>(gapWords(series.gaps()));
        series.points().stream().filter(SeriesPoint::growthComputed).forEach(p -> notes.add(
                "tăng trưởng " + p.label() + " tính từ số liệu hai năm liền kề: "
                        + IndicatorWording.change(p.growth())));
        s.conflicts().stream().filter(c -> c.key().equals(series.key())).forEach(c -> notes.add(
                c.periodLabel() + ": hai hội nghị báo cáo khác nhau, dùng số liệu của hội nghị sau ("
                        + c.kept().meetingId() + ")"));
        series.points().stream().filter(p -> !columns.contains(p.year())).forEach(p -> notes.add(
                p.label() + " (ngoài các cột năm của bảng): " + IndicatorWording.value(p.value())));
        return notes;
    }

    /** The plan a ratio is measured against, in the report's words: "kế hoạch giao", "chỉ tiêu nhiệm kỳ …". */
    public static String planName(vn.tongket.aggregate.UnitSummary.AttainmentResult a,
                                  vn.tongket.meeting.Meeting.Unit unit) {
        return IndicatorWording.planName(a, UnitWording.of(unit));
    }

    // --- attainment by area -------------------------------------------------------------------------------------

    private static Map<Area, EnumMap<TermAttainment, Integer>> countsByArea(UnitTermSummary s) {
        Map<Area, EnumMap<TermAttainment, Integer>> counts = new EnumMap<>(Area.class);
        for (IndicatorSeries series : s.indicators()) {
            counts.computeIfAbsent(series.area(), a -> zeros()).merge(series.attainment(), 1, Integer::sum);
        }
        return counts;
    }

    private static EnumMap<TermAttainment, Integer> zeros() {
        EnumMap<TermAttainment, Integer> map = new EnumMap<>(TermAttainment.class);
        for (TermAttainment status : TermAttainment.values()) {
            map.put(status, 0);
        }
        return map;
    }

    /**
     * The chart's data, in the shape the Word chart binds to: {@code title}, {@code categories} (area labels) and
     * {@code series}, one per status ("Đạt và vượt", "Chưa đạt", "Chưa đánh giá được") with a count per area.
     */
    public static Map<String, Object> chart(UnitTermSummary s) {
        Map<Area, EnumMap<TermAttainment, Integer>> counts = countsByArea(s);
        List<String> categories = counts.keySet().stream().map(Area::label).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (TermAttainment status : TermAttainment.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", status.label());
            one.put("values", counts.values().stream().map(c -> c.get(status)).toList());
            series.add(one);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", "Mức độ đạt chỉ tiêu theo lĩnh vực (số chỉ tiêu)");
        chart.put("categories", categories);
        chart.put("series", series);
        return chart;
    }

    private static List<Map<String, Object>> attainmentRows(UnitTermSummary s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        EnumMap<TermAttainment, Integer> totals = zeros();
        countsByArea(s).forEach((area, counts) -> {
            rows.add(attainmentRow(area.label(), counts));
            counts.forEach((status, n) -> totals.merge(status, n, Integer::sum));
        });
        if (!rows.isEmpty()) {
            rows.add(attainmentRow("Tổng số", totals));
        }
        return rows;
    }

    private static Map<String, Object> attainmentRow(String label, EnumMap<TermAttainment, Integer> counts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", label);
        row.put("met", Integer.toString(counts.get(TermAttainment.MET_OR_EXCEEDED)));
        row.put("notMet", Integer.toString(counts.get(TermAttainment.NOT_MET)));
        row.put("notAssessed", Integer.toString(counts.get(TermAttainment.NOT_ASSESSED)));
        row.put("total", Integer.toString(counts.values().stream().mapToInt(Integer::intValue).sum()));
        return row;
    }

    /** "Trong 16 chỉ tiêu có số liệu: 1 đạt và vượt, 1 chưa đạt, 14 chưa đánh giá được …" (empty without any). */
    private static String attainmentLine(UnitTermSummary s) {
        if (s.indicators().isEmpty()) {
            return "";
        }
        EnumMap<TermAttainment, Integer> counts = zeros();
        s.indicators().forEach(i -> counts.merge(i.attainment(), 1, Integer::sum));
        return "Trong " + s.indicators().size() + " chỉ tiêu có số liệu: "
                + counts.get(TermAttainment.MET_OR_EXCEEDED) + " đạt và vượt, "
                + counts.get(TermAttainment.NOT_MET) + " chưa đạt, "
                + counts.get(TermAttainment.NOT_ASSESSED) + " chưa đánh giá được (không có kế hoạch hoặc chỉ tiêu"
                + " để so sánh). Mức đạt tính theo tỷ lệ so với chỉ tiêu nhiệm kỳ nếu có, nếu không thì theo kế"
                + " hoạch của số liệu gần nhất.";
    }

    // --- findings, years, meetings ------------------------------------------------------------------------------

    private static List<Map<String, Object>> findingAreas(List<AreaGroup<FindingItem>> groups,
                                                          Map<String, String> periodOf) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            AreaGroup<FindingItem> group = groups.get(i);
            LinkedHashSet<String> periods = new LinkedHashSet<>();
            periodOf.forEach((id, period) -> {
                if (group.items().stream().anyMatch(item -> item.reportedBy().contains(id))) {
                    periods.add(period);
                }
            });
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("letter", ReviewModel.letter(i));
            area.put("label", group.area().label());
            area.put("count", group.items().size());
            area.put("periods", String.join("; ", periods));
            area.put("items", group.items().stream().map(item -> item(item, periodOf)).toList());
            out.add(area);
        }
        return out;
    }

    private static Map<String, Object> item(FindingItem item, Map<String, String> periodOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", item.text());
        m.put("cause", item.cause());
        m.put("responsible", item.responsible());
        m.put("periods", periodOf.entrySet().stream().filter(e -> item.reportedBy().contains(e.getKey()))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining("; ")));
        m.put("repeats", item.reportedBy().size());
        return m;
    }

    private static Map<String, Object> coverage(YearCoverage y, UnitTermSummary s) {
        String text = switch (y.coverage()) {
            case FULL_YEAR -> "có số liệu cả năm";
            case HALF_YEAR_ONLY -> "chỉ có số liệu " + y.halves().stream().map(MidTermModel::halfLabel)
                    .collect(Collectors.joining(" và ")) + ", không thay cho cả năm";
            case TERM_ONLY -> "không có số liệu riêng của năm (chỉ có số liệu cả giai đoạn)";
            case NONE -> "không có số liệu";
        };
        if (!y.due()) {
            text += " (chưa đến kỳ tổng kết năm tại ngày " + VietnameseFormat.shortDate(s.asOf()) + ")";
        }
        return Map.of("year", Integer.toString(y.year()), "text", text);
    }

    private static String gapLine(int year, UnitTermSummary s) {
        boolean termOnly = s.years().stream()
                .anyMatch(y -> y.year() == year && y.coverage() == Coverage.TERM_ONLY);
        return "Năm " + year + ": không có số liệu năm " + year + " (đơn vị không có hội nghị nào về năm này"
                + (termOnly ? "; chỉ có số liệu cả giai đoạn của hội nghị sơ kết giữa nhiệm kỳ" : "") + ").";
    }

    private static Map<String, Object> annex(UnitTermSummary s, List<Map<String, Object>> rows) {
        List<String> notes = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<String> rowNotes = (List<String>) row.get("notes");
            if (!rowNotes.isEmpty()) {
                notes.add(row.get("no") + ". " + row.get("name") + ": " + String.join("; ", rowNotes) + ".");
            }
        }
        Map<String, Object> annex = new LinkedHashMap<>();
        annex.put("yearHeads", yearColumns(s.term()).stream().map(String::valueOf).toList());
        annex.put("notes", notes);
        return annex;
    }

    private static Optional<TermMeeting> meetingOf(UnitTermSummary s, String id) {
        return id == null ? Optional.empty() : s.meetings().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private static String meetingLine(TermMeeting m) {
        return (m.title() == null ? m.kind().label() : m.title()) + " (" + m.periodLabel() + "), ngày "
                + VietnameseFormat.shortDate(m.date());
    }

    private static Map<String, Object> meeting(TermMeeting m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("title", m.title() == null ? m.kind().label() : m.title());
        out.put("date", VietnameseFormat.shortDate(m.date()));
        out.put("period", m.periodLabel());
        out.put("file", m.file());
        out.put("source", ReviewModel.sourceText(m.source()));
        return out;
    }

    private static List<String> recipients(UnitTermSummary s, UnitWording wording) {
        String superior = s.unit().superior().committee();
        return List.of(
                "Ban Thường vụ " + superior + " (để báo cáo),",
                "Văn phòng " + superior + ",",
                "Ban Tuyên giáo " + superior + ",",
                "Các đồng chí " + wording.committeeShort() + " viên,",
                "Lưu Văn phòng " + wording.committeeShort() + ".");
    }
}
