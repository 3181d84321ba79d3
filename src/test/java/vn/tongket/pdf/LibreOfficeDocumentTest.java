package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openpdf.text.pdf.PdfName;

import vn.tongket.testing.LibreOffice;

/**
 * A document written fresh in LibreOffice ({@code src/test/resources/pdf/bao-cao-libreoffice.fodt}, saved as DOCX by
 * LibreOffice 7.4 as {@code bao-cao-libreoffice.docx}): a title, headings, a bulleted and a numbered list, a
 * hyperlink, a column chart, a table with cells merged both ways and two repeated header rows, and a second
 * section in landscape A4 with a footer of its own.
 */
@Execution(ExecutionMode.SAME_THREAD)
class LibreOfficeDocumentTest {

    private static final FidelityReport.Input DOCUMENT = FidelityReport.libreOfficeDocument();
    private static final java.util.Set<String> CHART_CATEGORY_WORDS =
            java.util.Set.of("Thường", "Tín", "Thanh", "Trì", "Hà", "Đông");

    @TempDir
    Path work;

    @Test
    void convertsWithItsSectionsListsTableChartLinkAndFooters() {
        PdfResult result = new DocxToPdf().convert(DOCUMENT.docx(), DOCUMENT.meta());

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(3);
        assertThat(pdf.pageSize(1)).containsExactly(595.3f, 841.9f);
        assertThat(pdf.pageSize(3)).containsExactly(841.9f, 595.3f);
        assertThat(pdf.words(1)).contains("BÁO CÁO KIỂM ĐIỂM TẬP THỂ BAN THƯỜNG VỤ", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
                "• Hoàn thành 18/18 chỉ tiêu kinh tế - xã hội chủ yếu;", "1. Tiến độ giải phóng mặt bằng",
                "3. Công tác quản lý đất đai", "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu",
                "STT Chỉ tiêu Kết quả", "Trang 1");
        // the table's two header rows are repeated on page 2 (OpenPDF's extractor joins the cells of a row)
        assertThat(pdf.words(2)).startsWith("STT Chỉ tiêu Kết quả Năm 2022")
                .contains("Năm 2023", "Xã đạt chuẩn nông thôn mới kiểu mẫu", "Trang 2");
        assertThat(pdf.words(3)).contains("III. PHỤ LỤC SỐ LIỆU (KHỔ NGANG)", "Hà Đông5,05,55,95,622,0",
                "Phụ lục, trang 3");
        assertThat(pdf.allWordsWithForms()).contains("Thu ngân sách (tỷ đồng)", "Thường Tín", "Năm 2023", "17,25",
                "12,5", "30");
        assertThat(pdf.annotations(1)).anySatisfy(link -> assertThat(link.getAsDict(PdfName.A)
                .getAsString(PdfName.URI).toUnicodeString()).isEqualTo("https://thuongtin.hanoi.gov.vn/"));
    }

    @Test
    void hasTheSamePagesAndTheSameWordsOnEachPageAsLibreOfficeApartFromTheChartAndBullets() throws IOException {
        LibreOffice office = LibreOffice.onPath(work.resolve("profile")).orElse(null);
        assumeTrue(office != null, "soffice is not on the PATH: the PDF is not compared with LibreOffice's");
        Path docx = work.resolve("bao-cao-libreoffice.docx");
        Files.write(docx, DOCUMENT.docx());
        Path ours = work.resolve("docxtopdf.pdf");
        Files.write(ours, new DocxToPdf().convert(DOCUMENT.docx(), DOCUMENT.meta()).pdf());
        Path libreOffice = office.convert(List.of(docx), "pdf", work.resolve("libreoffice")).getFirst();

        FidelityReport.DocumentResult result = FidelityReport.compare("libreoffice", ours, libreOffice,
                Files.createDirectories(work.resolve("png")));

        assertThat(result.ourPages()).isEqualTo(result.libreOfficePages());
        for (int page = 1; page <= result.ourPages(); page++) {
            List<String> ourWords = words(FidelityReport.run(List.of("pdftotext", "-f", "" + page, "-l", "" + page,
                    ours.toString(), "-")));
            List<String> theirWords = words(FidelityReport.run(List.of("pdftotext", "-f", "" + page, "-l",
                    "" + page, libreOffice.toString(), "-")));
            // the charts differ in style: axis numbers, decimal marks (LibreOffice writes 17.25 with an English
            // locale), category labels (pdftotext finds none in LibreOffice's chart); LibreOffice draws bullets in
            // a symbol font, at a code of the private use area
            assertThat(minus(ourWords, theirWords)).as("page %d, words only DocxToPdf has", page)
                    .allMatch(w -> w.matches("[0-9.,]+|•") || CHART_CATEGORY_WORDS.contains(w));
            assertThat(minus(theirWords, ourWords)).as("page %d, words only LibreOffice has", page)
                    .allMatch(w -> w.matches("[0-9.,]+|[\\uE000-\\uF8FF]"));
        }
    }

    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
    }

    /** The words of {@code a} left when each word of {@code b} takes one of its copies away. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> left = new ArrayList<>(a);
        b.forEach(left::remove);
        return left;
    }
}
