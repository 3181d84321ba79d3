package vn.tongket.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.consistency.Meetings.amount;
import static vn.tongket.consistency.Meetings.attained;
import static vn.tongket.consistency.Meetings.grown;
import static vn.tongket.consistency.Meetings.share;
import static vn.tongket.consistency.Meetings.withPartOf;
import static vn.tongket.consistency.Meetings.yearEnd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Measure;

/**
 * A figure that a source computed correctly and rounded (up at half, or to even) is never flagged, whatever the
 * precision of the figure and of its parts; one that was cut instead of rounded is flagged as truncation. The true
 * values are drawn with six decimals, and the source reports each figure rounded to its own precision, as a clerk
 * copying an article would.
 */
class CorrectFiguresPropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Provide
    Arbitrary<RoundingMode> rounding() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("99999999")).ofScale(6);
    }

    @Property(tries = 300)
    void aCorrectShareIsNeverFlagged(@ForAll @IntRange(min = 1, max = 100_000) int total,
                                     @ForAll @IntRange(min = 0, max = 100_000) int anyPart,
                                     @ForAll @IntRange(min = 0, max = 4) int scale,
                                     @ForAll("rounding") RoundingMode mode) {
        int part = anyPart % (total + 1);
        BigDecimal percent = BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), scale, mode);
        assertThat(ConsistencyChecks.check(List.of(yearEnd("u", 2023, share("s", part, total,
                percent.toPlainString()))))).isEmpty();
    }

    @Property(tries = 300)
    void aTruncatedShareIsFlaggedAsTruncation(@ForAll @IntRange(min = 1, max = 100_000) int total,
                                              @ForAll @IntRange(min = 0, max = 100_000) int anyPart,
                                              @ForAll @IntRange(min = 0, max = 3) int scale) {
        int part = anyPart % (total + 1);
        BigDecimal exact = BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total),
                MathContext.DECIMAL128);
        BigDecimal cut = exact.setScale(scale, RoundingMode.DOWN);
        // only a cut that rounding would not have given: the exact value is half a unit or more above it
        Assume.that(exact.subtract(cut).compareTo(BigDecimal.valueOf(5, scale + 1)) > 0);
        assertThat(ConsistencyChecks.check(List.of(yearEnd("u", 2023, share("s", part, total,
                cut.toPlainString())))))
                .singleElement().extracting(Discrepancy::cause).isEqualTo(LikelyCause.TRUNCATION);
    }

    @Property(tries = 300)
    void aCorrectRatioToPlanAndExcessAreNeverFlagged(@ForAll("amounts") BigDecimal trueActual,
                                                     @ForAll("amounts") BigDecimal truePlan,
                                                     @ForAll @IntRange(min = 0, max = 3) int actualScale,
                                                     @ForAll @IntRange(min = 0, max = 3) int planScale,
                                                     @ForAll @IntRange(min = 0, max = 2) int percentScale,
                                                     @ForAll("rounding") RoundingMode mode) {
        BigDecimal actual = trueActual.setScale(actualScale, mode);
        BigDecimal plan = truePlan.setScale(planScale, mode);
        Assume.that(actual.signum() > 0 && plan.signum() > 0);
        BigDecimal ratio = trueActual.multiply(HUNDRED).divide(truePlan, MathContext.DECIMAL128);
        BigDecimal percent = ratio.setScale(percentScale, mode);
        BigDecimal excess = ratio.subtract(HUNDRED).setScale(percentScale, mode);
        Indicator indicator = attained(amount("k", Measure.TY_DONG, actual.toPlainString()),
                percent.toPlainString(), excess.signum() >= 0 ? excess.toPlainString() : null,
                plan.toPlainString());
        assertThat(ConsistencyChecks.check(List.of(yearEnd("u", 2023, indicator)))).isEmpty();
    }

    @Property(tries = 300)
    void partsThatMakeUpTheirWholeAreNeverFlagged(@ForAll("amounts") BigDecimal a,
                                                  @ForAll("amounts") BigDecimal b,
                                                  @ForAll("amounts") BigDecimal c,
                                                  @ForAll @IntRange(min = 0, max = 3) int partScale,
                                                  @ForAll @IntRange(min = 0, max = 3) int wholeScale,
                                                  @ForAll("rounding") RoundingMode mode) {
        BigDecimal whole = a.add(b).add(c).setScale(wholeScale, mode);
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(amount("whole", Measure.TY_DONG, whole.toPlainString()));
        for (BigDecimal part : List.of(a, b, c)) {
            indicators.add(withPartOf(amount("p" + indicators.size(), Measure.TY_DONG,
                    part.setScale(partScale, mode).toPlainString()), "whole"));
        }
        assertThat(ConsistencyChecks.check(List.of(yearEnd("u", 2023, indicators.toArray(Indicator[]::new)))))
                .isEmpty();
    }

    @Property(tries = 300)
    void aCorrectGrowthOnTheYearBeforeIsNeverFlagged(@ForAll("amounts") BigDecimal before,
                                                     @ForAll("amounts") BigDecimal now,
                                                     @ForAll @IntRange(min = 0, max = 3) int valueScale,
                                                     @ForAll @IntRange(min = 0, max = 2) int percentScale,
                                                     @ForAll("rounding") RoundingMode mode) {
        BigDecimal reportedBefore = before.setScale(valueScale, mode);
        BigDecimal reportedNow = now.setScale(valueScale, mode);
        Assume.that(reportedBefore.signum() > 0);
        BigDecimal growth = now.divide(before, MathContext.DECIMAL128).subtract(BigDecimal.ONE).multiply(HUNDRED)
                .setScale(percentScale, mode);
        var earlier = yearEnd("u", 2022, amount("k", Measure.TY_DONG, reportedBefore.toPlainString()));
        var later = yearEnd("u", 2023, grown(amount("k", Measure.TY_DONG, reportedNow.toPlainString()),
                growth.toPlainString(), null));
        assertThat(ConsistencyChecks.check(List.of(earlier, later))).isEmpty();
    }
}
