package vn.tongket.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * A reported figure that disagrees, beyond the precision it was given with, with the figure its parts give. The
 * draft keeps the reported figure; this says where it is, what was computed and what most likely went wrong.
 *
 * @param file          the input file, as the run names it ("input/004-tay-ho-….json")
 * @param meetingId     the meeting's id
 * @param pointer       the JSON pointer of the reported figure ("/indicators/5/percent"), in a workbook meeting too
 * @param place         where the reported figure is, for people: the pointer in a JSON file, the sheet and cell in a
 *                      workbook ("sheet Chỉ tiêu, cell H8")
 * @param indicatorKey  the indicator's key (or the slug of its name when it has none)
 * @param indicatorName the indicator as the source words it
 * @param figure        which figure was recomputed
 * @param reported      the figure as reported
 * @param computed      the figure recomputed, to one more decimal than reported (at least two): 96,30
 * @param unit          "%" for a percentage, else the measure ("tỷ đồng", "kỳ họp")
 * @param formula       how it was computed, with plain numbers: "26/27", "5 + 9", "14563.145/12945 − 1"
 * @param formulaVi     the same, with numbers written the Vietnamese way: "26/27", "14.563,145/12.945 − 1"
 * @param cause         the likely cause
 */
public record Discrepancy(String file, String meetingId, String pointer, String place, String indicatorKey, String indicatorName,
                          Figure figure, BigDecimal reported, BigDecimal computed, String unit, String formula,
                          String formulaVi, LikelyCause cause) {

    /** By file, meeting, then place in the meeting (list indexes compared as numbers). */
    public static final Comparator<Discrepancy> ORDER = Comparator.comparing(Discrepancy::file)
            .thenComparing(Discrepancy::meetingId)
            .thenComparing(Discrepancy::pointer, Discrepancy::comparePointers)
            .thenComparing(Discrepancy::figure);

    /**
     * One sentence for the draft's annex: «Chỉ tiêu "Trường công lập đạt chuẩn quốc gia" (tỷ lệ x/y): báo cáo 96,2%,
     * tính lại 26/27 = 96,30%; nguyên nhân có thể: số bị cắt bớt chữ số thay vì làm tròn.»
     */
    public String vietnamese() {
        return "Chỉ tiêu \"" + indicatorName + "\" (" + figure.vietnamese() + "): báo cáo "
                + withUnit(vietnameseNumber(reported)) + ", tính lại " + formulaVi + " = "
                + withUnit(vietnameseNumber(computed)) + "; nguyên nhân có thể: " + cause.vietnamese() + ".";
    }

    /**
     * One line for the run report: «input/004.json (/indicators/5/percent): "Trường …" share of the total: reported
     * 96.2%, computed 26/27 = 96.30%; likely cause: truncated instead of rounded (rounded down)»; a workbook
     * meeting's figure is named by its sheet and cell.
     */
    public String english() {
        return file + " (" + place + "): \"" + indicatorName + "\" " + figure.english() + ": reported "
                + withUnit(reported.toPlainString()) + ", computed " + formula + " = "
                + withUnit(computed.toPlainString()) + "; likely cause: " + cause.english();
    }

    private String withUnit(String number) {
        if (unit == null || unit.isEmpty()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** "96,30", "14.563,145": the scale as given, thousands grouped with dots. */
    static String vietnameseNumber(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    }

    /** A computed figure to one decimal more than the reported one, at least two: 96,2 → 96,30. */
    static BigDecimal shown(BigDecimal computed, BigDecimal reported) {
        return computed.setScale(Math.max(2, Math.max(0, reported.scale()) + 1), RoundingMode.HALF_UP);
    }

    private static int comparePointers(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
