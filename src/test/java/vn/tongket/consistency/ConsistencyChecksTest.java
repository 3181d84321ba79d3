package vn.tongket.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.tongket.consistency.Meetings.amount;
import static vn.tongket.consistency.Meetings.attained;
import static vn.tongket.consistency.Meetings.count;
import static vn.tongket.consistency.Meetings.estimated;
import static vn.tongket.consistency.Meetings.grown;
import static vn.tongket.consistency.Meetings.share;
import static vn.tongket.consistency.Meetings.withPartOf;
import static vn.tongket.consistency.Meetings.yearEnd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tongket.aggregate.SourcedMeeting;
import vn.tongket.ingest.InputSettings;
import vn.tongket.ingest.MeetingFiles;
import vn.tongket.meeting.Measure;

class ConsistencyChecksTest {

    private static List<SourcedMeeting> seeds() {
        List<String> notes = new ArrayList<>();
        List<SourcedMeeting> meetings = new MeetingFiles(InputSettings.DEFAULTS).validMeetings(Path.of("input"), notes);
        assertThat(notes).isEmpty();
        return meetings;
    }

    @Test
    void theSeedsGiveOneDiscrepancyTheTruncated96Point2ForTwentySixOfTwentySevenSchools() {
        List<Discrepancy> found = ConsistencyChecks.check(seeds());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("input/004-tay-ho-2023-so-ket-giua-nhiem-ky.json");
            assertThat(d.meetingId()).isEqualTo("tay-ho-2023-so-ket-giua-nhiem-ky");
            assertThat(d.pointer()).isEqualTo("/indicators/5/percent");
            assertThat(d.indicatorKey()).isEqualTo("national-standard-public-schools");
            assertThat(d.figure()).isEqualTo(Figure.SHARE);
            assertThat(d.reported()).isEqualByComparingTo("96.2");
            assertThat(d.computed()).isEqualTo("96.30");
            assertThat(d.formula()).isEqualTo("26/27");
            assertThat(d.cause()).isEqualTo(LikelyCause.TRUNCATION);
            assertThat(d.vietnamese()).isEqualTo("Chỉ tiêu \"Trường công lập đạt chuẩn quốc gia\" (tỷ lệ x/y): báo"
                    + " cáo 96,2%, tính lại 26/27 = 96,30%; nguyên nhân có thể: số bị cắt bớt chữ số thay vì làm"
                    + " tròn.");
            assertThat(d.english()).isEqualTo("input/004-tay-ho-2023-so-ket-giua-nhiem-ky.json"
                    + " (/indicators/5/percent): \"Trường công lập đạt chuẩn quốc gia\" share of the total: reported"
                    + " 96.2%, computed 26/27 = 96.30%; likely cause: truncated instead of rounded (rounded down)");
        });
    }

    @Test
    void seed004sCouncilSessionsAreItsPartsAndAddUp() {
        SourcedMeeting tayHo = seeds().stream().filter(m -> m.unitId().equals("tay-ho")).findFirst().orElseThrow();
        assertThat(tayHo.meeting().indicators().stream().filter(i -> "council-sessions".equals(i.partOf()))
                .map(i -> i.actual().intValue())).containsExactly(5, 9);

        List<SourcedMeeting> broken = List.of(yearEnd("tay-ho", 2023, count("council-sessions", 14, null),
                count("council-regular-sessions", 5, "council-sessions"),
                count("council-thematic-sessions", 8, "council-sessions")));
        assertThat(ConsistencyChecks.check(broken)).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/indicators/0/actual");
            assertThat(d.figure()).isEqualTo(Figure.SUM);
            assertThat(d.formula()).isEqualTo("5 + 8");
            assertThat(d.computed()).isEqualByComparingTo("13");
            assertThat(d.cause()).isEqualTo(LikelyCause.PARTS_DO_NOT_ADD_UP);
            assertThat(d.vietnamese()).contains("báo cáo 14 kỳ họp, tính lại 5 + 8 = 13,00 kỳ họp");
        });
    }

    @Test
    void partsInAnotherMoneyMeasureAreConvertedAndRoundedPartsAreAllowedTheirPrecision() {
        SourcedMeeting ok = yearEnd("a", 2023, amount("revenue", Measure.TY_DONG, "2167.1"),
                withPartOf(amount("tax", Measure.TY_DONG, "1500"), "revenue"),
                withPartOf(amount("fees", Measure.TRIEU_DONG, "667098"), "revenue"));
        assertThat(ConsistencyChecks.check(List.of(ok))).isEmpty();

        SourcedMeeting off = yearEnd("a", 2023, amount("revenue", Measure.TY_DONG, "2200"),
                withPartOf(amount("tax", Measure.TY_DONG, "1500"), "revenue"),
                withPartOf(amount("fees", Measure.TRIEU_DONG, "667098"), "revenue"));
        assertThat(ConsistencyChecks.check(List.of(off))).singleElement().satisfies(d -> {
            assertThat(d.formula()).isEqualTo("1500 + 667098 × 0.001");
            assertThat(d.formulaVi()).isEqualTo("1.500 + 667.098 × 0,001");
            assertThat(d.unit()).isEqualTo("tỷ đồng");
        });
    }

    @Test
    void aRatioToPlanIsRecomputedFromActualAndPlan() {
        var revenue = amount("state-budget-revenue", Measure.TY_DONG, "1528");
        assertThat(ConsistencyChecks.check(List.of(yearEnd("a", 2023, attained(revenue, "132", "32", "1157")))))
                .isEmpty();

        List<Discrepancy> found = ConsistencyChecks.check(List.of(yearEnd("a", 2023,
                attained(revenue, "128", "132", "1157"))));
        assertThat(found).extracting(Discrepancy::pointer, Discrepancy::figure, Discrepancy::cause).containsExactly(
                tuple("/indicators/0/attainment/0/exceededBy", Figure.EXCEEDED_BY,
                        LikelyCause.RATIO_INSTEAD_OF_CHANGE),
                tuple("/indicators/0/attainment/0/percent", Figure.ATTAINMENT, LikelyCause.UNEXPLAINED));
        assertThat(found.getLast().formula()).isEqualTo("1528/1157");
        assertThat(found.getLast().computed()).isEqualTo("132.07");
    }

    @Test
    void anExcessWithoutAPlanValueIsCheckedAgainstTheRatio() {
        var revenue = amount("r", Measure.TY_DONG, "1528");
        assertThat(ConsistencyChecks.check(List.of(yearEnd("a", 2023, attained(revenue, "132", "32", null)))))
                .isEmpty();
        assertThat(ConsistencyChecks.check(List.of(yearEnd("a", 2023, attained(revenue, "132", "23", null)))))
                .singleElement().satisfies(d -> {
                    assertThat(d.figure()).isEqualTo(Figure.EXCEEDED_BY);
                    assertThat(d.cause()).isEqualTo(LikelyCause.DIGITS_SWAPPED);
                    assertThat(d.formula()).isEqualTo("132% − 100%");
                });
    }

    @Test
    void sharesThatAreTheRestOrOnTheWrongBaseAreNamedSo() {
        assertThat(ConsistencyChecks.check(List.of(yearEnd("a", 2022, share("s", 64, 73, "12.33")))))
                .singleElement().extracting(Discrepancy::cause).isEqualTo(LikelyCause.COMPLEMENT);
        assertThat(ConsistencyChecks.check(List.of(yearEnd("a", 2022, share("s", 64, 73, "87.68")))))
                .singleElement().extracting(Discrepancy::cause).isEqualTo(LikelyCause.ROUNDING);
        assertThat(ConsistencyChecks.check(List.of(yearEnd("a", 2022, share("s", 64, 73, "87.67"),
                share("t", 64, 73, "87.7"), share("u", 64, 73, "88"), share("v", 2, 3, "66.67"))))).isEmpty();
    }

    @Test
    void growthIsRecomputedFromTheSameUnitsFigureAYearEarlier() {
        var y2022 = yearEnd("thanh-tri", 2022, amount("gross-output", Measure.TY_DONG, "12945"));
        var good = yearEnd("thanh-tri", 2023, grown(amount("gross-output", Measure.TY_DONG, "14563.145"), "12.5",
                null));
        assertThat(ConsistencyChecks.check(List.of(y2022, good))).isEmpty();

        var wrongBase = yearEnd("thanh-tri", 2023, grown(amount("gross-output", Measure.TY_DONG, "14563.145"),
                "11.1", null));
        assertThat(ConsistencyChecks.check(List.of(y2022, wrongBase))).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/indicators/0/growth/percent");
            assertThat(d.figure()).isEqualTo(Figure.GROWTH);
            assertThat(d.computed()).isEqualTo("12.50");
            assertThat(d.cause()).isEqualTo(LikelyCause.WRONG_BASE);
            assertThat(d.formula()).isEqualTo("(14563.145/12945 − 1) × 100");
        });

        // another unit, another key, an estimate a year earlier: nothing to compare with
        var otherUnit = yearEnd("thuong-tin", 2022, amount("gross-output", Measure.TY_DONG, "10000"));
        var estimate = yearEnd("thanh-tri", 2022, estimated(amount("gross-output", Measure.TY_DONG, "10000")));
        assertThat(ConsistencyChecks.check(List.of(otherUnit, wrongBase))).isEmpty();
        assertThat(ConsistencyChecks.check(List.of(estimate, wrongBase))).isEmpty();

        // the figure a year earlier in triệu đồng
        var inMillions = yearEnd("thanh-tri", 2022, amount("gross-output", Measure.TRIEU_DONG, "12945000"));
        assertThat(ConsistencyChecks.check(List.of(inMillions, good))).isEmpty();
    }

    @Test
    void thePreviousGrowthIsTheGrowthReportedAYearEarlierOrComputedFromTwoYears() {
        var y2021 = yearEnd("t", 2021, amount("gross-output", Measure.TY_DONG, "12064"));
        var y2022 = yearEnd("t", 2022, grown(amount("gross-output", Measure.TY_DONG, "12945"), "7.3", null));
        var y2023 = yearEnd("t", 2023, grown(amount("gross-output", Measure.TY_DONG, "14563.145"), "12.5", "7.3"));
        assertThat(ConsistencyChecks.check(List.of(y2021, y2022, y2023))).isEmpty();

        var changed = yearEnd("t", 2023, grown(amount("gross-output", Measure.TY_DONG, "14563.145"), "12.5", "8.3"));
        assertThat(ConsistencyChecks.check(List.of(y2022, changed))).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/indicators/0/growth/previousPercent");
            assertThat(d.figure()).isEqualTo(Figure.PREVIOUS_GROWTH);
            assertThat(d.cause()).isEqualTo(LikelyCause.DIFFERS_FROM_EARLIER_REPORT);
            assertThat(d.formula()).isEqualTo("growth reported by t-2022");
        });

        var noGrowth2022 = yearEnd("t", 2022, amount("gross-output", Measure.TY_DONG, "12945"));
        assertThat(ConsistencyChecks.check(List.of(y2021, noGrowth2022, changed))).singleElement()
                .satisfies(d -> assertThat(d.formula()).isEqualTo("(12945/12064 − 1) × 100"));
    }

    @Test
    void theListIsSortedAndTheSameWhateverTheOrderOfTheMeetings() {
        List<SourcedMeeting> meetings = new ArrayList<>(List.of(
                yearEnd("b", 2023, share("s", 26, 27, "96.2"), share("t", 1, 3, "33.4")),
                yearEnd("a", 2023, share("s", 2, 3, "66.6")),
                yearEnd("a", 2022, share("s", 1, 10, "1"), share("t", 1, 10, "1"), share("u", 1, 10, "1"),
                        share("v", 1, 10, "1"), share("w", 1, 10, "1"), share("x", 1, 10, "1"),
                        share("y", 1, 10, "1"), share("z", 1, 10, "1"), share("zz", 1, 10, "1"),
                        share("zzz", 1, 10, "1"), share("zzzz", 1, 10, "1"))));
        List<Discrepancy> first = ConsistencyChecks.check(meetings);
        assertThat(first).hasSize(14);
        assertThat(first.get(10).pointer()).isEqualTo("/indicators/10/percent");
        assertThat(first.getLast().file()).isEqualTo("input/b-2023.json");
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(meetings, new Random(i));
            assertThat(ConsistencyChecks.check(meetings)).isEqualTo(first);
        }
    }
}
