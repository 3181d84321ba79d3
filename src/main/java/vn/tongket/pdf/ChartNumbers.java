package vn.tongket.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers of charts as text, with the Vietnamese separators (a comma before decimals, a full stop between
 * thousands), following the Excel number format of the chart: "General", and the common patterns of zeros,
 * hashes, separators and a percent sign ({@code 0}, {@code 0.0}, {@code #,##0.00}, {@code 0%}). Anything else
 * in a format (colours, conditions, dates, text) is read as General.
 */
final class ChartNumbers {

    private static final DecimalFormatSymbols VIETNAMESE = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));
    /** General shows up to 10 significant digits and no thousands separator. */
    private static final MathContext GENERAL_PRECISION = new MathContext(10);

    private ChartNumbers() {
    }

    static String format(double value, String formatCode) {
        String pattern = pattern(formatCode);
        if (pattern == null) {
            return general(value);
        }
        DecimalFormat format = new DecimalFormat(pattern, VIETNAMESE);
        return format.format(value);
    }

    private static String general(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String plain = new BigDecimal(value).round(GENERAL_PRECISION).stripTrailingZeros().toPlainString();
        return plain.replace('.', ',');
    }

    /** The first section of the format as a DecimalFormat pattern, or null for General and what is not a number. */
    private static String pattern(String formatCode) {
        if (formatCode == null) {
            return null;
        }
        String first = formatCode.split(";", -1)[0].replaceAll("\\[[^]]*]", "").replace("\"", "").trim();
        if (first.isEmpty() || first.equalsIgnoreCase("General") || !first.matches("[#0,.%\\s]+")
                || !first.contains("0") && !first.contains("#")) {
            return null;
        }
        return first;
    }
}
