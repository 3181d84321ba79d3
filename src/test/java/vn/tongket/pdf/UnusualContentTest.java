package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.pdf.RawDocx.paragraph;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Content the converter does not draw, or draws in a simplified way: it must warn and never fail. */
class UnusualContentTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Thử", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "unusual");

    @Test
    void textBoxEquationFootnoteAndSymbolAreNamedAndTheTextAroundThemIsKept() {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Trước </w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
                + "<w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent>"
                + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "</mc:AlternateContent></w:r><w:r><w:t>sau.</w:t></w:r></w:p>"
                + "<w:p><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></w:p>"
                + "<w:p><w:r><w:t>Chú thích</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F04A\"/></w:r></w:p>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).containsExactly(
                "paragraph 1: text box not rendered",
                "paragraph 2: equation not rendered",
                "paragraph 3: footnote 1 not rendered: the document has no such footnote",
                "paragraph 4: symbol character (font Wingdings, code F04A) not rendered");
        assertThat(new PdfInspection(result.pdf()).allWords()).contains("Trước sau.", "Chú thích")
                .doesNotContain("Hộp chữ");
    }

    @Test
    void undefinedListsAreReported() {
        String body = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>Mục một</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>"
                + "</w:pPr><w:r><w:t>Hết phần một</w:t></w:r></w:p>"
                + paragraph("Phần hai");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).containsExactly(
                "paragraph 1: list numbering not rendered: list 3 is not defined in the numbering part");
        assertThat(new PdfInspection(result.pdf()).allWords()).contains("Mục một", "Hết phần một", "Phần hai");
    }

    @Test
    void formattingThatIsNotDrawnIsReported() {
        String body = "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\"/></w:pBdr></w:pPr>"
                + "<w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>Dự thảo</w:t></w:r></w:p>";
        String twoColumns = "<w:sectPr><w:cols w:num=\"2\"/></w:sectPr>";

        PdfResult result = CONVERTER.convert(RawDocx.withBodyAndSection(body, twoColumns), META);

        assertThat(result.warnings()).containsExactly(
                "document: 2 text columns not rendered (one column is used)");
        assertThat(new PdfInspection(result.pdf()).allWords()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Dự thảo");
    }

    @Test
    void hiddenTextIsLeftOutAndCapsAreDrawnUpperCase() {
        String body = "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t xml:space=\"preserve\">huyện ủy thường tín </w:t>"
                + "</w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>bí mật</w:t></w:r>"
                + "<w:r><w:t>công khai</w:t></w:r></w:p>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(new PdfInspection(result.pdf()).allWords()).contains("HUYỆN ỦY THƯỜNG TÍN công khai")
                .doesNotContain("bí mật");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void replacedFontsAndMissingCharactersAreReported() {
        String body = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/></w:rPr>"
                + "<w:t>Văn bản</w:t></w:r></w:p>"
                + paragraph("Chữ Hán 中 ở đây");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).containsExactly(
                "document: font 'Calibri' is replaced by Liberation Serif",
                "paragraph 2: character U+4E2D '中' is in no bundled font and is not drawn");
        assertThat(new PdfInspection(result.pdf()).allWords()).contains("Văn bản", "Chữ Hán");
    }

    @Test
    void trackedInsertionsAreDrawnAndDeletionsAreNot() {
        String body = "<w:p><w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">thêm </w:t></w:r>"
                + "</w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>xóa</w:delText></w:r></w:del>"
                + "<w:r><w:t>giữ</w:t></w:r></w:p>";

        String text = new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf()).allWords();

        assertThat(text).contains("thêm giữ").doesNotContain("xóa");
    }

    @Test
    void pageFieldInTheBodyShowsWhatWordLastComputed() {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>";

        String text = new PdfInspection(CONVERTER.convert(RawDocx.withBody(body), META).pdf()).allWords();

        assertThat(text).contains("Trang 7");
    }

    @Test
    void emptyBodyGivesOneEmptyPage() {
        PdfResult result = CONVERTER.convert(RawDocx.withBody(""), META);

        assertThat(new PdfInspection(result.pdf()).pageCount()).isEqualTo(1);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void malformedTablesStillConvert() {
        String noGrid = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>A2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        String spanBeyondGrid = "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr><w:p><w:r><w:t>rộng</w:t></w:r></w:p></w:tc>"
                + "</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
                + "<w:tc><w:p><w:r><w:t>lệch</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        String emptyTable = "<w:tbl><w:tblPr><w:tblW w:w=\"50%\" w:type=\"pct\"/></w:tblPr></w:tbl>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody(noGrid + paragraph("giữa")
                + spanBeyondGrid + emptyTable + paragraph("cuối")), META);

        assertThat(new PdfInspection(result.pdf()).allWords()).contains("A1", "B1", "A2", "rộng", "lệch", "cuối");
    }

    @Test
    void pageWithoutRoomForTextFallsBackToA4() {
        String impossible = "<w:sectPr><w:pgSz w:w=\"2000\" w:h=\"2000\"/>"
                + "<w:pgMar w:top=\"1500\" w:right=\"1500\" w:bottom=\"1500\" w:left=\"1500\"/></w:sectPr>";

        PdfResult result = CONVERTER.convert(RawDocx.withBodyAndSection(paragraph("Nội dung"), impossible), META);

        assertThat(result.warnings()).containsExactly("document: the page size and margins leave no room for "
                + "text; A4 with Word's default margins is used");
        assertThat(new PdfInspection(result.pdf()).allWords()).contains("Nội dung");
    }

    @Test
    void unknownBodyElementIsNamed() {
        String body = paragraph("Trước") + "<w:altChunk r:id=\"rId9\"/>" + paragraph("Sau");

        PdfResult result = CONVERTER.convert(RawDocx.withBody(body), META);

        assertThat(result.warnings()).containsExactly("after paragraph 1: embedded document (altChunk) not rendered");
    }

    @Test
    void headingThatKeepsWithNextMovesToTheNextPageInsteadOfEndingThisOne() {
        // 44 single-spaced 14 pt lines (16.1 pt each) leave room for one more line on the A4 page.
        String lines = paragraph("Dòng văn bản.").repeat(44);
        String heading = "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:t>TIÊU ĐỀ</w:t></w:r></w:p>";
        String kept = lines + heading + paragraph("Đoạn sau tiêu đề.");
        String notKept = lines + paragraph("TIÊU ĐỀ") + paragraph("Đoạn sau tiêu đề.");

        PdfInspection withKeep = new PdfInspection(CONVERTER.convert(RawDocx.withBody(kept), META).pdf());
        PdfInspection withoutKeep = new PdfInspection(CONVERTER.convert(RawDocx.withBody(notKept), META).pdf());

        assertThat(withoutKeep.words(1)).contains("TIÊU ĐỀ");
        assertThat(withKeep.words(1)).doesNotContain("TIÊU ĐỀ");
        assertThat(withKeep.words(2)).startsWith("TIÊU ĐỀ Đoạn sau tiêu đề.");
    }
}
