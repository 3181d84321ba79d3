package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the paragraphs of the body that become entries of the PDF outline (bookmarks).
 * <p>
 * Paragraphs with an outline level ({@code w:outlineLvl} set directly or by their style, as the built-in Heading
 * styles do) are the headings. A document where no paragraph has one, such as the shipped templates, which set
 * their headings as bold body text, gets headings by a rule of the Party document format instead: a paragraph
 * whose text is all bold and starts with a Roman numeral and a full stop ("I. ", "IV. ") is a level-1 heading; one
 * that is all bold and starts with a number and a full stop ("1. ", "12. ") is a level-2 heading.
 * <p>
 * Only paragraphs of the body itself, not in tables, become entries; empty headings are left out.
 */
final class Outline {

    /** I to XXXIX, then a full stop and white space. */
    private static final Pattern ROMAN_SECTION = Pattern.compile("^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})\\.\\s.*");
    private static final Pattern NUMBERED_SECTION = Pattern.compile("^\\d{1,3}\\.\\s.*");

    private Outline() {
    }

    /** The body with a {@link ParagraphBlock.Heading} on each paragraph that is an outline entry. */
    static List<Block> assign(List<Block> body) {
        boolean levelsGiven = hasOutlineLevel(body);
        List<Block> result = new ArrayList<>(body.size());
        for (Block block : body) {
            if (block instanceof ParagraphBlock paragraph) {
                int level = levelsGiven ? paragraph.style().outlineLevel() : levelByRule(paragraph);
                String title = level >= 0 ? paragraph.plainText() : "";
                result.add(!title.isEmpty()
                        ? paragraph.withHeading(new ParagraphBlock.Heading(level, title))
                        : paragraph);
            } else {
                result.add(block);
            }
        }
        return result;
    }

    private static int levelByRule(ParagraphBlock paragraph) {
        if (!paragraph.isAllBold()) {
            return -1;
        }
        String text = paragraph.plainText();
        if (ROMAN_SECTION.matcher(text).matches()) {
            return 0;
        }
        return NUMBERED_SECTION.matcher(text).matches() ? 1 : -1;
    }

    /** Whether some paragraph, in the body or in a table, has an outline level. */
    private static boolean hasOutlineLevel(List<Block> blocks) {
        for (Block block : blocks) {
            switch (block) {
                case ParagraphBlock paragraph -> {
                    if (paragraph.style().outlineLevel() >= 0) {
                        return true;
                    }
                }
                case TableBlock table -> {
                    for (TableBlock.Row row : table.rows()) {
                        for (TableBlock.Cell cell : row.cells()) {
                            if (hasOutlineLevel(cell.content())) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
