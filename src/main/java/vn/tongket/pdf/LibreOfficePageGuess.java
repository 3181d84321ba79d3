package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The pages LibreOffice puts the body's blocks on when it opens a DOCX, before it lays anything out
 * ({@code SwLayHelper} in {@code sw/source/core/layout/laycache.cxx}). Without a layout cache, which a DOCX never
 * has, it starts a new page after every N "paragraphs", a table counting as many as it has rows, and cuts a table
 * of more than N + 10 into pieces of its own pages. N is 25, or, when it estimates more than 100 paragraphs (its
 * count of document nodes, less 25 a table and 5 a picture or chart), 20, plus 3 for each thousand, at most 53
 * ({@code SwLayHelper::CalcPageCount}, {@code CheckInsert}, {@code CheckInsertPage}). The layout then moves the
 * content to where it belongs, but one of its decisions depends on where this guess put things: a paragraph that
 * keeps with the next one is moved to the next page only when that one flows off its page, which it never does
 * when the guess has put it on a later page already (docs/pdf-fidelity.md, "LibreOffice's layout history").
 */
final class LibreOfficePageGuess {

    private static final int PARAGRAPHS_PER_PAGE = 25;
    private static final int PARAGRAPHS_PER_PAGE_ESTIMATED = 20;
    private static final int MOST_PARAGRAPHS_PER_PAGE = 53;
    private static final int LEAST_ESTIMATED_PARAGRAPHS = 100;
    private static final int NODES_PER_TABLE = 25;
    private static final int NODES_PER_FRAME = 5;
    private static final int LONG_TABLE_EXTRA_ROWS = 10;

    /** The guessed page of each body block, all sections in order, from 1. */
    private final int[] pages;

    private LibreOfficePageGuess(int[] pages) {
        this.pages = pages;
    }

    static LibreOfficePageGuess of(List<DocumentModel.Section> sections) {
        int perPage = paragraphsPerPage(sections);
        List<Integer> pages = new ArrayList<>();
        int page = 1;
        int count = 0;
        boolean first = true;
        boolean breakBeforeNext = false;
        for (int s = 0; s < sections.size(); s++) {
            boolean sectionBreak = s > 0 && sections.get(s).start() != DocumentModel.SectionStart.CONTINUOUS;
            for (Block block : sections.get(s).body()) {
                int rows = block instanceof TableBlock table ? table.rows().size() : 0;
                count += block instanceof TableBlock ? rows : 1;
                if (block instanceof TableBlock table && count > perPage + LONG_TABLE_EXTRA_ROWS) {
                    // cut into pieces, the first on this page, each further one and the rest on pages of their own
                    pages.add(page);
                    page += longTablePages(table, perPage);
                    count = 0;
                    first = false;
                    breakBeforeNext = false;
                    sectionBreak = false;
                    continue;
                }
                boolean breakBefore = breakBeforeNext || sectionBreak || count > perPage
                        || block instanceof ParagraphBlock paragraph && breaksBefore(paragraph);
                if (!first && breakBefore) {
                    page++;
                    count = 0;
                }
                first = false;
                sectionBreak = false;
                breakBeforeNext = block instanceof ParagraphBlock paragraph && breaksAfter(paragraph);
                pages.add(page);
            }
        }
        return new LibreOfficePageGuess(pages.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The page on which LibreOffice first puts body block {@code index} (all sections counted in order). */
    int page(int index) {
        return pages[index];
    }

    private static int paragraphsPerPage(List<DocumentModel.Section> sections) {
        int nodes = 2;
        int tables = 0;
        int frames = 0;
        Set<List<Block>> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DocumentModel.Section section : sections) {
            Count body = count(section.body());
            nodes += body.nodes();
            tables += body.tables();
            frames += body.frames();
            for (DocumentModel.HeaderFooters parts : List.of(section.headers(), section.footers())) {
                for (List<Block> part : List.of(parts.first(), parts.defaultKind(), parts.even())) {
                    if (counted.add(part)) {
                        tables += count(part).tables();
                    }
                }
            }
        }
        int estimate = nodes - NODES_PER_TABLE * tables - NODES_PER_FRAME * frames;
        if (estimate <= LEAST_ESTIMATED_PARAGRAPHS) {
            return PARAGRAPHS_PER_PAGE;
        }
        return Math.min(MOST_PARAGRAPHS_PER_PAGE, PARAGRAPHS_PER_PAGE_ESTIMATED + estimate / 1000 * 3);
    }

    /** Document nodes (a paragraph, a table's start and end, each cell's), tables and frames of some blocks. */
    private record Count(int nodes, int tables, int frames) {

        Count plus(Count other) {
            return new Count(nodes + other.nodes, tables + other.tables, frames + other.frames);
        }
    }

    private static Count count(List<Block> blocks) {
        Count total = new Count(0, 0, 0);
        for (Block block : blocks) {
            total = total.plus(switch (block) {
                case ParagraphBlock paragraph -> new Count(1, 0, (int) paragraph.inlines().stream()
                        .filter(inline -> inline instanceof Inline.Graphic || inline instanceof Inline.Floating)
                        .count());
                case TableBlock table -> {
                    Count cells = new Count(2, 1, 0);
                    for (TableBlock.Row row : table.rows()) {
                        for (TableBlock.Cell cell : row.cells()) {
                            cells = cells.plus(new Count(2, 0, 0)).plus(count(cell.content()));
                        }
                    }
                    yield cells;
                }
            });
        }
        return total;
    }

    /**
     * How many pages further the paragraph after a long table starts: LibreOffice cuts the table every
     * {@code perPage} rows ({@code perPage} over the cells of a row when the table has no more than three times
     * {@code perPage} rows; at least 2), repeating its header rows in each piece.
     */
    private static int longTablePages(TableBlock table, int perPage) {
        int rows = table.rows().size();
        int cells = table.rows().get(Math.min(1, rows - 1)).cells().size();
        int rowsPerPage = rows > 3 * perPage ? perPage : Math.max(2, perPage / Math.max(1, cells));
        int repeat = table.headerRows();
        int rowCount = 0;
        int pieces = 0;
        boolean split;
        do {
            int offset = rowCount + rowsPerPage;
            split = offset < rows && rowCount + repeat < offset;
            if (split) {
                rows += repeat;
                rowCount = offset;
            }
            pieces++;
        } while (split);
        return pieces;
    }

    /** A page break as the paragraph's first content, or the paragraph's own page break before. */
    private static boolean breaksBefore(ParagraphBlock paragraph) {
        List<Inline> inlines = paragraph.inlines();
        return paragraph.style().pageBreakBefore()
                || !inlines.isEmpty() && inlines.getFirst() instanceof Inline.PageBreak && inlines.size() > 1;
    }

    /** A page break that LibreOffice gives to the next paragraph: one that ends the paragraph or is all of it. */
    private static boolean breaksAfter(ParagraphBlock paragraph) {
        List<Inline> inlines = paragraph.inlines();
        return !inlines.isEmpty() && inlines.getLast() instanceof Inline.PageBreak;
    }
}
