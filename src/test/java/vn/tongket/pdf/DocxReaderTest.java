package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The layout model read from the sample report: page set-up, style chain, tables, header. */
class DocxReaderTest {

    private static final DocumentModel REPORT = read(SampleDocx.partyReport());

    @Test
    void pageSetupComesFromTheBodySectionInPoints() {
        PageSetup page = REPORT.page();

        assertThat(page.width()).isCloseTo(595.3f, within(0.01f));
        assertThat(page.height()).isCloseTo(841.9f, within(0.01f));
        assertThat(page.marginTop()).isCloseTo(56.7f, within(0.01f));
        assertThat(page.marginBottom()).isCloseTo(56.7f, within(0.01f));
        assertThat(page.marginLeft()).isCloseTo(85.05f, within(0.01f));
        assertThat(page.marginRight()).isCloseTo(42.5f, within(0.01f));
        assertThat(page.headerDistance()).isCloseTo(28.35f, within(0.01f));
        assertThat(page.titlePage()).isTrue();
        assertThat(page.firstPageNumber()).isNull();
    }

    @Test
    void headingStyleResolvesThroughBasedOnDocumentDefaultsAndItsOwnProperties() {
        ParagraphBlock heading = paragraphStartingWith("I. KẾT QUẢ");
        ParagraphStyle style = heading.style();
        RunStyle run = ((Inline.Text) heading.inlines().getFirst()).style();

        assertThat(style.alignment()).isEqualTo(ParagraphStyle.Alignment.JUSTIFIED);
        assertThat(style.spaceBefore()).isEqualTo(6f);
        assertThat(style.lineSpacing()).isEqualTo(new LineSpacing(LineSpacing.Rule.AUTO, 1.2f));
        assertThat(style.firstLineIndent()).isZero();
        assertThat(style.keepNext()).isTrue();
        assertThat(run.fontName()).isEqualTo("Times New Roman");
        assertThat(run.sizePt()).isEqualTo(14f);
        assertThat(run.bold()).isTrue();
    }

    @Test
    void directRunFormattingOverridesTheStyle() {
        List<Inline> inlines = paragraphStartingWith("Năm 2023").inlines();

        assertThat(inlines).hasSize(4);
        assertThat(((Inline.Text) inlines.get(0)).style().bold()).isFalse();
        assertThat(((Inline.Text) inlines.get(1)).style().bold()).isTrue();
        assertThat(((Inline.Text) inlines.get(2)).style().italic()).isTrue();
        assertThat(((Inline.Text) inlines.get(3)).style().underline()).isEqualTo(RunStyle.TextLine.SINGLE);
        assertThat(paragraphStartingWith("Năm 2023").style().firstLineIndent()).isCloseTo(28.35f, within(0.01f));
    }

    @Test
    void headerBlockTableHasGridWidthsAndNoVisibleBorders() {
        TableBlock table = (TableBlock) REPORT.body().getFirst();

        assertThat(table.columnWidths()).containsExactly(200f, 267.75f);
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.cells()).allSatisfy(cell -> {
            assertThat(cell.top().isVisible()).isFalse();
            assertThat(cell.left().isVisible()).isFalse();
            assertThat(cell.bottom().isVisible()).isFalse();
            assertThat(cell.right().isVisible()).isFalse();
        }));
        assertThat(table.rows().getFirst().cells().getFirst().content()).hasSize(4);
        // no compatibility mode: laid out as by Word 2007, the cell text lines up with the margin
        assertThat(table.indent()).isCloseTo(-5.4f, within(0.01f));
    }

    @Test
    void borderedTableTakesBordersFromItsStyleAndFoldsSpans() {
        TableBlock table = (TableBlock) REPORT.body().stream()
                .filter(block -> block instanceof TableBlock t && t.columnWidths().size() == 4)
                .findFirst().orElseThrow();
        List<TableBlock.Row> rows = table.rows();

        assertThat(table.columnWidths()).containsExactly(35f, 212.75f, 110f, 110f);
        assertThat(rows.get(0).cells()).extracting(TableBlock.Cell::columnSpan).containsExactly(1, 1, 2);
        assertThat(rows.get(1).cells()).extracting(TableBlock.Cell::rowSpan).containsExactly(2, 1, 1, 1);
        assertThat(rows.get(1).cells().getFirst().verticalAlignment()).isEqualTo(TableBlock.VerticalAlignment.CENTER);
        assertThat(rows.get(2).cells()).hasSize(3);
        assertThat(rows.get(3).cells()).allSatisfy(cell -> {
            assertThat(cell.top()).isEqualTo(new Border(0.5f, java.awt.Color.BLACK));
            assertThat(cell.bottom()).isEqualTo(new Border(0.5f, java.awt.Color.BLACK));
        });
    }

    @Test
    void defaultHeaderHoldsACentredFourteenPointPageFieldAndTheFirstPageHeaderIsEmpty() {
        ParagraphBlock number = (ParagraphBlock) REPORT.headers().defaultKind().getFirst();
        ParagraphBlock first = (ParagraphBlock) REPORT.headers().first().getFirst();

        assertThat(number.style().alignment()).isEqualTo(ParagraphStyle.Alignment.CENTER);
        assertThat(number.inlines()).singleElement().isInstanceOfSatisfying(Inline.PageField.class, field -> {
            assertThat(field.kind()).isEqualTo(Inline.PageField.Kind.PAGE);
            assertThat(field.style().sizePt()).isEqualTo(14f);
            assertThat(field.cachedResult()).isEqualTo("1");
        });
        assertThat(first.inlines()).isEmpty();
        assertThat(REPORT.usesPageCount()).isFalse();
    }

    @Test
    void pageBreakIsAnInlineOfItsParagraph() {
        assertThat(REPORT.body()).anySatisfy(block -> assertThat(block).isInstanceOfSatisfying(
                ParagraphBlock.class, p -> assertThat(p.inlines()).containsExactly(new Inline.PageBreak())));
    }

    private static ParagraphBlock paragraphStartingWith(String prefix) {
        return REPORT.body().stream()
                .filter(block -> block instanceof ParagraphBlock p && !p.inlines().isEmpty()
                        && p.inlines().getFirst() instanceof Inline.Text t && t.text().startsWith(prefix))
                .map(ParagraphBlock.class::cast)
                .findFirst().orElseThrow();
    }

    private static DocumentModel read(byte[] docx) {
        try {
            return DocxReader.read(DocxPackage.read(docx), new Warnings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
