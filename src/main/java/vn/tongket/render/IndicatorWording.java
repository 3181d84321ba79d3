package vn.tongket.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.tongket.aggregate.UnitSummary.AttainmentResult;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.vietnamese.VietnameseFormat;

/** Indicator figures written out as a report writes them: "1.528 tỷ đồng", "64/73 trường (87,67%)", "bằng 132% kế hoạch". */
final class IndicatorWording {

    private IndicatorWording() {
    }

    /**
     * The value reached: "ước đạt 14.563 tỷ 145 triệu đồng", "64/73 trường (87,67%)", "13,48%". A percentage the
     * source did not give is not added; the recomputed one serves only the consistency check.
     */
    static String value(IndicatorResult r) {
        String text;
        if (r.part() != null && r.total() != null) {
            text = VietnameseFormat.fraction(r.part(), r.total()) + noun(r);
            if (r.reportedPercent() != null) {
                text += " (" + VietnameseFormat.percent(r.reportedPercent()) + ")";
            }
        } else if (r.actual() != null) {
            text = amount(r.actual(), r) + noun(r);
        } else {
            text = "(không có số liệu)";
        }
        return r.estimated() ? "ước đạt " + text : text;
    }

    static String amount(BigDecimal actual, IndicatorResult r) {
        return amount(actual, r.measure());
    }

    /** "1.528 tỷ đồng", "258.868 triệu đồng", "87,67%", or the bare number for a count. */
    static String amount(BigDecimal actual, vn.tongket.meeting.Measure measure) {
        if (measure == null) {
            return VietnameseFormat.number(actual);
        }
        return switch (measure) {
            case TY_DONG -> VietnameseFormat.billions(actual);
            case TRIEU_DONG -> VietnameseFormat.millions(actual);
            case DONG -> VietnameseFormat.number(actual) + " đồng";
            case PERCENT -> VietnameseFormat.percent(actual);
            case COUNT -> VietnameseFormat.number(actual);
        };
    }

    private static String noun(IndicatorResult r) {
        return r.countNoun() == null || r.countNoun().isBlank() ? "" : " " + r.countNoun();
    }

    /** What qualifies the value in a sentence: when counted, against which plan, growth. */
    static List<String> qualifiers(IndicatorResult r, UnitWording wording) {
        List<String> out = new ArrayList<>();
        if (r.span() != null) {
            out.add(r.span());
        }
        if (r.asOf() != null) {
            out.add("tính đến ngày " + VietnameseFormat.shortDate(r.asOf()));
        }
        for (AttainmentResult a : r.attainment()) {
            out.add(attainment(a, wording));
        }
        if (r.growth() != null) {
            out.add(growth(r));
        }
        return out;
    }

    /** "tăng 12,5% so với cùng kỳ (cùng kỳ tăng 7,3%)", or empty where the source gives no growth. */
    static String growth(IndicatorResult r) {
        if (r.growth() == null) {
            return "";
        }
        return change(r.growth()) + " so với cùng kỳ"
                + (r.previousGrowth() == null ? "" : " (cùng kỳ " + change(r.previousGrowth()) + ")");
    }

    /** The plans' values where the source gives them ("KH 18.618 tỷ đồng"), for the plan column; else empty. */
    static String planValues(IndicatorResult r) {
        return String.join("; ", r.attainment().stream()
                .filter(a -> a.planValue() != null)
                .map(a -> amount(a.planValue(), r))
                .toList());
    }

    /** The ratios to plan for the table column: "103,3% dự toán Thành phố giao; 100,6% dự toán huyện giao". */
    static String againstPlan(IndicatorResult r, UnitWording wording) {
        return String.join("; ", r.attainment().stream().map(a -> attainment(a, wording)).toList());
    }

    /**
     * "đạt 132% kế hoạch giao". The attainment's note is the plan as the source words it ("chỉ tiêu Thành ủy giao",
     * "dự toán giao sau điều chỉnh, bổ sung") and is used as written; without it the plan is named from its kind and
     * who set it ("dự toán Thành phố giao").
     */
    static String attainment(AttainmentResult a, UnitWording wording) {
        String plan = planName(a, wording);
        if (a.reportedPercent() != null) {
            return "đạt " + VietnameseFormat.percent(a.reportedPercent()) + " " + plan;
        }
        if (a.exceededBy() != null) {
            return "vượt " + VietnameseFormat.percent(a.exceededBy()) + " " + plan;
        }
        return plan + " " + VietnameseFormat.number(a.planValue())
                + (a.computedPercent() == null ? "" : " (đạt " + VietnameseFormat.percent(a.computedPercent()) + ")");
    }

    /** The plan as the source words it ("kế hoạch giao"), else from its kind and who set it ("dự toán Thành phố giao"). */
    static String planName(AttainmentResult a, UnitWording wording) {
        return a.note() != null && !a.note().isBlank() ? a.note()
                : (a.against() == null ? "kế hoạch" : a.against().label())
                        + (a.setBy() == null ? "" : " " + wording.setBy(a.setBy()));
    }

    static String change(BigDecimal percent) {
        return (percent.signum() < 0 ? "giảm " : "tăng ") + VietnameseFormat.percent(percent.abs());
    }
}
