package vn.tongket.vietnamese;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers, money, percentages and dates written the Vietnamese way ("1.528 tỷ đồng", "87,67%",
 * "ngày 25 tháng 12 năm 2023"). The symbols are spelled out here rather than taken from the JDK's locale data,
 * which a trimmed runtime silently replaces with English conventions.
 */
public final class VietnameseFormat {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private VietnameseFormat() {
    }

    /** A number as reported: "1.528", "14.563,145", "87,67"; the scale of the input is kept, trailing zeros dropped. */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        int scale = Math.max(0, plain.scale());
        DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(plain);
    }

    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A number rounded to at most {@code decimals} places: 96.296 → "96,3" with one place, "96,30" is never written. */
    public static String number(BigDecimal value, int decimals) {
        return number(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** "87,67%" (no space before the sign). */
    public static String percent(BigDecimal value) {
        return number(value) + "%";
    }

    /**
     * An amount in tỷ đồng as Vietnamese reports write it: whole tỷ plus the remaining triệu spelled as a
     * three-digit group ("2.167 tỷ 098 triệu đồng"), or just "1.528 tỷ đồng". Amounts below one tỷ are given in
     * triệu. Fractions of a triệu fall back to a decimal number of tỷ.
     */
    public static String billions(BigDecimal ty) {
        BigDecimal whole = ty.setScale(0, RoundingMode.DOWN);
        BigDecimal millions = ty.subtract(whole).multiply(THOUSAND).stripTrailingZeros();
        if (millions.signum() == 0) {
            return number(whole) + " tỷ đồng";
        }
        if (millions.scale() > 0) {
            return number(ty) + " tỷ đồng";
        }
        if (whole.signum() == 0) {
            return number(millions) + " triệu đồng";
        }
        return number(whole) + " tỷ " + String.format(Locale.ROOT, "%03d", millions.intValueExact()) + " triệu đồng";
    }

    /** "258.868 triệu đồng", "871,267 triệu đồng". */
    public static String millions(BigDecimal trieu) {
        return number(trieu) + " triệu đồng";
    }

    /** "64/73". */
    public static String fraction(int part, int total) {
        return number(part) + "/" + number(total);
    }

    /**
     * "ngày 25 tháng 12 năm 2023": days below 10 and the months January and February are written with two digits,
     * as the Party and state document rules show ("ngày 05 tháng 02", "ngày 05 tháng 3").
     */
    public static String dateLine(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format(Locale.ROOT, "%02d", month) : Integer.toString(month);
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /** "25/12/2023" as used in running text. */
    public static String shortDate(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Roman numerals for congress terms: 24 → "XXIV". */
    public static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            throw new IllegalArgumentException("no Roman numeral for " + number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(letters[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** Upper case for headings; Vietnamese has no special casing rules, and ROOT avoids the Turkish dotless i. */
    public static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return symbols;
    }
}
