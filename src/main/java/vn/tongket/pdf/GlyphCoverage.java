package vn.tongket.pdf;

import java.util.List;

/**
 * Checks, before drawing, that every character has a glyph in a bundled font, and names the fonts that the
 * document asks for but the mapping does not know (they are drawn with Liberation Serif). A character the chosen
 * font lacks is drawn with a fallback font ({@link FontLibrary#faceFor}); one that no bundled font has would
 * vanish from the PDF, so it is reported with its place.
 */
final class GlyphCoverage {

    private final FontLibrary fonts;
    private final Warnings warnings;

    private GlyphCoverage(FontLibrary fonts, Warnings warnings) {
        this.fonts = fonts;
        this.warnings = warnings;
    }

    static void check(DocumentModel model, FontLibrary fonts, Warnings warnings) {
        GlyphCoverage coverage = new GlyphCoverage(fonts, warnings);
        for (DocumentModel.Section section : model.sections()) {
            for (DocumentModel.HeaderFooters set : List.of(section.headers(), section.footers())) {
                coverage.blocks(set.first());
                coverage.blocks(set.defaultKind());
                coverage.blocks(set.even());
            }
            coverage.blocks(section.body());
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            switch (block) {
                case ParagraphBlock paragraph -> paragraph(paragraph);
                case TableBlock table -> table.rows().forEach(row -> row.cells().forEach(c -> blocks(c.content())));
            }
        }
    }

    private void paragraph(ParagraphBlock paragraph) {
        for (Inline inline : paragraph.inlines()) {
            if (inline instanceof Inline.Text text) {
                text(text.text(), text.style().fontName(), fonts.face(text.style()), paragraph.location());
            } else if (inline instanceof Inline.Note note) {
                blocks(note.body());
            } else if (inline instanceof Inline.TextBox box) {
                blocks(box.content());
            } else if (inline instanceof Inline.Floating floating && floating.graphic() instanceof Inline.TextBox box) {
                blocks(box.content());
            } else if (inline instanceof Inline.Chart chart) {
                ChartModel model = chart.chart();
                FontLibrary.Face face = fonts.face(model.fontName(), false, false);
                model.texts().forEach(t -> text(t, model.fontName(), face, paragraph.location() + ", chart"));
            }
        }
    }

    private void text(String text, String fontName, FontLibrary.Face face, String location) {
        if (!fonts.isMapped(fontName)) {
            warnings.add("document", "font '" + fontName + "' is replaced by " + face.familyName());
        }
        text.codePoints()
                .filter(cp -> fonts.faceFor(face, cp) == null)
                .forEach(cp -> warnings.add(location, "character U+%04X '%s' is in no bundled font and is not drawn"
                        .formatted(cp, Character.toString(cp))));
    }
}
