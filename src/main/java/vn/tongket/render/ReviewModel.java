package vn.tongket.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.aggregate.UnitSummary;
import vn.tongket.aggregate.UnitSummary.AreaGroup;
import vn.tongket.aggregate.UnitSummary.FindingItem;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.meeting.CauseKind;
import vn.tongket.meeting.Meeting;
import vn.tongket.vietnamese.VietnameseFormat;

/**
 * The data a year-end or half-year review template sees (the period decides which): plain maps, lists and ready-written Vietnamese strings, so that a
 * template only places text and never computes or formats. Documented in docs/templates.md.
 */
public final class ReviewModel {

    private static final String AREA_LETTERS = "abcdefghiklmnopqrstuvxy";

    private ReviewModel() {
    }

    public static Map<String, Object> of(UnitSummary s) {
        UnitWording wording = UnitWording.of(s.unit());
        LocalDate reportDate = s.meetings().getLast().date();

        Map<String, Object> doc = heading(s.unit(), wording, reportDate);
        ReviewPeriod period = s.period();
        ReviewPeriod next = period.isHalfYear() && period.half() == 1 ? ReviewPeriod.half(period.year(), 2)
                : ReviewPeriod.year(period.year() + 1);
        doc.put("summaryLine", period.isHalfYear()
                ? "kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị " + period.label()
                        + "; phương hướng, nhiệm vụ trọng tâm " + next.label()
                : "kiểm điểm tập thể Ban Thường vụ " + wording.committeeShort() + " " + period.label());
        doc.put("reviewedBody", "Ban Thường vụ " + wording.committeeShort());
        doc.put("year", Integer.toString(period.year()));
        doc.put("nextYear", Integer.toString(period.year() + 1));
        doc.put("period", period.label());
        doc.put("nextPeriod", next.label());

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("doc", doc);
        model.put("unit", unit(s.unitId(), s.unit(), wording));
        model.put("tally", s.tally() == null ? null : tally(s.tally(), wording));
        model.put("indicators", indicators(s.indicators(), wording));
        model.put("achievementAreas", findingAreas(s.achievements()));
        model.put("achievementCount", s.achievementCount());
        model.put("achievementAreaCount", s.achievements().size());
        model.put("shortcomingAreas", findingAreas(s.shortcomings()));
        model.put("shortcomingCount", s.shortcomingCount());
        model.put("shortcomingAreaCount", s.shortcomings().size());
        model.put("causes", causes(s.shortcomings()));
        model.put("previous", s.previousYear() == null ? null : Map.of(
                "year", Integer.toString(s.previousYear()),
                "areas", findingAreas(s.previousShortcomings())));
        model.put("directionAreas", directionAreas(s.directions()));
        model.put("directives", s.directives().stream().map(d -> Map.of(
                "by", d.by() == null ? "" : d.by(), "text", d.text())).toList());
        model.put("lessons", s.lessons());
        model.put("meetings", s.meetings().stream().map(ReviewModel::meeting).toList());
        model.put("signature", signature(s.people(), wording));
        model.put("recipients", recipients(s.unit(), wording));
        List<String> dataNotes = new ArrayList<>();
        s.discrepancies().forEach(d -> dataNotes.add(d.vietnamese()));
        dataNotes.addAll(s.warnings());
        model.put("dataNotes", dataNotes);
        return model;
    }

    /** The header block's lines and the draft mark: the document's place and date is {@code date}. */
    static Map<String, Object> heading(Meeting.Unit unit, UnitWording wording, LocalDate date) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("draftMark", "DỰ THẢO");
        doc.put("superiorOrganisation", VietnameseFormat.upper(wording.superiorOrganisation()));
        doc.put("committee", VietnameseFormat.upper(unit.committee()));
        doc.put("numberLine", "Số      -BC/" + wording.symbol());
        doc.put("placeDate", unit.name() + ", " + VietnameseFormat.dateLine(date));
        return doc;
    }

    static Map<String, Object> unit(String unitId, Meeting.Unit unit, UnitWording wording) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", unitId);
        out.put("name", unit.name());
        out.put("kind", unit.kind().label());
        out.put("fullName", unit.kind().label() + " " + unit.name());
        out.put("committee", unit.committee());
        out.put("committeeShort", wording.committeeShort());
        out.put("organisation", wording.organisation());
        return out;
    }

    static Map<String, Object> tally(UnitSummary.Tally tally, UnitWording wording) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fraction", VietnameseFormat.fraction(tally.achieved(), tally.total()));
        out.put("text", tally.text() == null ? "hoàn thành" : tally.text());
        out.put("setBy", tally.setBy() == null ? "" : wording.setBy(tally.setBy()));
        return out;
    }

    private static List<Map<String, Object>> indicators(List<IndicatorResult> results, UnitWording wording) {
        List<Map<String, Object>> out = new ArrayList<>();
        int number = 1;
        for (IndicatorResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            String value = IndicatorWording.value(r);
            List<String> qualifiers = IndicatorWording.qualifiers(r, wording);
            row.put("no", Integer.toString(number++));
            row.put("name", r.name());
            row.put("area", r.area().label());
            row.put("value", value);
            row.put("against", IndicatorWording.againstPlan(r, wording));
            row.put("plan", IndicatorWording.planValues(r));
            row.put("growth", IndicatorWording.growth(r));
            row.put("status", r.status().label());
            row.put("sentence", r.name() + ": " + value
                    + (qualifiers.isEmpty() ? "" : ", " + String.join(", ", qualifiers)) + "."
                    + (r.note() == null || r.note().isBlank() ? "" : " " + asSentence(r.note())));
            out.add(row);
        }
        return out;
    }

    /** The source's own remark, as a sentence of its own: capitalised and ending with a full stop. */
    static String asSentence(String text) {
        String trimmed = text.strip();
        String capitalised = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalised.matches(".*[.!?…]$") ? capitalised : capitalised + ".";
    }

    private static List<Map<String, Object>> findingAreas(List<AreaGroup<FindingItem>> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            AreaGroup<FindingItem> group = groups.get(i);
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("letter", letter(i));
            area.put("label", group.area().label());
            area.put("items", group.items().stream().map(item -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", item.text());
                m.put("cause", item.cause());
                m.put("responsible", item.responsible());
                m.put("repeats", item.reportedBy().size());
                return m;
            }).toList());
            out.add(area);
        }
        return out;
    }

    static List<Map<String, Object>> directionAreas(List<AreaGroup<String>> groups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            out.add(Map.of("letter", letter(i), "label", groups.get(i).area().label(),
                    "items", groups.get(i).items()));
        }
        return out;
    }

    static List<Map<String, Object>> causes(List<AreaGroup<FindingItem>> shortcomings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CauseKind kind : CauseKind.values()) {
            for (AreaGroup<FindingItem> group : shortcomings) {
                for (FindingItem item : group.items()) {
                    if (item.cause() != null && (item.causeKind() == kind
                            || (item.causeKind() == null && kind == CauseKind.SUBJECTIVE))) {
                        out.add(Map.of("kind", item.causeKind() == null ? "" : "Nguyên nhân " + kind.label(),
                                "text", item.cause(), "shortcoming", item.text()));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, Object> meeting(UnitSummary.MeetingRef m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("title", m.title() == null ? m.kind().label() : m.title());
        out.put("date", VietnameseFormat.shortDate(m.date()));
        out.put("file", m.file());
        out.put("source", sourceText(m.source()));
        return out;
    }

    /** “Title”, publisher, date (authors): where the facts of a meeting were published. */
    static String sourceText(Meeting.Source source) {
        return "\u201C" + source.title() + "\u201D, " + source.publisher()
                + (source.date() == null ? "" : ", " + VietnameseFormat.shortDate(source.date()))
                + (source.authors().isEmpty() ? "" : " (" + String.join(", ", source.authors()) + ")");
    }

    static Map<String, Object> signature(List<UnitSummary.Person> people, UnitWording wording) {
        Optional<UnitSummary.Person> signer = wording.signer(people);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("authority", "T/M BAN THƯỜNG VỤ");
        out.put("position", signer.map(p -> wording.signerPosition(p)).orElse("BÍ THƯ"));
        out.put("name", signer.map(UnitSummary.Person::name).orElse(""));
        return out;
    }

    static List<String> recipients(Meeting.Unit unit, UnitWording wording) {
        String superior = unit.superior().committee();
        return List.of(
                "Ban Thường vụ " + superior + " (để báo cáo),",
                "Ban Tổ chức " + superior + ",",
                "Các đồng chí Ủy viên Ban Thường vụ " + wording.committeeShort() + ",",
                "Lưu Văn phòng " + wording.committeeShort() + ".");
    }

    static String letter(int index) {
        return index < AREA_LETTERS.length() ? AREA_LETTERS.charAt(index) + ")" : (index + 1) + ")";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
