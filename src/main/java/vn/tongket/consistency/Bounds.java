package vn.tongket.consistency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A figure as an interval: a reported number is exact only to half a unit of its last digit (96,2 stands for
 * anything from 96,15 to 96,25), a count is exact. Computing with intervals gives every value the inputs allow, so a
 * figure that agrees within the precision the source gave is never flagged.
 *
 * @param lo  the smallest value
 * @param hi  the largest value
 * @param mid the value from the numbers as written, used to guess a likely cause
 */
record Bounds(BigDecimal lo, BigDecimal hi, BigDecimal mid) {

    private static final MathContext DIGITS = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Bounds exact(BigDecimal value) {
        return new Bounds(value, value, value);
    }

    static Bounds exact(long value) {
        return exact(BigDecimal.valueOf(value));
    }

    /** A reported number: give or take half a unit of its last written digit. */
    static Bounds reported(BigDecimal value) {
        BigDecimal half = halfUnit(value);
        return new Bounds(value.subtract(half), value.add(half), value);
    }

    /** 0,05 for 96,2; 0,5 for 132 (and for 1E+2: trailing zeros of a whole number are taken as written). */
    static BigDecimal halfUnit(BigDecimal value) {
        return BigDecimal.valueOf(5, Math.max(0, value.scale()) + 1);
    }

    Bounds plus(Bounds other) {
        return new Bounds(lo.add(other.lo), hi.add(other.hi), mid.add(other.mid));
    }

    Bounds minus(Bounds other) {
        return new Bounds(lo.subtract(other.hi), hi.subtract(other.lo), mid.subtract(other.mid));
    }

    /** Multiplied by a positive constant. */
    Bounds times(BigDecimal factor) {
        return new Bounds(lo.multiply(factor), hi.multiply(factor), mid.multiply(factor));
    }

    /** Divided by an interval that lies wholly above zero; null otherwise (no ratio). */
    Bounds dividedBy(Bounds divisor) {
        if (divisor.lo.signum() <= 0) {
            return null;
        }
        BigDecimal a = lo.divide(divisor.lo, DIGITS);
        BigDecimal b = lo.divide(divisor.hi, DIGITS);
        BigDecimal c = hi.divide(divisor.lo, DIGITS);
        BigDecimal d = hi.divide(divisor.hi, DIGITS);
        return new Bounds(Stream.of(a, b, c, d).min(Comparator.naturalOrder()).orElseThrow(),
                Stream.of(a, b, c, d).max(Comparator.naturalOrder()).orElseThrow(),
                mid.divide(divisor.mid, DIGITS));
    }

    /** this/divisor × 100. */
    Bounds percentOf(Bounds divisor) {
        return times(HUNDRED).dividedBy(divisor);
    }

    boolean overlaps(Bounds other) {
        return lo.compareTo(other.hi) <= 0 && other.lo.compareTo(hi) <= 0;
    }

    boolean contains(BigDecimal value) {
        return lo.compareTo(value) <= 0 && value.compareTo(hi) <= 0;
    }
}
