package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.tongket.docx.ChartTemplates.shown;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraph;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.tongket.testing.LibreOffice;

/**
 * Charts and pictures stay bound after a clerk saves the template in LibreOffice (as .docx, or as .odt and back),
 * and filled documents with charts, pictures, fragments and line breaks open in LibreOffice. Skipped where
 * {@code soffice} is not on the PATH.
 */
@Execution(ExecutionMode.SAME_THREAD)
class LibreOfficeBindingTest {

    @TempDir
    static Path work;

    private static LibreOffice office;

    @BeforeAll
    static void findLibreOffice() {
        office = LibreOffice.onPath(work.resolve("profile")).orElse(null);
    }

    @BeforeEach
    void needsLibreOffice() {
        assumeTrue(office != null, "soffice is not on the PATH");
    }

    /** The template saved by LibreOffice: as .docx, or as .odt and then .docx. */
    private static byte[] resaved(byte[] template, String name, String route) throws IOException {
        Path dir = Files.createDirectories(work.resolve(route + "-" + name));
        Path original = Files.write(dir.resolve(name + ".docx"), template);
        Path saved;
        if (route.equals("docx")) {
            saved = office.convert(List.of(original), "docx", dir.resolve("out")).getFirst();
        } else {
            Path odt = office.convert(List.of(original), "odt", dir.resolve("odt")).getFirst();
            saved = office.convert(List.of(odt), "docx:MS Word 2007 XML", dir.resolve("out")).getFirst();
        }
        assertThat(Files.mismatch(original, saved)).isNotEqualTo(-1L);
        return Files.readAllBytes(saved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aChartStaysBoundAfterLibreOfficeSavesTheTemplate(String route) throws IOException {
        byte[] template = resaved(ChartTest.columnChartTemplate("attainmentByArea"), "bieu-do", route);

        byte[] filled = DocxTemplate.compile("bieu-do.docx", template)
                .fill(Map.of("unit", "Ba Vì", "attainmentByArea", ChartTest.attainment()));

        try (XWPFDocument doc = open(filled)) {
            XWPFChart chart = doc.getCharts().getFirst();
            ChartTemplates.Shown shown = shown(chart);
            assertThat(shown.title()).isEqualTo("Tỷ lệ chỉ tiêu đạt theo lĩnh vực");
            assertThat(shown.categories()).isEqualTo(ChartTest.AREAS);
            assertThat(shown.names()).containsExactly("Đạt và vượt", "Chưa đạt");
            assertThat(shown.values()).containsExactly(ChartTest.decimals("3", "2", "4", "2.5"),
                    ChartTest.decimals("1", "0", "1", "0"));
            assertThat(ChartTemplates.workbook(chart)).as("the workbook, even where LibreOffice dropped it")
                    .hasSize(5).first().isEqualTo(List.of("", "Đạt và vượt", "Chưa đạt"));
        }
        String pdf = pdfText(filled, "bieu-do-" + route);
        assertThat(pdf).contains("Tỷ lệ chỉ tiêu đạt theo lĩnh vực", "Kinh tế", "Đạt và vượt", "Chưa đạt", "2.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aPictureStaysBoundAfterLibreOfficeSavesTheTemplate(String route) throws IOException {
        byte[] template = resaved(docx(doc -> {
            paragraph(doc.createParagraph(), "Biểu trưng:");
            PictureBindingTest.placeholder(doc.createParagraph(), "Biểu trưng\nimage: logo");
        }), "logo", route);
        byte[] logo = PictureBindingTest.image("png", 64, 32, Color.RED);

        byte[] filled = DocxTemplate.compile("logo.docx", template).fill(Map.of("logo", logo));

        try (XWPFDocument doc = open(filled)) {
            List<XWPFPicture> pictures = new ArrayList<>();
            doc.getParagraphs().forEach(p -> p.getRuns().forEach(r -> pictures.addAll(r.getEmbeddedPictures())));
            assertThat(pictures).hasSize(1);
            assertThat(pictures.getFirst().getPictureData().getData()).isEqualTo(logo);
        }
        pdfText(filled, "logo-" + route);
    }

    @Test
    void filledDocumentsWithFragmentsPicturesAndLineBreaksOpenInLibreOffice() throws IOException {
        Path fragments = Files.createDirectories(work.resolve("templates").resolve(Fragments.FOLDER));
        Files.write(fragments.resolve("khoi-chu-ky.docx"), FragmentTest.signatureBlock());
        byte[] template = docx(doc -> {
            paragraph(doc.createParagraph(), "Kính gửi: ${recipients}");
            PictureBindingTest.placeholder(doc.createParagraph(), "image: logo");
            paragraph(doc.createParagraph(), "<#include \"khoi-chu-ky\">");
        });

        byte[] filled = DocxTemplate.compile("day-du.docx", template, Fragments.folder(fragments)).fill(Map.of(
                "recipients", "Ban Thường vụ Thành ủy,\nCác ban Đảng Thành ủy", "signature", Map.of("name", "Tạ Hữu Thọ"),
                "logo", PictureBindingTest.image("jpeg", 40, 40, Color.BLUE)));

        String pdf = pdfText(filled, "day-du");
        assertThat(pdf).contains("Kính gửi: Ban Thường vụ Thành ủy,\nCác ban Đảng Thành ủy", "Tạ Hữu Thọ");
    }

    private static String pdfText(byte[] docx, String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve("pdf-" + name));
        Path file = Files.write(dir.resolve(name + ".docx"), docx);
        Path pdf = office.convert(List.of(file), "pdf", dir).getFirst();
        return LibreOffice.pdfToText(pdf);
    }
}
