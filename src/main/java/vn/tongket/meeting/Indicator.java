package vn.tongket.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator (chỉ tiêu) as reported. Numbers are kept exactly as written (BigDecimal), in the measure the source
 * uses, so that a draft can repeat them to the letter.
 *
 * @param key        a stable identifier of the indicator across meetings and years ("state-budget-revenue")
 * @param actual     the value reached in the period
 * @param estimated  the source says "ước đạt / ước thực hiện"
 * @param asOf       the value is counted up to this date ("tính đến ngày 22/12/2023")
 * @param span       the indicator covers another span than the meeting's period ("giai đoạn 2020-2022")
 * @param part       with {@code total}: a count over a total ("64/73 trường")
 * @param percent    the percentage the source gives for {@code part/total}
 * @param attainment ratios to plans or targets as reported ("đạt 132% kế hoạch")
 * @param growth     change against the same period of the previous year
 * @param partOf     the key of another indicator of the same meeting that this one is a part of: the parts that
 *                   name a whole must add up to it ("14 kỳ họp" = 5 thường lệ + 9 chuyên đề)
 */
public record Indicator(
        String key,
        String name,
        Area area,
        Measure measure,
        String countNoun,
        BigDecimal actual,
        Boolean estimated,
        LocalDate asOf,
        Period span,
        Integer part,
        Integer total,
        BigDecimal percent,
        List<Attainment> attainment,
        Growth growth,
        String note,
        String partOf) {

    public Indicator {
        attainment = Meeting.listOrEmpty(attainment);
    }

    /**
     * A ratio to a plan or target. {@code percent} is the ratio as reported ("đạt 132%"); {@code exceededBy} is used
     * where the source says "vượt 27% kế hoạch"; {@code planValue} is the plan itself where the source gives it.
     */
    public record Attainment(PlanKind against, SetBy setBy, BigDecimal percent, BigDecimal exceededBy,
                             BigDecimal planValue, String note) {
    }

    /** "tăng 12,5% (cùng kỳ tăng 7,3%)": growth against the same period, and the same figure a year earlier. */
    public record Growth(BigDecimal percent, BigDecimal previousPercent) {
    }
}
