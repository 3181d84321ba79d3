package vn.tongket.pdf;

import java.util.List;

/**
 * Checks, before drawing, that every character has a glyph in the font that will draw it, and names the fonts
 * that the document asks for but the PDF replaces. A missing glyph would otherwise vanish from the PDF silently.
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
        for (DocumentModel.HeaderFooters set : List.of(model.headers(), model.footers())) {
            coverage.blocks(set.first());
            coverage.blocks(set.defaultKind());
            coverage.blocks(set.even());
        }
        coverage.blocks(model.body());
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
                text(text, paragraph.location());
            }
        }
    }

    private void text(Inline.Text text, String location) {
        FontLibrary.Face face = fonts.face(text.style());
        if (!FontLibrary.isStandIn(text.style().fontName())) {
            warnings.add("document", "font '" + text.style().fontName() + "' is replaced by " + face.familyName());
        }
        text.text().codePoints()
                .filter(cp -> !Character.isISOControl(cp) && !face.font().charExists(cp))
                .forEach(cp -> warnings.add(location, "character U+%04X '%s' is missing from %s and is not drawn"
                        .formatted(cp, Character.toString(cp), face.name())));
    }
}
