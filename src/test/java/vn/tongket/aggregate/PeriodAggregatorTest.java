package vn.tongket.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.ingest.MeetingReader;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.Meeting;

class PeriodAggregatorTest {

    private static final Path INPUT = Path.of("input");

    private static List<SourcedMeeting> sample() {
        return new MeetingFiles(MeetingReader.NonNfcPolicy.REJECT, MeetingReader.DEFAULT_MAX_FILE_BYTES)
                .validMeetings(INPUT, new java.util.ArrayList<>());
    }

    private static List<SourcedMeeting> of(String unit) {
        return sample().stream().filter(m -> m.unitId().equals(unit)).toList();
    }

    @Test
    void findsTheUnitsWithAMeetingAboutTheWholeYear() {
        assertThat(PeriodAggregator.unitsWith(sample(), ReviewPeriod.year(2023))).containsExactly("thuong-tin");
        assertThat(PeriodAggregator.unitsWith(sample(), ReviewPeriod.year(2022))).containsExactly("thanh-tri");
        assertThat(PeriodAggregator.unitsWith(sample(), ReviewPeriod.year(2021))).containsExactly("thuong-tin");
        assertThat(PeriodAggregator.unitsWith(sample(), ReviewPeriod.year(2020))).isEmpty();
    }

    @Test
    void sumsUpThuongTin2023() {
        UnitSummary summary = PeriodAggregator.summarize(of("thuong-tin"), ReviewPeriod.year(2023)).orElseThrow();
        assertThat(summary.tally().achieved()).isEqualTo(14);
        assertThat(summary.tally().total()).isEqualTo(15);
        UnitSummary.IndicatorResult budget = summary.indicators().stream()
                .filter(i -> i.key().equals("state-budget-revenue")).findFirst().orElseThrow();
        assertThat(budget.actual()).isEqualByComparingTo("1528");
        assertThat(budget.attainment().getFirst().reportedPercent()).isEqualByComparingTo("132");
        assertThat(budget.status()).isEqualTo(IndicatorStatus.EXCEEDED);
        assertThat(summary.shortcomingCount()).isGreaterThanOrEqualTo(5);
        assertThat(summary.shortcomings()).extracting(UnitSummary.AreaGroup::area)
                .isSortedAccordingTo(Enum::compareTo);
        assertThat(summary.meetings()).extracting(UnitSummary.MeetingRef::id)
                .containsExactly("thuong-tin-2023-kiem-diem-btv");
    }

    @Test
    void recomputesCountsOverTotalsAndFlagsOnlyWrongOnes() {
        UnitSummary thanhTri = PeriodAggregator.summarize(of("thanh-tri"), ReviewPeriod.year(2022)).orElseThrow();
        UnitSummary.IndicatorResult schools = thanhTri.indicators().stream()
                .filter(i -> Integer.valueOf(73).equals(i.total())).findFirst().orElseThrow();
        assertThat(schools.computedPercent()).isEqualByComparingTo("87.67");
        assertThat(thanhTri.warnings()).noneMatch(w -> w.contains("64/73"));

        assertThat(PeriodAggregator.agrees(new java.math.BigDecimal("96.2"), java.math.BigDecimal.valueOf(26),
                java.math.BigDecimal.valueOf(27))).isFalse();
        assertThat(PeriodAggregator.agrees(new java.math.BigDecimal("96.3"), java.math.BigDecimal.valueOf(26),
                java.math.BigDecimal.valueOf(27))).isTrue();
    }

    @Test
    void mergesRepeatedStatementsAndKeepsWhoSaidThem() {
        Meeting base = of("thuong-tin").stream().filter(m -> m.meeting().period().isYear(2023)).findFirst()
                .orElseThrow().meeting();
        Meeting plenary = withId(base, "thuong-tin-2023-bch", base.date().minusDays(10));
        UnitSummary summary = PeriodAggregator.summarize(List.of(new SourcedMeeting("a.json", base),
                new SourcedMeeting("b.json", plenary)), ReviewPeriod.year(2023)).orElseThrow();
        assertThat(summary.shortcomingCount()).isEqualTo(base.shortcomings().size());
        assertThat(summary.shortcomings().getFirst().items().getFirst().reportedBy())
                .containsExactly("thuong-tin-2023-bch", "thuong-tin-2023-kiem-diem-btv");
        assertThat(summary.meetings()).hasSize(2);
        assertThat(summary.shortcomings()).extracting(UnitSummary.AreaGroup::area).doesNotHaveDuplicates();
        assertThat(summary.achievements()).allSatisfy(g -> assertThat(g.area()).isIn((Object[]) Area.values()));
    }

    @Test
    void seedsTheRemediesSectionFromTheLastEarlierReview() {
        Meeting base = of("thuong-tin").stream().filter(m -> m.meeting().period().isYear(2023)).findFirst()
                .orElseThrow().meeting();
        Meeting nextYear = new Meeting(base.format(), "thuong-tin-2024", base.unit(), base.kind(), base.title(),
                base.reportingBodies(), base.date().plusYears(1), base.timeOfDay(), base.expanded(), base.term(),
                base.session(), vn.tongket.meeting.Period.year(2024), List.of(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), base.source());
        UnitSummary summary = PeriodAggregator.summarize(List.of(new SourcedMeeting("a.json", base),
                new SourcedMeeting("b.json", nextYear)), ReviewPeriod.year(2024)).orElseThrow();
        assertThat(summary.previousYear()).isEqualTo(2023);
        assertThat(summary.previousShortcomings()).isNotEmpty();
    }

    private static Meeting withId(Meeting m, String id, java.time.LocalDate date) {
        return new Meeting(m.format(), id, m.unit(), vn.tongket.meeting.MeetingKind.EXECUTIVE_PLENARY, m.title(),
                m.reportingBodies(), date, m.timeOfDay(), m.expanded(), m.term(), m.session(), m.period(),
                m.participants(), m.targetTally(), m.indicators(), m.achievements(), m.shortcomings(),
                m.directions(), m.directives(), m.lessons(), m.documentsReviewed(), m.source());
    }
}
