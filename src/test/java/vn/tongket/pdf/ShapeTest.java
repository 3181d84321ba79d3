package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Shapes drawn in the text ({@code wps:wsp}), as LibreOffice writes a line drawn under a Party document's title:
 * inside {@code mc:AlternateContent} with a VML fallback, anchored to its paragraph with top-and-bottom wrapping.
 * The page is A4 with a 3 cm left and 2 cm top margin; text is 14 pt (16.1 pt lines).
 */
class ShapeTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Hình vẽ", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "shapes");
    private static final float LEFT_MARGIN = 85.05f;
    private static final float TOP_MARGIN = 56.7f;
    private static final Color RED = new Color(0xFF0000);

    @Test
    void aLineUnderATitleIsDrawnWhereItIsAnchoredAndThePlainTextFollowsIt() throws Exception {
        PdfResult result = CONVERTER.convert(RawDocx.withBody(RawDocx.paragraph("BÁO CÁO")
                + "<w:p>" + line(1_270_000, 1_079_500, 12_700, "wrapTopAndBottom") + "</w:p>"
                + RawDocx.paragraph("Sau đường kẻ.")), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area rule = pdf.areaOfColour(1, RED);
        assertThat(rule.left()).isCloseTo(LEFT_MARGIN + 100f, within(0.5f));
        assertThat(rule.right() - rule.left()).isCloseTo(85f, within(0.5f));
        assertThat(rule.bottom() - rule.top()).isCloseTo(1f, within(0.3f));
        // below the title's line, at the top of the empty paragraph that holds it
        assertThat(rule.top()).isCloseTo(TOP_MARGIN + 16.1f, within(0.6f));
        assertThat(pdf.baseline(1, "Sau đường kẻ.")).isGreaterThan(rule.bottom() + 16f);
        PdfAComplianceTest.assertCompliant(result.pdf());
    }

    /**
     * LibreOffice puts the space after the paragraph above between a wrapping graphic at the top of its paragraph
     * and the paragraph's text again (measured with a line under a title that has 11.35 pt after it: the text
     * below comes 11.8 pt lower than without the line).
     */
    @Test
    void theSpaceAboveAParagraphComesAgainBelowAGraphicThatPushesItsTextDown() {
        String title = "<w:p><w:pPr><w:spacing w:after=\"400\"/></w:pPr><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>";
        String withLine = title + "<w:p>" + line(1_270_000, 1_079_500, 12_700, "wrapTopAndBottom")
                + "<w:r><w:t>Chữ</w:t></w:r></w:p>";
        String withoutLine = title + RawDocx.paragraph("Chữ");

        PdfInspection with = new PdfInspection(CONVERTER.convert(RawDocx.withBody(withLine), META).pdf());
        PdfInspection without = new PdfInspection(CONVERTER.convert(RawDocx.withBody(withoutLine), META).pdf());

        PdfInspection.Area rule = with.areaOfColour(1, RED);
        assertThat(rule.top()).isCloseTo(TOP_MARGIN + 16.1f + 20f, within(0.6f));
        // the line (1 pt) and the 20 pt after the title again
        assertThat(with.baseline(1, "Chữ") - without.baseline(1, "Chữ")).isCloseTo(21f, within(0.3f));
    }

    @Test
    void aFilledRectangleInTheLineIsDrawnAtItsSize() {
        String rectangle = "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent cx=\"635000\" cy=\"254000\"/><wp:docPr id=\"1\" name=\"Khung\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"635000\" cy=\"254000\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"0000FF\"/>"
                + "</a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:inline></w:drawing></w:r>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody("<w:p><w:r><w:t xml:space=\"preserve\">Khung: </w:t>"
                + "</w:r>" + rectangle + "</w:p>"), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area box = pdf.areaOfColour(1, Color.BLUE);
        assertThat(box.right() - box.left()).isCloseTo(50f, within(0.5f));
        assertThat(box.bottom() - box.top()).isCloseTo(20f, within(0.5f));
        assertThat(box.bottom()).isCloseTo(pdf.baseline(1, "Khung:"), within(0.5f));
    }

    /** A text box as LibreOffice writes a frame ("DỰ THẢO" in a box): its text in its fill, inside the insets. */
    @Test
    void aTextBoxIsDrawnWithItsTextInsideItsFrame() {
        String textBox = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                + "<wp:inline><wp:extent cx=\"1270000\" cy=\"381000\"/><wp:docPr id=\"1\" name=\"Khung\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:prstGeom prst=\"rect\"/><a:solidFill><a:srgbClr val=\"0000FF\"/>"
                + "</a:solidFill><a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill></a:ln>"
                + "</wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>"
                + "</wps:txbx><wps:bodyPr lIns=\"127000\" tIns=\"0\" rIns=\"0\" bIns=\"0\"/></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody(textBox), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area fill = pdf.areaOfColour(1, Color.BLUE);
        PdfInspection.Area outline = pdf.areaOfColour(1, RED);
        // 100 × 30 pt, standing on the first line's baseline; the 1 pt outline centred on its edge
        assertThat(outline.right() - outline.left()).isCloseTo(101f, within(0.5f));
        assertThat(outline.bottom() - outline.top()).isCloseTo(31f, within(0.5f));
        assertThat(fill.left()).isGreaterThan(outline.left());
        assertThat(pdf.words(1)).contains("DỰ THẢO");
        // 10 pt left inset; the first line's gap and ascent from the top (no top inset)
        assertThat(pdf.left(1, "DỰ THẢO")).isCloseTo(outline.left() + 0.5f + 10f, within(0.5f));
        assertThat(pdf.baseline(1, "DỰ THẢO")).isCloseTo(outline.top() + 0.5f + 13.06f, within(0.5f));
    }

    /**
     * Measured in LibreOffice's PDF of the same shapes: a 4 pt outline of a 100 × 40 pt rectangle lies centred on
     * its edge (the path on the box, 2 pt of ink outside it), and a large arrow head at the end of a line sloping
     * down 40 pt over 100 pt has its tip on the box's corner (285.05, 116.7) and a base corner 0.95 pt below the box
     * (273.85, 117.65): LibreOffice does not cut it at the box.
     */
    @Test
    void outlinesAreCentredOnTheEdgeAndArrowHeadsAreNotCutAtTheBox() {
        String red = "<a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill>";
        String blue = "<a:solidFill><a:srgbClr val=\"0000FF\"/></a:solidFill>";
        PdfResult result = CONVERTER.convert(RawDocx.withBody("<w:p><w:r><w:t>Một</w:t></w:r>"
                + anchored(1, 100, 20, "line", "<a:ln w=\"25400\">" + red
                + "<a:tailEnd type=\"triangle\" w=\"lg\" len=\"lg\"/></a:ln>", "wrapNone", true)
                + anchored(2, 300, 20, "rect", "<a:ln w=\"50800\">" + blue + "</a:ln>", "wrapNone", true)
                + "</w:p>"), META);

        assertThat(result.warnings()).isEmpty();
        PdfInspection pdf = new PdfInspection(result.pdf());
        PdfInspection.Area rectangle = pdf.areaOfColour(1, Color.BLUE);
        assertThat(rectangle.left()).isCloseTo(LEFT_MARGIN + 300f - 2f, within(0.3f));
        assertThat(rectangle.right()).isCloseTo(LEFT_MARGIN + 400f + 2f, within(0.3f));
        assertThat(rectangle.top()).isCloseTo(TOP_MARGIN + 20f - 2f, within(0.3f));
        assertThat(rectangle.bottom()).isCloseTo(TOP_MARGIN + 60f + 2f, within(0.3f));
        PdfInspection.Area line = pdf.areaOfColour(1, RED);
        assertThat(line.right()).isCloseTo(285.05f, within(0.3f));
        assertThat(line.bottom()).isCloseTo(117.65f, within(0.3f));
    }

    /**
     * Two shapes that wrap text in one paragraph, measured in LibreOffice's PDF of the same shapes: each where its
     * offsets put it (side by side, or overlapping), the text below the lowest and half its 1 pt outline (the first
     * baseline at 120.4 pt); one that may not overlap the other goes down to its bottom (baseline at 150.4 pt).
     */
    @Test
    void shapesThatWrapTextInOneParagraphLieSideBySide() {
        String red = "<a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill></a:ln>";
        String blue = "<a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"0000FF\"/></a:solidFill></a:ln>";
        PdfInspection sideBySide = new PdfInspection(CONVERTER.convert(RawDocx.withBody("<w:p>"
                + anchored(1, 0, 0, "rect", red, "wrapTopAndBottom", true)
                + anchored(2, 200, 10, "rect", blue, "wrapTopAndBottom", true)
                + "<w:r><w:t>Chữ</w:t></w:r></w:p>"), META).pdf());
        PdfInspection overlapping = new PdfInspection(CONVERTER.convert(RawDocx.withBody("<w:p>"
                + anchored(1, 0, 0, "rect", red, "wrapTopAndBottom", true)
                + anchored(2, 50, 10, "rect", blue, "wrapTopAndBottom", true)
                + "<w:r><w:t>Chữ</w:t></w:r></w:p>"), META).pdf());
        PdfResult notOverlapping = CONVERTER.convert(RawDocx.withBody("<w:p>"
                + anchored(1, 0, 0, "rect", red, "wrapTopAndBottom", true)
                + anchored(2, 50, 10, "rect", blue, "wrapTopAndBottom", false)
                + "<w:r><w:t>Chữ</w:t></w:r></w:p>"), META);

        assertThat(notOverlapping.warnings()).isEmpty();
        assertThat(sideBySide.areaOfColour(1, RED).top()).isCloseTo(TOP_MARGIN - 0.5f, within(0.3f));
        PdfInspection.Area right = sideBySide.areaOfColour(1, Color.BLUE);
        assertThat(right.left()).isCloseTo(LEFT_MARGIN + 200f - 0.5f, within(0.3f));
        assertThat(right.top()).isCloseTo(TOP_MARGIN + 10f - 0.5f, within(0.3f));
        assertThat(sideBySide.baseline(1, "Chữ")).isCloseTo(120.4f, within(0.2f));
        PdfInspection.Area over = overlapping.areaOfColour(1, Color.BLUE);
        assertThat(over.left()).isCloseTo(LEFT_MARGIN + 50f - 0.5f, within(0.3f));
        assertThat(over.top()).isCloseTo(TOP_MARGIN + 10f - 0.5f, within(0.3f));
        assertThat(overlapping.baseline(1, "Chữ")).isCloseTo(120.4f, within(0.2f));
        PdfInspection below = new PdfInspection(notOverlapping.pdf());
        assertThat(below.areaOfColour(1, Color.BLUE).top()).isCloseTo(TOP_MARGIN + 40f - 0.5f, within(0.3f));
        assertThat(below.baseline(1, "Chữ")).isCloseTo(150.4f, within(0.2f));
    }

    /** A shape 100 × 40 pt anchored to its paragraph, the offsets (pt) from the margin and the paragraph's top. */
    private static String anchored(int id, int x, int y, String geometry, String outline, String wrap,
                                   boolean allowOverlap) {
        return "<w:r><w:drawing><wp:anchor behindDoc=\"0\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\""
                + " simplePos=\"0\" locked=\"0\" layoutInCell=\"0\" allowOverlap=\"" + (allowOverlap ? 1 : 0)
                + "\" relativeHeight=\"" + id + "\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH"
                + " relativeFrom=\"column\"><wp:posOffset>" + x * 12_700 + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>" + y * 12_700 + "</wp:posOffset>"
                + "</wp:positionV><wp:extent cx=\"1270000\" cy=\"508000\"/><wp:" + wrap + "/><wp:docPr id=\""
                + id + "\" name=\"s" + id + "\"/><a:graphic><a:graphicData"
                + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr/>"
                + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1270000\" cy=\"508000\"/></a:xfrm>"
                + "<a:prstGeom prst=\"" + geometry + "\"><a:avLst/></a:prstGeom>" + outline + "</wps:spPr>"
                + "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>";
    }

    @Test
    void aShapeOfAnotherGeometryAndATextBoxThatIsNoRectangleAreNamedInTheWarnings() {
        String callout = "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"635000\" cy=\"254000\"/>"
                + "<wp:docPr id=\"1\" name=\"Hộp\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:spPr><a:prstGeom prst=\"wedgeRectCallout\"/></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>"
                + "<w:t>Chữ</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:inline></w:drawing></w:r></w:p>";
        String star = "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"635000\" cy=\"635000\"/>"
                + "<wp:docPr id=\"2\" name=\"Sao\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:spPr><a:prstGeom prst=\"star5\"/></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:inline></w:drawing></w:r></w:p>";

        PdfResult result = CONVERTER.convert(RawDocx.withBody(callout + star), META);

        assertThat(result.warnings()).containsExactly("paragraph 1: text box not rendered",
                "paragraph 2: shape \"star5\" not rendered");
    }

    @Test
    void aDoubleOutlineIsDrawnAsOneLineAndNamedInTheWarnings() {
        String frame = "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"635000\" cy=\"254000\"/>"
                + "<wp:docPr id=\"1\" name=\"Khung\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:spPr><a:prstGeom prst=\"rect\"/><a:ln w=\"38100\" cmpd=\"%s\"><a:solidFill>"
                + "<a:srgbClr val=\"0000FF\"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";

        PdfResult doubled = CONVERTER.convert(RawDocx.withBody(frame.formatted("dbl")), META);
        PdfResult single = CONVERTER.convert(RawDocx.withBody(frame.formatted("sng")), META);

        assertThat(doubled.warnings())
                .containsExactly("paragraph 1: shape outline \"dbl\" (several lines) drawn as one line");
        assertThat(single.warnings()).isEmpty();
        PdfInspection.Area box = new PdfInspection(doubled.pdf()).areaOfColour(1, Color.BLUE);
        assertThat(box.right() - box.left()).as("the outline is drawn, 3 pt wide on the 50 pt edge")
                .isCloseTo(53f, within(0.5f));
    }

    /**
     * A red line of the width (EMU) and thickness (EMU), anchored to its paragraph 100 pt right of the margin at
     * the paragraph's top, as LibreOffice writes it.
     */
    private static String line(long offset, long width, long thickness, String wrap) {
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor behindDoc=\"1\""
                + " distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" locked=\"0\" layoutInCell=\"0\""
                + " allowOverlap=\"1\" relativeHeight=\"2\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>" + offset + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + width + "\" cy=\"0\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:" + wrap + "/><wp:docPr id=\"1\" name=\"GachNgang\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
                + "<wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + width + "\" cy=\"0\"/>"
                + "</a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"" + thickness + "\">"
                + "<a:solidFill><a:srgbClr val=\"FF0000\"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:line from=\"100pt,0\" to=\"185pt,0\"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }
}
