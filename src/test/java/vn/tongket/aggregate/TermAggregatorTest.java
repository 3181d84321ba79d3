package vn.tongket.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tongket.aggregate.UnitTermSummary.Coverage;
import vn.tongket.aggregate.UnitTermSummary.GapKind;
import vn.tongket.aggregate.UnitTermSummary.IndicatorSeries;
import vn.tongket.aggregate.UnitTermSummary.SeriesGap;
import vn.tongket.aggregate.UnitTermSummary.SeriesPoint;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.meeting.Period;

/** The term aggregation on the seeds: Tây Hồ's mid-term figures, Thường Tín's missing 2022, Thanh Trì's one meeting. */
class TermAggregatorTest {

    private static final ReviewTerm TERM = ReviewTerm.ofKey("2020-2025");
    private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 7);

    static List<SourcedMeeting> meetings(Path folder) {
        return new MeetingFiles(MeetingReader.NonNfcPolicy.REJECT, MeetingReader.DEFAULT_MAX_FILE_BYTES)
                .validMeetings(folder, new ArrayList<>());
    }

    private static UnitTermSummary summary(String unit, LocalDate asOf) {
        List<SourcedMeeting> all = meetings(Path.of("input"));
        return TermAggregator.summarize(all.stream().filter(m -> m.unitId().equals(unit)).toList(), TERM, asOf,
                Map.of()).orElseThrow();
    }

    private static IndicatorSeries series(UnitTermSummary summary, String key) {
        return summary.indicators().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theTermIsTwoYearsInOrder() {
        assertThat(TERM.from()).isEqualTo(2020);
        assertThat(TERM.to()).isEqualTo(2025);
        assertThatThrownBy(() -> ReviewTerm.ofKey("2025-2020")).hasMessageContaining("ends after it starts");
        assertThatThrownBy(() -> ReviewTerm.ofKey("2020")).hasMessageContaining("two years");
        assertThatThrownBy(() -> ReviewTerm.ofKey("2020-25")).hasMessageContaining("two years");
    }

    @Test
    void aYearIsDueFromTheFirstOfDecember() {
        assertThat(TERM.yearsDueBy(LocalDate.of(2023, 4, 7))).containsExactly(2020, 2021, 2022);
        assertThat(TERM.yearsDueBy(LocalDate.of(2023, 11, 30))).containsExactly(2020, 2021, 2022);
        assertThat(TERM.yearsDueBy(LocalDate.of(2023, 12, 1))).containsExactly(2020, 2021, 2022, 2023);
        assertThat(TERM.yearsDueBy(LocalDate.of(2020, 6, 1))).isEmpty();
        assertThat(TERM.yearsDueBy(LocalDate.of(2030, 1, 1))).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void theDefaultAsOfIsTheLatestMeetingAboutTheTerm() {
        assertThat(TermAggregator.defaultAsOf(meetings(Path.of("input")), TERM)).contains(LocalDate.of(2023, 12, 25));
        assertThat(TermAggregator.defaultAsOf(meetings(Path.of("input")), ReviewTerm.ofKey("2015-2020")))
                .contains(LocalDate.of(2020, 7, 8));
        assertThat(TermAggregator.defaultAsOf(meetings(Path.of("input")), ReviewTerm.ofKey("2025-2030"))).isEmpty();
    }

    @Test
    void everyUnitWithAMeetingByTheAsOfDate() {
        List<SourcedMeeting> all = meetings(Path.of("input"));
        assertThat(TermAggregator.unitsWith(all, TERM, APRIL_2023))
                .containsExactly("tay-ho", "thanh-tri", "thuong-tin");
        assertThat(TermAggregator.unitsWith(all, TERM, LocalDate.of(2022, 1, 1))).containsExactly("thuong-tin");
    }

    @Test
    void tayHoHasTheTermFiguresOfItsMidTermMeeting() {
        UnitTermSummary tayHo = summary("tay-ho", APRIL_2023);

        IndicatorSeries revenue = series(tayHo, "state-budget-revenue");
        assertThat(revenue.points()).isEmpty();
        assertThat(revenue.termFigure().actual()).isEqualByComparingTo("12993");
        assertThat(revenue.termFigure().attainment().getFirst().reportedPercent()).isEqualByComparingTo("151");
        assertThat(revenue.termFigureLabel()).isEqualTo("từ đầu nhiệm kỳ đến ngày 07/04/2023");
        assertThat(revenue.attainment()).isEqualTo(TermAttainment.MET_OR_EXCEEDED);

        IndicatorSeries growth = series(tayHo, "average-output-growth");
        assertThat(growth.termFigure().actual()).isEqualByComparingTo("13.48");
        assertThat(growth.termFigureLabel()).isEqualTo("giai đoạn 2020-2022");
        assertThat(growth.termTarget().reportedPercent()).isEqualByComparingTo("96.3");
        assertThat(growth.attainment()).isEqualTo(TermAttainment.NOT_MET);

        IndicatorSeries schools = series(tayHo, "national-standard-public-schools");
        assertThat(schools.termFigure().part()).isEqualTo(26);
        assertThat(schools.termFigure().total()).isEqualTo(27);
        assertThat(schools.termFigure().reportedPercent()).isEqualByComparingTo("96.2");
        assertThat(schools.termFigure().computedPercent()).isEqualByComparingTo("96.30");
        assertThat(tayHo.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.indicatorKey()).isEqualTo("national-standard-public-schools");
            assertThat(d.reported()).isEqualByComparingTo("96.2");
            assertThat(d.computed()).isEqualByComparingTo("96.30");
            assertThat(d.cause()).isEqualTo(vn.tongket.consistency.LikelyCause.TRUNCATION);
        });

        assertThat(tayHo.meetings()).hasSize(1);
        assertThat(tayHo.years()).extracting(UnitTermSummary.YearCoverage::coverage)
                .containsOnly(Coverage.TERM_ONLY);
        assertThat(tayHo.gapYears()).containsExactly(2020, 2021, 2022);
        assertThat(revenue.gaps()).extracting(SeriesGap::kind).containsOnly(GapKind.NO_MEETING);
    }

    @Test
    void thuongTinIsMissing2022AndHasOnlyTheFirstHalfOf2020() {
        for (LocalDate asOf : List.of(APRIL_2023, LocalDate.of(2023, 12, 25))) {
            UnitTermSummary thuongTin = summary("thuong-tin", asOf);
            assertThat(thuongTin.gapYears()).as("as of %s", asOf).containsExactly(2022);
            assertThat(thuongTin.years()).filteredOn(y -> y.year() == 2020).singleElement()
                    .satisfies(y -> {
                        assertThat(y.coverage()).isEqualTo(Coverage.HALF_YEAR_ONLY);
                        assertThat(y.halves()).containsExactly(1);
                    });
            IndicatorSeries revenue = series(thuongTin, "state-budget-revenue");
            SeriesPoint first = revenue.points().getFirst();
            assertThat(first.year()).isEqualTo(2020);
            assertThat(first.half()).isEqualTo(1);
            assertThat(first.label()).isEqualTo("6 tháng đầu năm 2020");
            assertThat(first.value().actual()).isEqualByComparingTo("258868");
            assertThat(revenue.gaps()).contains(new SeriesGap(2020, GapKind.HALF_YEAR_ONLY),
                    new SeriesGap(2021, GapKind.NOT_REPORTED), new SeriesGap(2022, GapKind.NO_MEETING));
        }
        UnitTermSummary april = summary("thuong-tin", APRIL_2023);
        assertThat(april.meetings()).extracting(UnitTermSummary.TermMeeting::id)
                .containsExactly("thuong-tin-2020-so-ket-6-thang", "thuong-tin-2021-kiem-diem-btv");
        assertThat(april.afterAsOf()).extracting(UnitTermSummary.TermMeeting::id)
                .containsExactly("thuong-tin-2023-kiem-diem-btv");
        assertThat(april.warnings()).anyMatch(w -> w.contains("thuong-tin-2023-kiem-diem-btv")
                && w.contains("sau ngày chốt số liệu 07/04/2023"));

        UnitTermSummary december = summary("thuong-tin", LocalDate.of(2023, 12, 25));
        assertThat(series(december, "state-budget-revenue").points()).extracting(SeriesPoint::year)
                .containsExactly(2020, 2023);
        assertThat(december.tallies()).singleElement().satisfies(t -> {
            assertThat(t.periodLabel()).isEqualTo("năm 2023");
            assertThat(t.tally().achieved()).isEqualTo(14);
            assertThat(t.termLevel()).isFalse();
        });
    }

    @Test
    void thanhTriHasOneMeetingAndTwoMissingYears() {
        UnitTermSummary thanhTri = summary("thanh-tri", APRIL_2023);
        assertThat(thanhTri.meetings()).hasSize(1);
        assertThat(thanhTri.gapYears()).containsExactly(2020, 2021);
        IndicatorSeries output = series(thanhTri, "gross-output");
        assertThat(output.points()).singleElement().satisfies(p -> {
            assertThat(p.year()).isEqualTo(2022);
            assertThat(p.growth()).isEqualByComparingTo("12.5");
            assertThat(p.growthComputed()).isFalse();
        });
        assertThat(thanhTri.directions()).isNotEmpty();
        assertThat(thanhTri.directionsFrom()).isEqualTo("thanh-tri-2022-hoi-nghi-bch-12");
    }

    @Test
    void meetingsOfAnotherPeriodKindOrTermDoNotCount() {
        assertThat(TERM.covers(new Period(Period.Kind.TERM_TO_DATE, null, null, 2015, 2020, null))).isFalse();
        assertThat(TERM.covers(new Period(Period.Kind.TERM_TO_DATE, null, null, 2020, 2025, null))).isTrue();
        assertThat(TERM.covers(Period.year(2019))).isFalse();
        assertThat(TERM.covers(Period.year(2025))).isTrue();
        assertThat(TERM.covers(new Period(Period.Kind.HALF_YEAR, 2020, 1, null, null, null))).isTrue();
    }
}
