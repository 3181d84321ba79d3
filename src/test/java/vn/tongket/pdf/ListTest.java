package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/** Numbered and bulleted lists, in documents made with POI. */
class ListTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Danh sách", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "lists");
    /** POI's document has no section properties: Word's 1-inch margins. */
    private static final float MARGIN = 72f;

    /**
     * abstract 0: "%1." decimal at 36/18 pt, "%2)" lowerLetter at 72/18 pt, "%1.%2.%3." at 108/36 pt (shown
     * as "1.b.1." as in Word), the same with legal numbering at level 4 ("1.2.1.1.");
     * abstract 1: upperRoman "%1." with a space after the label; abstract 2: Symbol bullet at 36/18 pt.
     * Lists 1 and 4 use abstract 0 (list 4 starts at 5), 2 uses abstract 1, 3 uses abstract 2.
     */
    private static final String NUMBERING = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:abstractNum w:abstractNumId="0">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
                  <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>
                  <w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
                <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/>
                  <w:pPr><w:ind w:left="2160" w:hanging="720"/></w:pPr></w:lvl>
                <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>
                  <w:lvlText w:val="%1.%2.%3.%4."/><w:pPr><w:ind w:left="2880" w:hanging="720"/></w:pPr></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="1">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>
                  <w:suff w:val="space"/><w:rPr><w:b/></w:rPr></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="2">
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/>
                  <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
                  <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
              <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
              <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
              <w:num w:numId="4"><w:abstractNumId w:val="0"/>
                <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
            </w:numbering>""";

    @Test
    void decimalItemsAreNumberedInOrderWithTheLabelInTheHangingIndent() {
        XWPFDocument document = document();
        item(document, 1, 0, "Mục một");
        item(document, 1, 0, "Mục hai");
        item(document, 1, 0, "Mục ba");

        PdfResult result = CONVERTER.convert(bytes(document), META);
        PdfInspection pdf = new PdfInspection(result.pdf());

        assertThat(result.warnings()).isEmpty();
        assertThat(pdf.left(1, "1.")).isCloseTo(MARGIN + 18f, within(0.5f));
        assertThat(pdf.left(1, "Mục một")).isCloseTo(MARGIN + 36f, within(0.5f));
        assertThat(pdf.left(1, "3.")).isCloseTo(MARGIN + 18f, within(0.5f));
        assertThat(pdf.left(1, "Mục ba")).isCloseTo(MARGIN + 36f, within(0.5f));
        assertThat(pdf.baseline(1, "2.")).isEqualTo(pdf.baseline(1, "Mục hai"));
    }

    @Test
    void deeperLevelsUseTheirFormatAndIndentAndRestartAfterAShallowerItem() {
        XWPFDocument document = document();
        item(document, 1, 0, "Một");
        item(document, 1, 1, "Một a");
        item(document, 1, 1, "Một b");
        item(document, 1, 2, "Sâu");
        item(document, 1, 3, "Sâu hơn");
        item(document, 1, 0, "Hai");
        item(document, 1, 1, "Hai a");

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(bytes(document), META).pdf());

        assertThat(lines(pdf)).containsSubsequence("1. Một", "a) Một a", "b) Một b", "1.b.1. Sâu", "1.2.1.1. Sâu hơn", "2. Hai",
                "a) Hai a");
        assertThat(pdf.left(1, "b)")).isCloseTo(MARGIN + 54f, within(0.5f));
        assertThat(pdf.left(1, "Một b")).isCloseTo(MARGIN + 72f, within(0.5f));
        assertThat(pdf.left(1, "1.b.1.")).isCloseTo(MARGIN + 72f, within(0.5f));
        assertThat(pdf.left(1, "Sâu")).isCloseTo(MARGIN + 108f, within(0.5f));
    }

    @Test
    void eachListCountsOnItsOwnAndMayStartElsewhere() {
        XWPFDocument document = document();
        item(document, 1, 0, "Danh sách một, mục một");
        item(document, 2, 0, "La Mã một");
        item(document, 1, 0, "Danh sách một, mục hai");
        item(document, 2, 0, "La Mã hai");
        item(document, 4, 0, "Bắt đầu từ năm");
        item(document, 4, 0, "Tiếp theo");

        PdfInspection pdf = new PdfInspection(CONVERTER.convert(bytes(document), META).pdf());

        assertThat(lines(pdf)).containsSubsequence("1. Danh sách một, mục một", "I. La Mã một",
                "2. Danh sách một, mục hai", "II. La Mã hai", "5. Bắt đầu từ năm", "6. Tiếp theo");
    }

    @Test
    void bulletsInTheSymbolFontAreDrawnAsTheirUnicodeCharacter() {
        XWPFDocument document = document();
        item(document, 3, 0, "Gạch đầu dòng");
        document.createParagraph().createRun().setText("Đoạn thường.");

        PdfResult result = CONVERTER.convert(bytes(document), META);
        PdfInspection pdf = new PdfInspection(result.pdf());

        assertThat(result.warnings()).isEmpty();
        assertThat(lines(pdf)).containsSubsequence("• Gạch đầu dòng", "Đoạn thường.");
        assertThat(pdf.left(1, "•")).isCloseTo(MARGIN + 18f, within(0.5f));
        assertThat(pdf.left(1, "Gạch")).isCloseTo(MARGIN + 36f, within(0.5f));
    }

    @Test
    void numIdZeroAndAMissingLevelAreNotNumbered() {
        XWPFDocument document = document();
        item(document, 0, 0, "Không đánh số");
        item(document, 2, 5, "Cấp không có");

        PdfResult result = CONVERTER.convert(bytes(document), META);

        assertThat(result.warnings()).containsExactly(
                "paragraph 2: list numbering not rendered: level 5 of list 2 is not defined");
        assertThat(lines(new PdfInspection(result.pdf()))).containsSubsequence("Không đánh số", "Cấp không có");
    }

    private static String[] lines(PdfInspection pdf) {
        return pdf.text(1).lines().map(line -> line.replaceAll("\\s+", " ").strip()).toArray(String[]::new);
    }

    private static XWPFDocument document() {
        XWPFDocument document = new XWPFDocument();
        try {
            document.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
        return document;
    }

    private static void item(XWPFDocument document, int numId, int level, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(BigInteger.valueOf(numId));
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
