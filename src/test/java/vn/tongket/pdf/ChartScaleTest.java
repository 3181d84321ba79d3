package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The automatic value axis, chosen as LibreOffice chooses it (chart2 {@code ScaleAutomatism}); the first cases are
 * the mid-term report's chart as LibreOffice 7.4 draws it.
 */
class ChartScaleTest {

    private static final ChartModel.ValueAxis AUTOMATIC = ChartModel.ValueAxis.AUTOMATIC;
    /** A value axis about 150 pt long with labels 11.5 pt high: room for more than ten labels. */
    private static final float LENGTH = 150f;
    private static final float LABEL = 11.5f;

    @Test
    void theMidTermChartIsLabelledWithEveryWholeNumberOneStepAboveTheLargestValue() {
        // LibreOffice: 0, 1, ..., 7 for values up to 6 (Tây Hồ), 0 to 8 for values up to 7 (Thanh Trì)
        assertThat(ChartDrawer.Scale.of(0, 6, AUTOMATIC, LENGTH, LABEL)).isEqualTo(new ChartDrawer.Scale(0, 7, 1));
        assertThat(ChartDrawer.Scale.of(0, 7, AUTOMATIC, LENGTH, LABEL)).isEqualTo(new ChartDrawer.Scale(0, 8, 1));
        assertThat(ChartDrawer.Scale.of(0, 6, AUTOMATIC, LENGTH, LABEL).ticks()).hasSize(8);
    }

    @Test
    void theDistanceIsOneTwoOrFiveTimesAPowerOfTenForAtMostTenIntervals() {
        // 30 / 10 = 3 -> 5; 30 lies on the border, so the axis goes one distance further
        assertThat(ChartDrawer.Scale.of(12.5, 30, AUTOMATIC, LENGTH, LABEL))
                .isEqualTo(new ChartDrawer.Scale(0, 35, 5));
        assertThat(ChartDrawer.Scale.of(0, 2210.728, AUTOMATIC, LENGTH, LABEL))
                .isEqualTo(new ChartDrawer.Scale(0, 2500, 500));
    }

    @Test
    void aShortAxisHasAsManyIntervalsAsLabelsFitAlongIt() {
        // 40 / 11.5 -> 3 intervals at most: a distance of 2 would need 4 (0 to 8), so 5
        assertThat(ChartDrawer.Scale.of(0, 6, AUTOMATIC, 40f, LABEL)).isEqualTo(new ChartDrawer.Scale(0, 10, 5));
    }

    @Test
    void valuesCloseTogetherDoNotStartAtZero() {
        assertThat(ChartDrawer.Scale.of(90, 100, AUTOMATIC, LENGTH, LABEL))
                .isEqualTo(new ChartDrawer.Scale(84, 102, 2));
    }

    @Test
    void negativeValuesAreScaledAsTheirMirrorImage() {
        assertThat(ChartDrawer.Scale.of(-6, -1, AUTOMATIC, LENGTH, LABEL)).isEqualTo(new ChartDrawer.Scale(-7, 0, 1));
    }

    @Test
    void aMajorUnitAndLimitsFromTheChartPartAreKept() {
        ChartModel.ValueAxis fixedUnit = new ChartModel.ValueAxis(null, null, 2.0, null, true, null, true);
        ChartModel.ValueAxis fixedRange = new ChartModel.ValueAxis(0.0, 10.0, null, null, true, null, true);

        assertThat(ChartDrawer.Scale.of(0, 6, fixedUnit, LENGTH, LABEL)).isEqualTo(new ChartDrawer.Scale(0, 8, 2));
        assertThat(ChartDrawer.Scale.of(0, 6, fixedRange, LENGTH, LABEL)).isEqualTo(new ChartDrawer.Scale(0, 10, 1));
    }
}
