package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfWriter;

class WorstCaseHeightTest {

    private static final FontLibrary FONTS = FontLibrary.with(FontMapping.defaults());
    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàảãáạềểễếệ0123456789,.";

    /** Wherever the bound says the paragraphs fit, OpenPDF lays all of their lines out in that height. */
    @Test
    void paragraphsThatSurelyFitDoFit() {
        Random random = new Random(20261123);
        int checked = 0;
        for (int round = 0; round < 400; round++) {
            float width = 80f + random.nextInt(420);
            List<Element> elements = paragraphs(random);
            float bound = WorstCaseHeight.of(elements, width);
            for (int trial = 0; trial < 5; trial++) {
                // mostly around the bound, where it decides
                float height = Float.isFinite(bound) ? bound * (0.9f + 0.2f * random.nextFloat()) : 1_000f;
                if (WorstCaseHeight.surelyFits(elements, width, height)) {
                    assertThat(fits(elements, width, height)).as("round %d, height %f", round, height).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aHangingIndentOrATableHasNoBound() {
        Paragraph hanging = paragraph("Đảng bộ huyện Thường Tín lãnh đạo thực hiện nhiệm vụ năm 2023.", 14f, 16f);
        hanging.setIndentationLeft(20f);
        hanging.setFirstLineIndent(-20f);

        assertThat(WorstCaseHeight.of(List.of(hanging), 450f)).isInfinite();
        assertThat(WorstCaseHeight.of(List.of(new org.openpdf.text.pdf.PdfPTable(1)), 450f)).isInfinite();
    }

    @Test
    void theBoundOfAPlainParagraphIsFiniteAndAtLeastItsHeight() {
        Paragraph plain = paragraph("Ban Thường vụ Huyện ủy đã tổ chức 24 hội nghị, ban hành 56 nghị quyết. ".repeat(6), 14f,
                16.1f);
        plain.setFirstLineIndent(28f);
        plain.setSpacingAfter(6f);

        float bound = WorstCaseHeight.of(List.of(plain), 450f);

        assertThat(bound).isFinite().isGreaterThanOrEqualTo(laidOutHeight(List.of(plain), 450f));
    }

    private static List<Element> paragraphs(Random random) {
        List<Element> elements = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            float size = 6f + random.nextInt(20);
            Paragraph paragraph = new Paragraph();
            paragraph.setLeading(size * (0.8f + random.nextFloat()), 0f);
            paragraph.setIndentationLeft(random.nextInt(3) == 0 ? random.nextInt(60) : 0f);
            paragraph.setIndentationRight(random.nextInt(3) == 0 ? random.nextInt(60) : 0f);
            paragraph.setFirstLineIndent(random.nextInt(2) == 0 ? random.nextInt(50) : 0f);
            paragraph.setSpacingBefore(random.nextInt(20));
            paragraph.setSpacingAfter(random.nextInt(20));
            int chunks = 1 + random.nextInt(4);
            for (int c = 0; c < chunks; c++) {
                FontLibrary.Face face = FONTS.face("Times New Roman", random.nextBoolean(), random.nextBoolean());
                Chunk chunk = new Chunk(text(random), new Font(face.font(), size + random.nextInt(4)));
                if (random.nextInt(5) == 0) {
                    chunk.setCharacterSpacing(random.nextFloat() * 2f - 0.5f);
                }
                paragraph.add(chunk);
            }
            elements.add(paragraph);
        }
        return elements;
    }

    /** Words of 1 to 40 characters (some longer than a narrow line) between one or more spaces. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : random.nextInt(120);
        for (int w = 0; w < words; w++) {
            int length = random.nextInt(8) == 0 ? 10 + random.nextInt(30) : 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            text.append(random.nextInt(6) == 0 ? "   " : " ");
        }
        return text.toString();
    }

    private static Paragraph paragraph(String text, float size, float leading) {
        Paragraph paragraph = new Paragraph(new Chunk(text, new Font(FONTS.face("Times New Roman", false, false).font(),
                size)));
        paragraph.setLeading(leading, 0f);
        return paragraph;
    }

    /** Whether all lines fit in a column of the size, the space before the first paragraph kept, as BodyFlow asks. */
    private static boolean fits(List<Element> elements, float width, float height) {
        ColumnText column = column(elements, width, height);
        column.setAdjustFirstLine(false);
        return !ColumnText.hasMoreText(column.go(true));
    }

    private static float laidOutHeight(List<Element> elements, float width) {
        ColumnText column = column(elements, width, 100_000f);
        column.setAdjustFirstLine(false);
        column.go(true);
        return 100_000f - column.getYLine();
    }

    private static ColumnText column(List<Element> elements, float width, float height) {
        ColumnText column = new ColumnText(null);
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        column.setSimpleColumn(0f, 0f, width, height);
        elements.forEach(column::addElement);
        return column;
    }
}
