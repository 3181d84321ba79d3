package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The documents written fresh in LibreOffice Writer the way a clerk makes a Party report template
 * ({@code src/test/resources/pdf/libreoffice-*.fodt}, saved as DOCX by LibreOffice 7.4): what DocxToPdf makes of
 * each. Positions given as measured in LibreOffice are taken from its PDF of the same DOCX. {@link PdfFidelityTest}
 * compares every page of them with LibreOffice's PDF.
 */
class LibreOfficeCorpusTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final float[] A4_PORTRAIT = {595.3f, 841.9f};
    private static final float[] A4_LANDSCAPE = {841.9f, 595.3f};

    /** A two-column borderless heading table, a rule drawn under the title, body text, a signature table. */
    @Test
    void partyHeaderTableAndTheRuleUnderTheTitle() {
        PdfResult result = convert("libreoffice-party-header");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.words(1)).contains("ĐẢNG BỘ HUYỆN THƯỜNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 125-BC/HU",
                "Thường Tín, ngày 15 tháng 12 năm 2023", "BÁO CÁO");
        // the date is right-aligned in its cell: 1.4 pt inside its right edge (LibreOffice ends italic text that is
        // right-aligned about 1 pt further in: 550.1 pt)
        assertThat(pdf.right(1, "năm 2023")).isCloseTo(551.35f, within(0.1f));
        // under the rule drawn below the title, where LibreOffice puts the first body line: 269.7 pt
        assertThat(pdf.baseline(1, "118-KH/TU")).isCloseTo(269.7f, within(0.5f));
        assertThat(pdf.words(2)).contains("T/M BAN THƯỜNG VỤ", "Nguyễn Văn An", "- Lưu Văn phòng Huyện ủy.");
    }

    /** Outline-numbered headings, multi-level lists, bullets, a list going on after a table and one restarted. */
    @Test
    void listsKeepTheirNumbersIndentsAndRestarts() {
        PdfResult result = convert("libreoffice-lists");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.words(1)).contains("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ TRỌNG TÂM", "1. Công tác xây dựng Đảng",
                "1.1.", "1.2.", "1.3.", "2.1.", "2.2.", "a) gắn với việc thực hiện", "b) nêu gương",
                "- trong học tập, công tác;", "+ Phân công rõ người");
        // the text after a label's tab starts at the level's indent (1361 twips), as in LibreOffice
        assertThat(pdf.left(1, "Đẩy")).isCloseTo(85.05f + 68.05f, within(0.5f));
        // a line of a list item fills the line as in LibreOffice (the label's tab used to end it early)
        assertThat(pdf.words(1)).contains("Tổ chức học tập, quán triệt các nghị quyết của Trung ương, của");
        // the list goes on after the table with 3.
        assertThat(pdf.baseline(1, "Công tác kiểm tra, giám sát"))
                .isGreaterThan(pdf.baseline(1, "Kiểm tra việc thực hiện"));
        assertThat(pdf.words(1)).contains("3. Công tác kiểm tra, giám sát:");
        assertThat(pdf.words(2)).contains("III. TỔ CHỨC THỰC HIỆN", "• Văn phòng Huyện ủy",
                "5. Hội nghị Ban Thường vụ", "6. Hội nghị Ban Chấp hành mỗi quý một lần.");
    }

    /** A long table with two header rows merged both ways, shading, numbers on the right, a nested table. */
    @Test
    void aLongTableRepeatsItsHeaderRowsAndBreaksWhereLibreOfficeBreaksIt() {
        PdfResult result = convert("libreoffice-tables");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.words(1)).contains("34 Xã Thanh Mai").doesNotContain("Xã Cự Khê");
        assertThat(pdf.words(2)).startsWith("STT Đơn vị Số đảng viên Xếp loại hoàn thành tốt")
                .contains("Tổng sốMới kết nạpSố lượngTỷ lệ (%)", "35 Xã Cự Khê", "48 Xã Đỗ Động",
                        "Khối Đảng7", "Khối chính", "Tổng cộng hai khối.");
        // figures are right-aligned: their right edges line up in the column
        assertThat(pdf.right(2, "58,7")).isCloseTo(pdf.right(2, "43,4"), within(0.2f));
    }

    /** Portrait, landscape, portrait; a first page without header; "Trang X/Y"; margins of each section. */
    @Test
    void sectionsTurnTheirPagesAndKeepTheirHeadersAndFooters() {
        PdfResult result = convert("libreoffice-sections");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(4);
        assertThat(pdf.pageSize(1)).containsExactly(A4_PORTRAIT);
        assertThat(pdf.pageSize(3)).containsExactly(A4_LANDSCAPE);
        assertThat(pdf.pageSize(4)).containsExactly(A4_PORTRAIT);
        assertThat(pdf.textNearTop(1, 50f)).isEmpty();
        assertThat(pdf.textNearTop(2, 60f)).isEqualTo("Đảng bộ huyện Thường Tín - Báo cáo tổng kết năm 2023");
        assertThat(pdf.textNearTop(3, 90f)).isEqualTo("Phụ lục - Số liệu theo đơn vị");
        assertThat(pdf.textNearBottom(1, 60f)).isEqualTo("Trang 1/4");
        assertThat(pdf.textNearBottom(3, 60f)).isEqualTo("Trang 3/4");
        // the landscape section's own margins: 2 cm left, 2.5 cm top
        assertThat(pdf.left(3, "III. PHỤ LỤC")).isCloseTo(56.7f, within(0.5f));
        assertThat(pdf.words(3)).contains("KH quý I", "Thường Tín", "Tự Nhiên");
        assertThat(pdf.words(4)).contains("IV. PHƯƠNG HƯỚNG NĂM 2024");
    }

    /** Line spacing of every kind, a table of contents with dot leaders, character formatting, footnotes. */
    @Test
    void paragraphAndCharacterFormattingAndFootnotesAreDrawn() throws Exception {
        PdfResult result = convert("libreoffice-paragraphs");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(2);
        // right tab stops with dot leaders: the page numbers end on the right margin
        java.util.regex.Matcher leader = java.util.regex.Pattern.compile("Phần I\\. Tình hình chung(\\.{20,})1 ")
                .matcher(pdf.words(1));
        assertThat(leader.find()).isTrue();
        // the dots end before the page number (7 pt wide at 14 pt), which ends on the right margin (538.6 pt)
        assertThat(pdf.right(1, "chung" + leader.group(1))).isBetween(538.6f - 7f - 3.5f, 538.6f - 7f);
        // small caps and caps, drawn as capitals
        assertThat(pdf.words(1)).contains("MÔI TRƯỜNG XANH", "CHƯƠNG TRÌNH");
        // the footnotes at the foot of the page, where LibreOffice puts them: 749.2 and 760.7 pt
        assertThat(pdf.baseline(1, "Theo số liệu của Phòng")).isCloseTo(749.2f, within(0.5f));
        assertThat(pdf.baseline(1, "Định dạng ký tự")).isCloseTo(760.7f, within(0.5f));
        // the highlight
        assertThat(pdf.areaOfColour(1, new Color(0xFFFF00))).isNotNull();
        // the heading that starts a new page
        assertThat(pdf.words(2)).startsWith("Phần II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    /** A picture in the line and one anchored to its paragraph; a bar chart and a pie chart made in LibreOffice. */
    @Test
    void picturesAndChartsAreDrawn() throws Exception {
        PdfResult result = convert("libreoffice-pictures");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(2);
        // the flag in the line: 4.5 × 3 cm
        PdfInspection.Area flag = pdf.areaOfColour(1, new Color(218, 37, 29));
        assertThat(flag.right() - flag.left()).isCloseTo(127.6f, within(1f));
        assertThat(flag.bottom() - flag.top()).isCloseTo(85f, within(1f));
        // the caption under it, where LibreOffice puts it
        assertThat(pdf.baseline(1, "Hình 1. Biểu trưng")).isCloseTo(275f, within(0.5f));
        assertThat(pdf.allWordsWithForms()).contains("Số tổ chức cơ sở đảng theo khối", "Khối chính quyền",
                "Năm 2022", "Tỷ lệ xếp loại đảng viên (%)", "Hoàn thành xuất sắc", "62%");
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    /** A table of contents LibreOffice made, a picture in a table cell, a frame with text ("DỰ THẢO"). */
    @Test
    void aGeneratedTableOfContentsAPictureInACellAndAFrameAreDrawn() throws Exception {
        PdfResult result = convert("libreoffice-toc-frame");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.words(1)).containsPattern("Phần một\\.{20,}1 ").contains("MỤC LỤC", "Ô có hình bên trái.",
                "DỰ THẢO", "Đoạn có khung chữ.");
        // the frame, and the text below it, where LibreOffice puts them: 196.2 and 212.6 pt
        assertThat(pdf.baseline(1, "DỰ THẢO")).isCloseTo(196.2f, within(0.3f));
        assertThat(pdf.baseline(1, "Đoạn có khung chữ.")).isCloseTo(212.6f, within(0.3f));
        // the frame's fill (LibreOffice's default for frames it writes as text boxes) and the logo in the cell
        assertThat(pdf.areaOfColour(1, new Color(0x729FCF))).isNotNull();
        assertThat(pdf.baseline(1, "Ô có hình bên trái.")).isCloseTo(150.3f, within(0.3f));
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    /**
     * Underlines of every kind, strike-through single and double, two footnotes and two endnotes: each line, mark
     * and note where LibreOffice draws it (measured in its PDF of the same DOCX).
     */
    @Test
    void underlinesStrikeThroughFootnoteMarksAndEndnotesAreDrawnAsInLibreOffice() throws Exception {
        PdfResult result = convert("libreoffice-marks");

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        assertThat(pdf.pageCount()).isEqualTo(2);
        List<PdfInspection.Stroke> lines = pdf.strokes(1);
        // the double underline of "Quy định số 124-QĐ/TW": 0.5 pt lines at 121.1 and 122.6 pt
        assertLinesAt(lines, 159f, 121.1f, 122.6f);
        // the thick one under "một nét dày": 1.5 pt at 207.15 pt
        assertThat(lines).filteredOn(line -> Math.abs(line.left() - 444f) < 0.5f).singleElement()
                .satisfies(line -> {
                    assertThat(line.width()).isCloseTo(1.5f, within(0.01f));
                    assertThat(line.y()).isCloseTo(207.15f, within(0.15f));
                });
        // the double strike-through of "1.250": 0.5 pt lines at 299.3 and 300.8 pt
        assertLinesAt(lines, 176.1f, 299.3f, 300.8f);
        // a footnote's own number in the notes area, raised as LibreOffice raises it: 756.0 pt, the text 759.9 pt
        assertThat(pdf.baselineOfLine(1, "1")).isCloseTo(756.0f, within(0.2f));
        assertThat(pdf.baseline(1, "Quy định số 124-QĐ/TW ngày")).isCloseTo(759.9f, within(0.2f));
        // the endnotes on a page of their own, numbered i, ii, with LibreOffice's 2 cm margins
        assertThat(pdf.words(1)).contains("bổ sungi.", "phê bìnhii.");
        assertThat(pdf.words(2)).startsWith("i Số liệu bổ sung").contains("ii Gồm 45 chi bộ");
        assertThat(pdf.left(2, "Số liệu")).isCloseTo(73.8f, within(0.2f));
        assertThat(pdf.baseline(2, "Số liệu")).isCloseTo(66.1f, within(0.2f));
        assertThat(pdf.baseline(2, "Gồm 45")).isCloseTo(77.6f, within(0.2f));
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    /**
     * A diagram's shapes as LibreOffice writes them: a rounded rectangle, a triangle, a diamond, a right arrow, a
     * dashed rectangle and a line with an arrow head, where LibreOffice draws them (the outline's path on the shape's
     * edge, its ink centred on it); a chevron, which LibreOffice writes as a freeform shape, is named in a warning.
     */
    @Test
    void diagramShapesAreDrawnAsInLibreOffice() throws Exception {
        PdfResult result = convert("libreoffice-shapes");

        assertThat(result.warnings()).containsExactly("paragraph 6: freeform shape not rendered");
        PdfInspection pdf = new PdfInspection(result.pdf());
        List<PdfInspection.Stroke> outlines = pdf.strokes(1);
        // the rounded rectangle (85.0-198.4 pt across, from 90.9 pt down), its corners curved
        assertThat(outlines).anySatisfy(shape -> {
            assertThat(shape.curved()).isTrue();
            assertThat(shape.left()).isCloseTo(85.0f, within(0.1f));
            assertThat(shape.right()).isCloseTo(198.4f, within(0.1f));
        });
        // the triangle's apex (269.3, 90.9), the diamond's left corner (340.15, 119.25), the arrow's shaft
        assertThat(outlines).anySatisfy(shape -> {
            assertThat(shape.left()).isCloseTo(226.8f, within(0.1f));
            assertThat(shape.right()).isCloseTo(311.85f, within(0.1f));
        });
        assertThat(outlines).anySatisfy(shape -> {
            assertThat(shape.left()).isCloseTo(340.15f, within(0.1f));
            assertThat(shape.right()).isCloseTo(425.2f, within(0.1f));
            assertThat(shape.y()).isCloseTo(90.9f, within(0.1f));
        });
        assertThat(outlines).anySatisfy(shape -> {
            assertThat(shape.left()).isCloseTo(453.55f, within(0.1f));
            assertThat(shape.right()).isCloseTo(538.6f, within(0.1f));
            assertThat(shape.y()).isCloseTo(105.05f, within(0.1f));
        });
        // the arrow line, 1.39 pt at 175.2 pt, ending at its head's base (504.3 pt)
        assertThat(outlines).anySatisfy(line -> {
            assertThat(line.width()).isCloseTo(1.39f, within(0.02f));
            assertThat(line.y()).isCloseTo(175.2f, within(0.2f));
            assertThat(line.right()).isCloseTo(504.3f, within(0.5f));
        });
        // the dashed rectangle is drawn with dashes of 5.7 line widths (LibreOffice: 5.71 and 2.85 pt)
        assertThat(pdf.baseline(1, "Các bước trên")).isCloseTo(224.4f, within(0.3f));
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    /** The lines that start at the left edge lie at the given heights, in that order, within 0.15 pt. */
    private static void assertLinesAt(List<PdfInspection.Stroke> lines, float left, float... heights) {
        List<Float> found = lines.stream().filter(line -> Math.abs(line.left() - left) < 0.5f)
                .map(PdfInspection.Stroke::y).toList();
        assertThat(found).hasSize(heights.length);
        for (int i = 0; i < heights.length; i++) {
            assertThat(found.get(i)).isCloseTo(heights[i], within(0.15f));
        }
    }

    private static PdfResult convert(String name) {
        FidelityReport.Input document = FidelityReport.libreOfficeDocument(name);
        return CONVERTER.convert(document.docx(), document.meta());
    }
}
