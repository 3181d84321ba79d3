package vn.tongket.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tongket.ingest.InputFiles;
import vn.tongket.ingest.InputProblem;
import vn.tongket.ingest.ReadResult;
import vn.tongket.ingest.WorkbookMeetingReader;
import vn.tongket.ingest.xlsx.WorkbookLayout;
import vn.tongket.meeting.Indicator;
import vn.tongket.meeting.Meeting;
import vn.tongket.meeting.PlanKind;

/** The clerks' workbook: the committed files are what the generator writes, and every seed survives the form. */
class MeetingWorkbookTest {

    @TempDir
    Path work;

    private static byte[] written(Meeting meeting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeetingWorkbook.write(meeting, out);
        return out.toByteArray();
    }

    @Test
    void theCommittedTemplateAndExampleAreWhatTheGeneratorWrites() throws IOException {
        assertThat(written(null)).isEqualTo(Files.readAllBytes(MeetingWorkbook.TEMPLATE));
        assertThat(written(MeetingWorkbook.readJson(MeetingWorkbook.EXAMPLE_SOURCE)))
                .isEqualTo(Files.readAllBytes(MeetingWorkbook.EXAMPLE));
    }

    @Test
    void everySeedMeetingSurvivesTheWorkbookForm() throws IOException {
        Path input = Path.of("input");
        for (Path json : InputFiles.list(input)) {
            Meeting meeting = MeetingWorkbook.readJson(json);
            Path xlsx = work.resolve(json.getFileName().toString().replace(".json", ".xlsx"));
            Files.write(xlsx, written(meeting));
            ReadResult read = new WorkbookMeetingReader().read(xlsx, xlsx.getFileName().toString());
            assertThat(read.problems()).as(json.toString()).isEmpty();
            assertThat(read.meeting()).as(json.toString()).isEqualTo(meeting);
        }
    }

    @Test
    void theBlankFormOnlyLacksTheRequiredValues() {
        ReadResult read = new WorkbookMeetingReader().read(MeetingWorkbook.TEMPLATE, "bien-ban-hoi-nghi.xlsx");
        assertThat(read.accepted()).isFalse();
        assertThat(read.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.pointer()).startsWith(WorkbookLayout.MEETING + "!B");
            assertThat(p.message()).contains("missing");
        });
        assertThat(read.problems()).extracting(InputProblem::describe)
                .contains("bien-ban-hoi-nghi.xlsx (sheet Hội nghị, cell B4): Tên đơn vị: missing \"name\";"
                        + " expected non-empty text");
    }

    @Test
    void theFormHasItsGuideDropDownListsAndFrozenHeaders() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(MeetingWorkbook.TEMPLATE))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            List<String> expected = new ArrayList<>(List.of(WorkbookLayout.GUIDE));
            expected.addAll(WorkbookLayout.DATA_SHEETS);
            expected.add(WorkbookLayout.LISTS);
            assertThat(names).isEqualTo(expected);
            assertThat(workbook.getSheet(WorkbookLayout.GUIDE).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Biên bản hội nghị");

            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATORS);
            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            assertThat(indicators.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(indicators.getColumnWidth(1)).isEqualTo(48 * 256);
            List<String> validated = indicators.getDataValidations().stream()
                    .map(v -> v.getRegions().getCellRangeAddress(0).formatAsString()).toList();
            assertThat(validated).contains("C2:C301", "D2:D301", "G2:G301", "L2:L301", "U2:U301", "V2:V301");
            DataValidation area = indicators.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).formatAsString().equals("C2:C301"))
                    .findFirst().orElseThrow();
            assertThat(area.getValidationConstraint().getFormula1()).isEqualTo("'Danh mục'!$C$2:$C$13");
            assertThat(workbook.getSheet(WorkbookLayout.LISTS).getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("Kinh tế");

            for (String sheet : List.of(WorkbookLayout.MEETING, WorkbookLayout.PARTICIPANTS,
                    WorkbookLayout.SHORTCOMINGS)) {
                assertThat(workbook.getSheet(sheet).getPaneInformation().isFreezePane()).as(sheet).isTrue();
                assertThat(workbook.getSheet(sheet).getDataValidations()).as(sheet).isNotEmpty();
            }
        }
    }

    @Test
    void aMeetingTheFormCannotHoldIsRefusedNotCut() {
        Meeting seed = MeetingWorkbook.readJson(MeetingWorkbook.EXAMPLE_SOURCE);
        Indicator first = seed.indicators().getFirst();
        Indicator.Attainment ratio = new Indicator.Attainment(PlanKind.PLAN, null, BigDecimal.TEN, null, null, null);
        Indicator three = new Indicator(first.key(), first.name(), first.area(), first.measure(), first.countNoun(),
                first.actual(), first.estimated(), first.asOf(), first.span(), first.part(), first.total(),
                first.percent(), List.of(ratio, ratio, ratio), first.growth(), first.note(), first.partOf());
        Meeting meeting = new Meeting(seed.format(), seed.id(), seed.unit(), seed.kind(), seed.title(),
                seed.reportingBodies(), seed.date(), seed.timeOfDay(), seed.expanded(), seed.term(), seed.session(),
                seed.period(), seed.participants(), seed.targetTally(), List.of(three), seed.achievements(),
                seed.shortcomings(), seed.directions(), seed.directives(), seed.lessons(),
                seed.documentsReviewed(), seed.source());
        assertThatThrownBy(() -> written(meeting)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 3 attainments");
    }

    @Test
    void theExampleOpensAsAnOrdinaryWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Files.readAllBytes(MeetingWorkbook.EXAMPLE)))) {
            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATORS);
            assertThat(indicators.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tổng thu ngân sách");
            assertThat(indicators.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Thu, chi ngân sách");
            assertThat(indicators.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1528.0);
        }
    }
}
