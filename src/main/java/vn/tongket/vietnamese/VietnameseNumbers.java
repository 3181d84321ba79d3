package vn.tongket.vietnamese;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers that people typed as text the Vietnamese way: "." between thousands and "," before the decimals
 * ("1.528", "14.563,145", "87,67%"), and money in words ("2.167 tỷ 098 triệu đồng"). A text that could mean two
 * numbers is refused rather than guessed: "1,528" is 1.528 written the Vietnamese way but 1528 written the English
 * way. The result is exact and plain: trailing zeros dropped, never a negative scale.
 */
public final class VietnameseNumbers {

    /** What a text is expected to hold; decides which unit words are allowed and how ambiguities are read. */
    public enum Kind {
        /** a number without unit ("1.528", "14.563,145", "2167.098"). */
        NUMBER("a number such as 1.528 or 14.563,145"),
        /** a whole number ("64", "1.528", "02"). */
        WHOLE("a whole number such as 64 or 1.528"),
        /** a percentage, the number before the sign; "," is read as the decimal comma ("87,67%", "1,5"). */
        PERCENT("a percentage such as 87,67 or 87,67%"),
        /** an amount in tỷ đồng ("1.528", "1.528 tỷ đồng", "2.167 tỷ 098 triệu đồng", "599 triệu"). */
        TY_DONG("an amount in tỷ đồng such as 1.528, 2.167,098 or 2.167 tỷ 098 triệu"),
        /** an amount in triệu đồng ("258.868", "258.868 triệu đồng"). */
        TRIEU_DONG("an amount in triệu đồng such as 258.868 or 871,267 triệu"),
        /** an amount in đồng ("1.500.000 đồng"). */
        DONG("an amount in đồng such as 1.500.000");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        /** How the expected value is described in messages. */
        public String expected() {
            return expected;
        }
    }

    /** Why a text is not a number of the expected kind; the message says what was expected and what was found. */
    public static final class NumberTextException extends IllegalArgumentException {
        public NumberTextException(String message) {
            super(message);
        }
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+");
    private static final Pattern COMMA_THOUSAND_OR_DECIMAL = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    private static final String NUMBER = "[0-9][0-9.,]*";
    private static final Pattern TY = Pattern.compile(
            "(" + NUMBER + ") ?tỷ(?: (" + NUMBER + ") ?(?:triệu|trđ|tr))?(?: ?đồng| ?đ)?");
    private static final Pattern TRIEU = Pattern.compile("(" + NUMBER + ") ?(?:triệu|trđ|tr)(?: ?đồng| ?đ)?");
    private static final Pattern DONG_WORD = Pattern.compile("(" + NUMBER + ") ?(?:đồng|đ)");

    private VietnameseNumbers() {
    }

    /** The number in {@code text}, read as {@code kind}; throws {@link NumberTextException} with a clear message. */
    public static BigDecimal parse(String text, Kind kind) {
        String t = VietnameseText.nfc(text).replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-')
                .trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new NumberTextException("expected " + kind.expected + ", found an empty text");
        }
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.startsWith("-");
            t = t.substring(1).trim();
        }
        BigDecimal value = switch (kind) {
            case PERCENT -> core(t.endsWith("%") ? t.substring(0, t.length() - 1).trim() : t, kind, text);
            case TY_DONG -> tyDong(t, text);
            case TRIEU_DONG -> {
                Matcher m = TRIEU.matcher(t);
                if (t.contains("tỷ")) {
                    throw new NumberTextException("expected " + kind.expected + ", found an amount in tỷ \"" + text
                            + "\"; write it in triệu đồng as the source does, or change the measure to tỷ đồng");
                }
                yield core(m.matches() ? m.group(1) : t, kind, text);
            }
            case DONG -> {
                Matcher m = DONG_WORD.matcher(t);
                yield core(m.matches() ? m.group(1) : t, kind, text);
            }
            case NUMBER, WHOLE -> core(t, kind, text);
        };
        if (kind == Kind.WHOLE && value.stripTrailingZeros().scale() > 0) {
            throw new NumberTextException("expected " + kind.expected + ", found \"" + text + "\"");
        }
        return plain(negative ? value.negate() : value);
    }

    /** The same number with trailing zeros dropped and a scale of at least 0 (1528, 2167.098, never 1.528E+3). */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal tyDong(String t, String original) {
        Matcher ty = TY.matcher(t);
        if (ty.matches()) {
            BigDecimal whole = core(ty.group(1), Kind.TY_DONG, original);
            if (ty.group(2) == null) {
                return whole;
            }
            if (whole.stripTrailingZeros().scale() > 0) {
                throw new NumberTextException("expected " + Kind.TY_DONG.expected + ", found \"" + original
                        + "\": a decimal number of tỷ followed by triệu");
            }
            return whole.add(millions(ty.group(2), original));
        }
        Matcher trieu = TRIEU.matcher(t);
        if (trieu.matches()) {
            return millions(trieu.group(1), original);
        }
        return core(t, Kind.TY_DONG, original);
    }

    /** "098 triệu" as a part of a tỷ: 0.098. */
    private static BigDecimal millions(String number, String original) {
        BigDecimal millions = core(number, Kind.TRIEU_DONG, original);
        if (millions.compareTo(THOUSAND) >= 0) {
            throw new NumberTextException("expected " + Kind.TY_DONG.expected + ", found \"" + original
                    + "\": the triệu part must be below 1.000");
        }
        return millions.movePointLeft(3);
    }

    /** One number without sign or unit. */
    private static BigDecimal core(String s, Kind kind, String original) {
        if (DIGITS.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        if (DOT_GROUPS.matcher(s).matches()) {
            if (kind == Kind.PERCENT && s.indexOf('.') == s.lastIndexOf('.')) {
                throw ambiguous(original, s.replace(".", ""), s.replace('.', ','), kind);
            }
            return new BigDecimal(s.replace(".", ""));
        }
        if (DOT_DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        if (COMMA_DECIMAL.matcher(s).matches()) {
            if (kind != Kind.PERCENT && COMMA_THOUSAND_OR_DECIMAL.matcher(s).matches()) {
                throw ambiguous(original, s.replace(",", ""), s, kind);
            }
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        throw new NumberTextException("expected " + kind.expected + ", found \"" + original + "\"");
    }

    private static NumberTextException ambiguous(String original, String thousands, String decimal, Kind kind) {
        return new NumberTextException("ambiguous number \"" + original + "\": it can be read as " + thousands
                + " or as " + decimal + " with a decimal comma; expected " + kind.expected
                + ". Type it as a number cell, or write it unambiguously");
    }
}
