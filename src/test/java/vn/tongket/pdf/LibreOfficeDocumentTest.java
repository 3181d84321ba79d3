package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;

/**
 * A document written fresh in LibreOffice ({@code src/test/resources/pdf/bao-cao-libreoffice.fodt}, saved as DOCX by
 * LibreOffice 7.4 as {@code bao-cao-libreoffice.docx}): a title, headings, a bulleted and a numbered list, a
 * hyperlink, a column chart, a table with cells merged both ways and two repeated header rows, and a second
 * section in landscape A4 with a footer of its own. {@link PdfFidelityTest} compares it page by page with
 * LibreOffice's own PDF of the DOCX.
 */
class LibreOfficeDocumentTest {

    private static final FidelityReport.Input DOCUMENT = FidelityReport.libreOfficeDocument();

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
}
