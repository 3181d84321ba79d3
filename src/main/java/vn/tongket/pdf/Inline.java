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

    /**
     * A picture in the line ({@code w:drawing/wp:inline}), standing on the baseline.
     *
     * @param image  the bytes of the image part (PNG, JPEG, GIF, BMP, TIFF)
     * @param widthPt  the drawn width ({@code wp:extent cx}) in points
     * @param heightPt the drawn height ({@code wp:extent cy}) in points
     */
    record Picture(byte[] image, float widthPt, float heightPt) implements Inline {
    }
}
