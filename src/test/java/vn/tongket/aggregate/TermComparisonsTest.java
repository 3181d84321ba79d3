package vn.tongket.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tongket.aggregate.TermComparison.ComparedIndicator;
import vn.tongket.aggregate.TermComparison.RankBasis;
import vn.tongket.aggregate.TermComparison.UnitFigure;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Period;
import vn.tongket.meeting.PlanKind;

/**
 * The summary across units on the made-up example meetings: every ranking recomputed here from the meetings
 * themselves (not from the aggregation), and the seeds, whose units share no span.
 */
class TermComparisonsTest {

    private static final ReviewTerm TERM = ReviewTerm.ofKey("2020-2025");
    private static final Path EXAMPLES = Path.of("examples/mid-term");

    private static TermComparison compare(Path folder) {
        List<SourcedMeeting> meetings = TermAggregatorTest.meetings(folder);
        LocalDate asOf = TermAggregator.defaultAsOf(meetings, TERM).orElseThrow();
        List<UnitTermSummary> units = TermAggregator.unitsWith(meetings, TERM, asOf).stream()
                .map(u -> TermAggregator.summarize(meetings.stream().filter(m -> m.unitId().equals(u)).toList(),
                        TERM, asOf, Map.of()).orElseThrow())
                .toList();
        return TermComparisons.of(units);
    }

    private static ComparedIndicator indicator(TermComparison c, String key) {
        return c.indicators().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    /** The indicator as each unit's latest meeting about the year gives it, read straight from the meetings. */
    private static Map<String, Indicator> reported(String key, Period period) {
        Map<String, Indicator> byUnit = new LinkedHashMap<>();
        TermAggregatorTest.meetings(EXAMPLES).stream()
                .filter(m -> m.meeting().period().equals(period))
                .sorted(Comparator.comparing((SourcedMeeting m) -> m.meeting().date()))
                .forEach(m -> m.meeting().indicators().stream().filter(i -> key.equals(i.key())).findFirst()
                        .ifPresent(i -> byUnit.put(m.unitId(), i)));
        return byUnit;
    }

    private static List<String> byDescending(Map<String, BigDecimal> figures) {
        return figures.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> ranked(ComparedIndicator indicator) {
        return indicator.figures().stream().filter(f -> f.rank() != null).map(UnitFigure::unitId).toList();
    }

    @Test
    void budgetRevenueIsRankedByTheRatioToPlanOfTheYearAllUnitsReport() {
        ComparedIndicator revenue = indicator(compare(EXAMPLES), "state-budget-revenue");

        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        reported("state-budget-revenue", Period.year(2023)).forEach((unit, i) ->
                ratios.put(unit, i.attainment().getFirst().percent()));
        assertThat(ratios).hasSize(3);
        assertThat(revenue.span()).isEqualTo("năm 2023");
        assertThat(revenue.basis()).isEqualTo(RankBasis.RATIO_TO_PLAN);
        assertThat(ranked(revenue)).isEqualTo(byDescending(ratios)).containsExactly("mau-a", "mau-b", "mau-c");
        assertThat(revenue.figures()).extracting(UnitFigure::rank).containsExactly(1, 2, 3);
        assertThat(revenue.total().sum()).isEqualByComparingTo(reported("state-budget-revenue", Period.year(2023))
                .values().stream().map(Indicator::actual).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void grossOutputIsRankedByValueAndSchoolsByTheShareUpToStandard() {
        TermComparison c = compare(EXAMPLES);

        Map<String, BigDecimal> outputs = new LinkedHashMap<>();
        reported("gross-output", Period.year(2023)).forEach((unit, i) -> outputs.put(unit, i.actual()));
        ComparedIndicator output = indicator(c, "gross-output");
        assertThat(output.basis()).isEqualTo(RankBasis.VALUE);
        assertThat(ranked(output)).isEqualTo(byDescending(outputs)).containsExactly("mau-b", "mau-a", "mau-c");

        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        reported("national-standard-public-schools", Period.year(2023)).forEach((unit, i) -> shares.put(unit,
                BigDecimal.valueOf(i.part()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(i.total()), 4, RoundingMode.HALF_UP)));
        ComparedIndicator schools = indicator(c, "national-standard-public-schools");
        assertThat(schools.basis()).isEqualTo(RankBasis.RATE);
        assertThat(ranked(schools)).isEqualTo(byDescending(shares)).containsExactly("mau-b", "mau-c", "mau-a");
        assertThat(schools.total().parts()).isEqualTo(35 + 20 + 40);
        assertThat(schools.total().wholes()).isEqualTo(38 + 25 + 52);
    }

    @Test
    void termFiguresAreRankedAmongThemselvesAgainstTheTermTarget() {
        ComparedIndicator growth = indicator(compare(EXAMPLES), "average-output-growth");

        Map<String, BigDecimal> toTarget = new LinkedHashMap<>();
        TermAggregatorTest.meetings(EXAMPLES).stream()
                .filter(m -> m.meeting().period().kind() == Period.Kind.TERM_TO_DATE)
                .forEach(m -> m.meeting().indicators().stream()
                        .filter(i -> "average-output-growth".equals(i.key())).findFirst()
                        .ifPresent(i -> toTarget.put(m.unitId(), i.attainment().stream()
                                .filter(a -> a.against() == PlanKind.TERM_TARGET).findFirst().orElseThrow()
                                .percent())));
        assertThat(growth.span()).isEqualTo("giai đoạn 2020-2022");
        assertThat(growth.basis()).isEqualTo(RankBasis.RATIO_TO_PLAN);
        assertThat(ranked(growth)).isEqualTo(byDescending(toTarget)).containsExactly("mau-c", "mau-b");
        assertThat(growth.total()).as("rates are never added up").isNull();
    }

    @Test
    void aUnitWithoutTheSharedSpanIsListedUnrankedWithItsOwnFigure() {
        TermComparison c = compare(EXAMPLES);
        assertThat(c.units()).extracting(TermComparison.ComparedUnit::unitId)
                .containsExactly("mau-a", "mau-b", "mau-c");
        assertThat(c.units().getFirst().gapYears()).containsExactly(2022);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).startsWith("Mẫu A: 1 số liệu không khớp"));
    }

    @Test
    void theMadeUpExamplesAreNeverReadWithTheRealInput(@org.junit.jupiter.api.io.TempDir Path work)
            throws Exception {
        java.nio.file.Files.createDirectories(work.resolve("examples"));
        java.nio.file.Files.copy(EXAMPLES.resolve("110-mau-b-2020-kiem-diem.json"),
                work.resolve("examples/110.json"));
        java.nio.file.Files.copy(Path.of("input/000-thuong-tin-2023-kiem-diem.json"), work.resolve("000.json"));
        assertThat(vn.tongket.ingest.InputFiles.list(work)).as("a subfolder of the input folder is not read")
                .containsExactly(work.resolve("000.json"));
        assertThat(vn.tongket.ingest.InputFiles.list(EXAMPLES)).hasSize(15);
        assertThat(vn.tongket.ingest.InputFiles.list(Path.of("input")))
                .extracting(p -> p.getParent().toString()).containsOnly("input");
        assertThat(TermAggregatorTest.meetings(Path.of("input"))).extracting(SourcedMeeting::unitId)
                .doesNotContain("mau-a", "mau-b", "mau-c", "mau-d");
        assertThat(TermAggregatorTest.meetings(EXAMPLES)).allSatisfy(m ->
                assertThat(m.meeting().source().publisher()).isEqualTo("dữ liệu mẫu (không có thật)"));
    }

    @Test
    void theSeedsShareNoSpanSoNothingIsRankedAndTermFiguresStandApart() {
        TermComparison c = compare(Path.of("input"));
        ComparedIndicator revenue = indicator(c, "state-budget-revenue");

        assertThat(revenue.span()).isNull();
        assertThat(revenue.basis()).isEqualTo(RankBasis.NONE);
        assertThat(revenue.figures()).allSatisfy(f -> assertThat(f.rank()).isNull());
        Optional<UnitFigure> tayHo = revenue.figures().stream().filter(f -> f.unitId().equals("tay-ho")).findFirst();
        assertThat(tayHo).get().satisfies(f -> {
            assertThat(f.spanLabel()).isEqualTo("từ đầu nhiệm kỳ đến ngày 07/04/2023");
            assertThat(f.value().actual()).isEqualByComparingTo("12993");
        });
        assertThat(revenue.figures()).filteredOn(f -> f.unitId().equals("thuong-tin")).singleElement()
                .satisfies(f -> assertThat(f.spanLabel()).isEqualTo("năm 2023"));
        assertThat(revenue.total()).isNull();
    }
}
