package vn.tongket.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.aggregate.ReviewPeriod;
import vn.tongket.render.DocumentKind;
import vn.tongket.testing.DocumentText;

/** The half-year job on the sample input: seed 002, Thường Tín's first half of 2020. */
@SpringBootTest(classes = TongketApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:half-year-test;hsqldb.tx=mvcc")
class HalfYearJobTest {

    @Autowired
    ReviewLauncher launcher;

    @TempDir
    Path work;

    private RunOutcome run(int year, int half, List<String> units, Path output) throws Exception {
        return launcher.run(new ReviewRequest(DocumentKind.HALF_YEAR, ReviewPeriod.half(year, half).key(), null,
                units, Path.of("input"), output, Path.of("templates")));
    }

    @Test
    void thuongTinFirstHalfOf2020AgainstTheYearsPlan() throws Exception {
        Path output = work.resolve("output");
        RunOutcome outcome = run(2020, 1, List.of(), output);

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcome.units()).isEqualTo(1);
        Path folder = output.resolve("half-year/2020-h1/thuong-tin");
        String docx = DocumentText.docx(folder.resolve("bao-cao-so-ket-6-thang.docx"));
        String pdf = DocumentText.pdf(folder.resolve("bao-cao-so-ket-6-thang.pdf"));
        for (String text : List.of(docx, pdf)) {
            assertThat(text)
                    .contains("kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị 6 tháng đầu năm 2020")
                    .contains("PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2020")
                    .contains("ước đạt 8.155 tỷ đồng, đạt 43,8% kế hoạch năm")
                    .contains("ước đạt 258.868 triệu đồng", "54/54 tổ chức cơ sở đảng (100%)")
                    .contains("Thường Tín, ngày 08 tháng 7 năm 2020")
                    .doesNotContain("${", "<#");
        }
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(
                folder.resolve("bao-cao-so-ket-6-thang.docx")))) {
            XWPFTable annex = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
            assertThat(annex.getRow(0).getCell(4).getText()).isEqualTo("So với kế hoạch");
            assertThat(annex.getRow(1).getCell(1).getText()).isEqualTo("Tổng giá trị sản xuất công nghiệp - xây dựng");
            assertThat(annex.getRow(1).getCell(2).getText()).isEqualTo("ước đạt 8.155 tỷ đồng");
            assertThat(annex.getRow(1).getCell(4).getText()).isEqualTo("đạt 43,8% kế hoạch năm");
            assertThat(annex.getNumberOfRows()).isEqualTo(1 + 17);
        }
        String report = Files.readString(output.resolve("half-year/2020-h1/run-report.txt"));
        assertThat(report).contains("half-year 2020-h1", "half-year/2020-h1/thuong-tin/bao-cao-so-ket-6-thang.pdf")
                .contains("unit \"thanh-tri\" has no meeting about 6 tháng đầu năm 2020");
    }

    @Test
    void aHalfYearWithoutDataMakesNoDocumentAndSaysSo() throws Exception {
        Path output = work.resolve("output");
        RunOutcome outcome = run(2020, 2, List.of("thuong-tin"), output);

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcome.units()).isZero();
        assertThat(output.resolve("half-year/2020-h2/thuong-tin")).doesNotExist();
        assertThat(Files.readString(output.resolve("half-year/2020-h2/run-report.txt")))
                .contains("unit \"thuong-tin\" has no meeting about 6 tháng cuối năm 2020")
                .contains("no unit has a meeting about 6 tháng cuối năm 2020 in the input");
    }
}
