package vn.tongket.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tongket.aggregate.TermComparison;
import vn.tongket.aggregate.TermComparison.ComparedIndicator;
import vn.tongket.aggregate.TermComparison.ComparedUnit;
import vn.tongket.aggregate.TermComparison.Total;
import vn.tongket.aggregate.TermComparison.UnitFigure;
import vn.tongket.meeting.Meeting;
import vn.tongket.vietnamese.VietnameseFormat;

/**
 * The data the template of the summary across units sees (templates/mid-term-summary/): the comparison of every
 * indicator at least two units report, with ranks and the rule they follow, totals, and the units with gaps.
 * Documented in docs/templates.md.
 */
public final class MidTermSummaryModel {

    /** The ranking rule in the document's words; docs/mid-term.md gives the same rule. */
    public static final List<String> RANKING_RULE = List.of(
            "Chỉ so sánh, xếp hạng các chỉ tiêu có ít nhất hai đơn vị báo cáo.",
            "Chỉ xếp hạng số liệu cùng kỳ: kỳ (một năm, từ đầu nhiệm kỳ, hoặc một giai đoạn) được nhiều đơn vị"
                    + " báo cáo nhất, ít nhất hai đơn vị; nếu bằng nhau thì ưu tiên số liệu cả giai đoạn, rồi năm gần"
                    + " nhất. Không bao giờ xếp hạng số liệu cả giai đoạn với số liệu một năm, hay số liệu 6 tháng với"
                    + " số liệu cả năm; đơn vị không có số liệu cùng kỳ được ghi số liệu gần nhất của mình, không xếp"
                    + " hạng.",
            "Trong cùng kỳ: xếp theo tỷ lệ so với kế hoạch (dự toán; với số liệu cả giai đoạn, cả chỉ tiêu nhiệm"
                    + " kỳ) nếu mọi đơn vị đều có; nếu không, theo giá trị khi cùng đơn vị tính; nếu không, theo tỷ lệ"
                    + " số đạt trên tổng số; nếu không được thì không xếp hạng.",
            "Xếp từ cao xuống thấp; số liệu bằng nhau cùng hạng (1, 1, 3). Với chỉ tiêu mà số nhỏ hơn là tốt hơn"
                    + " (như số hộ nghèo), thứ hạng theo giá trị chỉ là thứ tự số học.",
            "Chỉ cộng tổng số liệu cùng kỳ, cùng đơn vị tính (số tiền, số lượng, số đạt trên tổng số); không cộng"
                    + " các tỷ lệ.");

    private MidTermSummaryModel() {
    }

    public static Map<String, Object> of(TermComparison c) {
        Meeting.Superior superior = c.superior();
        String superiorName = superior.name() != null ? superior.name() : superior.committee();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("draftMark", "DỰ THẢO");
        doc.put("superiorHeading", VietnameseFormat.upper(superior.committee()));
        doc.put("superiorCommittee", superior.committee());
        doc.put("superior", superiorName);
        doc.put("summaryLine", "tổng hợp, so sánh kết quả nửa đầu " + c.term().label()
                + " của các đơn vị trực thuộc " + superior.committee());
        doc.put("term", c.term().key());
        doc.put("termLabel", c.term().label());
        doc.put("asOf", VietnameseFormat.shortDate(c.asOf()));
        doc.put("asOfLine", VietnameseFormat.dateLine(c.asOf()));
        doc.put("unitCount", Integer.toString(c.units().size()));

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("doc", doc);
        List<Map<String, Object>> units = new ArrayList<>();
        List<String> gapUnits = new ArrayList<>();
        int number = 1;
        for (ComparedUnit unit : c.units()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", Integer.toString(number++));
            row.put("id", unit.unitId());
            row.put("name", fullName(unit.unit()));
            row.put("fullYears", unit.fullYears().isEmpty() ? "không" : MidTermModel.joinYears(unit.fullYears()));
            row.put("halfYearOnly", MidTermModel.joinYears(unit.halfYearOnly()));
            row.put("gaps", unit.gapYears().isEmpty() ? "không" : MidTermModel.joinYears(unit.gapYears()));
            row.put("termFigures", unit.termFigures() ? "có" : "không");
            row.put("meetingCount", Integer.toString(unit.meetingIds().size()));
            units.add(row);
            if (!unit.gapYears().isEmpty() || !unit.halfYearOnly().isEmpty()) {
                List<String> parts = new ArrayList<>();
                if (!unit.gapYears().isEmpty()) {
                    parts.add("không có số liệu năm " + MidTermModel.joinYears(unit.gapYears()));
                }
                if (!unit.halfYearOnly().isEmpty()) {
                    parts.add("năm " + MidTermModel.joinYears(unit.halfYearOnly()) + " chỉ có số liệu 6 tháng");
                }
                if (unit.termFigures()) {
                    parts.add("có số liệu cả giai đoạn của hội nghị sơ kết giữa nhiệm kỳ");
                }
                gapUnits.add(fullName(unit.unit()) + ": " + String.join("; ", parts) + ".");
            }
        }
        model.put("units", units);
        model.put("gapUnits", gapUnits);
        List<Map<String, Object>> indicators = new ArrayList<>();
        number = 1;
        for (ComparedIndicator indicator : c.indicators()) {
            indicators.add(indicator(number++, indicator, c));
        }
        model.put("indicators", indicators);
        model.put("rankingRule", RANKING_RULE);
        model.put("inputs", c.inputs().stream().map(f -> Map.of("name", f.name(),
                "sha256", f.sha256() == null ? "" : f.sha256())).toList());
        model.put("dataNotes", c.notes());
        return model;
    }

    /** "Huyện Thường Tín". */
    public static String fullName(Meeting.Unit unit) {
        String kind = unit.kind().label();
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + unit.name();
    }

    private static Map<String, Object> indicator(int number, ComparedIndicator indicator, TermComparison c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("no", Integer.toString(number));
        out.put("key", indicator.key());
        out.put("name", indicator.name());
        out.put("area", indicator.area().label());
        out.put("span", indicator.span() == null ? "" : indicator.span());
        out.put("basis", basis(indicator));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitFigure figure : indicator.figures()) {
            Meeting.Unit unit = c.units().stream().filter(u -> u.unitId().equals(figure.unitId())).findFirst()
                    .orElseThrow().unit();
            UnitWording wording = UnitWording.of(unit);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", figure.rank() == null ? "—" : Integer.toString(figure.rank()));
            row.put("unit", fullName(unit));
            row.put("unitId", figure.unitId());
            row.put("span", figure.spanLabel());
            row.put("value", IndicatorWording.value(figure.value()));
            row.put("ratio", IndicatorWording.againstPlan(figure.value(), wording));
            row.put("note", note(figure, indicator));
            rows.add(row);
        }
        out.put("rows", rows);
        out.put("total", total(indicator.total()));
        return out;
    }

    /** How an indicator's units are ranked, or why they are not. */
    public static String basis(ComparedIndicator indicator) {
        String span = indicator.span();
        return switch (indicator.basis()) {
            case RATIO_TO_PLAN -> "Xếp hạng theo tỷ lệ so với kế hoạch (hoặc chỉ tiêu nhiệm kỳ), số liệu " + span
                    + ", từ cao xuống thấp.";
            case VALUE -> "Xếp hạng theo giá trị, số liệu " + span + ", cùng đơn vị tính, từ cao xuống thấp.";
            case RATE -> "Xếp hạng theo tỷ lệ số đạt trên tổng số, số liệu " + span + ", từ cao xuống thấp.";
            case NONE -> span == null
                    ? "Không xếp hạng: không có kỳ số liệu chung của ít nhất hai đơn vị (chỉ so số liệu cả năm với"
                            + " cả năm, cả giai đoạn với cả giai đoạn)."
                    : "Không xếp hạng: số liệu " + span + " của các đơn vị khác loại hoặc khác đơn vị tính.";
        };
    }

    /** Why a unit's figure is not ranked, and whether it is an estimate. */
    public static String note(UnitFigure figure, ComparedIndicator indicator) {
        String estimate = figure.value().estimated() ? "số ước tính" : "";
        if (figure.comparable()) {
            return estimate;
        }
        boolean figureIsTerm = !figure.spanLabel().startsWith("năm ") && !figure.spanLabel().startsWith("6 tháng");
        String why;
        if (indicator.span() == null) {
            why = "không xếp hạng: không đơn vị nào khác có số liệu cùng kỳ";
        } else if (figureIsTerm) {
            why = "không xếp hạng: số liệu cả giai đoạn, không so với số liệu " + indicator.span();
        } else {
            why = "không xếp hạng: số liệu " + figure.spanLabel() + ", khác kỳ so sánh (" + indicator.span() + ")";
        }
        return estimate.isEmpty() ? why : why + "; " + estimate;
    }

    private static String total(Total total) {
        if (total == null) {
            return null;
        }
        String value;
        if (total.parts() != null) {
            value = VietnameseFormat.fraction(total.parts(), total.wholes())
                    + (total.wholes() > 0 ? " (" + VietnameseFormat.percent(ratio(total.parts(), total.wholes()))
                    + ")" : "");
        } else {
            value = IndicatorWording.amount(total.sum(), total.measure());
        }
        return "Tổng " + total.unitCount() + " đơn vị (số liệu " + total.span() + "): " + value;
    }

    private static java.math.BigDecimal ratio(int part, int whole) {
        return java.math.BigDecimal.valueOf(part).multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }
}
