package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Lines under and through 14 pt Times New Roman (Liberation Serif), where LibreOffice draws them: measured in
 * LibreOffice's PDF of {@code libreoffice-marks.docx}, in points below the baseline (negative above it), with the
 * line's width.
 */
class TextLinesTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META =
            new PdfMetadata("Gạch chân", null, null, "vi-VN", Instant.parse("2024-01-02T03:04:05Z"), "lines");
    private static final float POSITION = 0.1f;

    @Test
    void everyKindOfUnderlineLiesWhereLibreOfficeDrawsIt() {
        PdfInspection pdf = convert(run("một", "<w:u w:val=\"single\"/>") + run(" hai", "")
                + run(" ba", "<w:u w:val=\"double\"/>") + run(" bốn", "")
                + run(" năm", "<w:u w:val=\"thick\"/>") + run(" sáu", "")
                + run(" bảy", "<w:u w:val=\"dotted\"/>") + run(" tám", "")
                + run(" chín", "<w:u w:val=\"dash\"/>") + run(" mười", "")
                + run(" mười một", "<w:u w:val=\"wave\"/>"));
        List<PdfInspection.Stroke> strokes = pdf.strokes(1);
        float baseline = pdf.baseline(1, "một");

        assertLines(strokes, pdf.left(1, "một"), baseline, 1.2f, 0.8f);
        // a run's line starts under its leading space
        // two lines of 0.5 pt, 1.5 pt apart
        assertLines(strokes, pdf.left(1, " ba"), baseline, 0.9f, 0.5f, 2.4f, 0.5f);
        assertLines(strokes, pdf.left(1, " năm"), baseline, 1.65f, 1.5f);
        // dots and dashes: straight lines painted with a pattern of bars
        PdfInspection.Stroke dotted = assertLines(strokes, pdf.left(1, " bảy"), baseline, 1.2f, 0.8f).getFirst();
        assertThat(dotted.pattern()).isTrue();
        PdfInspection.Stroke dashed = assertLines(strokes, pdf.left(1, " chín"), baseline, 1.2f, 0.8f).getFirst();
        assertThat(dashed.pattern()).isTrue();
        // a wave along 1.6 pt below the baseline, 1.5 pt to each side, under the whole run
        PdfInspection.Stroke wave = startingAt(strokes, pdf.left(1, " mười một"));
        assertThat(wave.curved()).isTrue();
        assertThat(wave.y()).isCloseTo(baseline + 1.6f, within(POSITION));
        assertThat(wave.right()).isGreaterThanOrEqualTo(pdf.right(1, "mười một"));
    }

    /**
     * Word's heavy kinds as LibreOffice draws them (measured in its PDF of the same runs): dots, dashes and long
     * dashes as wide and as low as the thick line (1.5 pt at 1.65 pt), a heavy wave stroked 0.15 pt wide; and an
     * underline in its own colour ({@code w:u w:color}) under black text.
     */
    @Test
    void heavyUnderlinesAreAsWideAsTheThickLineAndAnUnderlineHasItsOwnColour() {
        PdfInspection pdf = convert(run("một", "<w:u w:val=\"dottedHeavy\"/>") + run(" hai", "")
                + run(" ba", "<w:u w:val=\"dashedHeavy\"/>") + run(" bốn", "")
                + run(" năm", "<w:u w:val=\"dashLongHeavy\"/>") + run(" sáu", "")
                + run(" bảy", "<w:u w:val=\"wavyHeavy\"/>") + run(" tám", "")
                + run(" chín", "<w:u w:val=\"single\" w:color=\"FF0000\"/>"));
        List<PdfInspection.Stroke> strokes = pdf.strokes(1);
        float baseline = pdf.baseline(1, "một");

        for (String run : List.of("một", " ba", " năm")) {
            assertThat(assertLines(strokes, pdf.left(1, run), baseline, 1.65f, 1.5f).getFirst().pattern()).isTrue();
        }
        PdfInspection.Stroke wave = startingAt(strokes, pdf.left(1, " bảy"));
        assertThat(wave.curved()).isTrue();
        assertThat(wave.width()).isCloseTo(0.15f, within(0.01f));
        PdfInspection.Area red = pdf.areaOfColour(1, java.awt.Color.RED);
        assertThat(red.left()).isCloseTo(pdf.left(1, " chín"), within(0.3f));
        assertThat((red.top() + red.bottom()) / 2f).isCloseTo(baseline + 1.2f, within(0.3f));
    }

    @Test
    void singleAndDoubleStrikeThroughLieWhereLibreOfficeDrawsThem() {
        PdfInspection pdf = convert(run("một", "<w:strike/>") + run(" hai", "") + run(" ba", "<w:dstrike/>"));
        List<PdfInspection.Stroke> strokes = pdf.strokes(1);
        float baseline = pdf.baseline(1, "một");

        assertLines(strokes, pdf.left(1, "một"), baseline, -4.0f, 0.8f);
        assertLines(strokes, pdf.left(1, " ba"), baseline, -4.3f, 0.5f, -2.8f, 0.5f);
    }

    @Test
    void wordsUnderlinesTheWordsAndNotTheSpacesBetweenThem() {
        PdfInspection pdf = convert(run("Nơi nhận", "<w:u w:val=\"words\"/>"));
        List<PdfInspection.Stroke> strokes = pdf.strokes(1);

        assertThat(strokes).hasSize(2);
        assertThat(strokes.get(0).right()).isCloseTo(pdf.right(1, "Nơi"), within(POSITION));
        assertThat(strokes.get(1).left()).isCloseTo(pdf.left(1, "nhận"), within(POSITION));
    }

    /** The lines that start at the left edge, at the given distances below the baseline and widths. */
    private static List<PdfInspection.Stroke> assertLines(List<PdfInspection.Stroke> strokes, float left,
                                                          float baseline, float... belowAndWidth) {
        List<PdfInspection.Stroke> lines = strokes.stream()
                .filter(stroke -> Math.abs(stroke.left() - left) < 0.5f).toList();
        assertThat(lines).hasSize(belowAndWidth.length / 2);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).y()).isCloseTo(baseline + belowAndWidth[2 * i], within(POSITION));
            assertThat(lines.get(i).width()).isCloseTo(belowAndWidth[2 * i + 1], within(0.01f));
        }
        return lines;
    }

    private static PdfInspection.Stroke startingAt(List<PdfInspection.Stroke> strokes, float left) {
        return strokes.stream().filter(stroke -> Math.abs(stroke.left() - left) < 0.5f).findFirst().orElseThrow();
    }

    private static String run(String text, String properties) {
        return "<w:r><w:rPr>" + properties + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static PdfInspection convert(String runs) {
        PdfResult result = CONVERTER.convert(RawDocx.withBody("<w:p>" + runs + "</w:p>"), META);
        assertThat(result.warnings()).isEmpty();
        return new PdfInspection(result.pdf());
    }
}
