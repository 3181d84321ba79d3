package vn.tongket.pdf;

/** A piece of paragraph content, in reading order. */
sealed interface Inline {

    /** Text drawn in one style; NFC-normalized, capitalized if the run asks for caps. */
    record Text(String text, RunStyle style) implements Inline {
    }

    /**
     * A field whose value depends on pagination.
     *
     * @param cachedResult the value Word stored in the document when it last updated the field
     */
    record PageField(Kind kind, RunStyle style, String cachedResult) implements Inline {
        enum Kind { PAGE, NUMPAGES }
    }

    /** A tab character ({@code w:tab}, {@code w:ptab}). */
    record Tab(RunStyle style) implements Inline {
    }

    /** A line break inside the paragraph ({@code w:br}, {@code w:cr}). */
    record LineBreak(RunStyle style) implements Inline {
    }

    /** A page break ({@code w:br w:type="page"}, and column breaks in single-column layout). */
    record PageBreak() implements Inline {
    }
}
