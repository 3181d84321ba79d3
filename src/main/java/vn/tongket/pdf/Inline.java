package vn.tongket.pdf;

import java.util.List;

/** A piece of paragraph content, in reading order. */
sealed interface Inline {

    /**
     * Text drawn in one style; NFC-normalized, capitalized if the run asks for caps.
     *
     * @param link where the text links to, or null
     */
    record Text(String text, RunStyle style, Link link) implements Inline {
        Text(String text, RunStyle style) {
            this(text, style, null);
        }
    }

    /**
     * The target of a hyperlink ({@code w:hyperlink}): a web address or other external target, or a bookmark of the
     * document ({@code w:anchor}); exactly one is set.
     */
    record Link(String url, String bookmark) {
    }

    /** Where a bookmark ({@code w:bookmarkStart}) starts: the target of internal links of that name. */
    record Bookmark(String name) implements Inline {
    }

    /**
     * A field whose value depends on pagination.
     *
     * @param cachedResult the value Word stored in the document when it last updated the field
     */
    record PageField(Kind kind, RunStyle style, String cachedResult) implements Inline {
        enum Kind { PAGE, NUMPAGES }
    }

    /**
     * A footnote's reference mark in the text ({@code w:footnoteReference}); the note is drawn at the foot of the
     * page where the mark lands.
     *
     * @param mark  the mark, the note's number ("" when the text that follows is the mark: {@code customMarkFollows})
     * @param style the look of the mark (superscript through the footnote reference style)
     * @param body  the note, its own mark in front
     */
    record Note(String mark, RunStyle style, List<Block> body) implements Inline {
        public Note {
            body = List.copyOf(body);
        }
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

    /** Something drawn in a box of its own size: a picture or a chart. */
    sealed interface Graphic extends Inline permits Picture, Chart, Shape, TextBox {
        float widthPt();

        float heightPt();

        /** The height the graphic takes when drawn (a horizontal line is as tall as it is thick). */
        default float drawnHeightPt() {
            return heightPt();
        }
    }

    /**
     * A picture in the line ({@code w:drawing/wp:inline}), standing on the baseline.
     *
     * @param image  the bytes of the image part (PNG, JPEG, GIF, BMP, TIFF)
     * @param widthPt  the drawn width ({@code wp:extent cx}) in points
     * @param heightPt the drawn height ({@code wp:extent cy}) in points
     */
    record Picture(byte[] image, float widthPt, float heightPt) implements Graphic {
    }

    /** A chart ({@code c:chart} in a drawing) drawn at the drawing's extent, standing on the baseline like a picture. */
    record Chart(ChartModel chart, float widthPt, float heightPt) implements Graphic {
    }

    /**
     * A shape drawn in the text ({@code wps:wsp}) at the drawing's extent: a line, a rectangle or an ellipse, or one
     * of the presets a clerk draws a diagram with.
     *
     * @param stroke      the outline colour, or null for none
     * @param strokeWidth the outline width in points
     * @param fill        the fill colour, or null for none (lines have none)
     * @param flipped     whether a line runs from the bottom left to the top right
     * @param look        the preset's adjustments, the outline's dashes and a line's arrow heads
     */
    record Shape(Geometry geometry, java.awt.Color stroke, float strokeWidth, java.awt.Color fill, boolean flipped,
                 float widthPt, float heightPt, Look look) implements Graphic {

        enum Geometry { LINE, RECTANGLE, ROUNDED_RECTANGLE, ELLIPSE, TRIANGLE, DIAMOND, RIGHT_ARROW }

        Shape(Geometry geometry, java.awt.Color stroke, float strokeWidth, java.awt.Color fill, boolean flipped,
              float widthPt, float heightPt) {
            this(geometry, stroke, strokeWidth, fill, flipped, widthPt, heightPt, Look.PLAIN);
        }

        /**
         * @param adjust    the preset's adjust values ({@code a:avLst}) as shares (50000 is 0.5), in order; empty for
         *                  the preset's defaults
         * @param dash      dash and gap lengths in line widths, or empty for a solid outline
         * @param startHead the arrow head at a line's start ({@code a:headEnd}), or null
         * @param endHead   the arrow head at a line's end ({@code a:tailEnd}), or null
         */
        record Look(java.util.List<Float> adjust, java.util.List<Float> dash, Head startHead, Head endHead) {
            static final Look PLAIN = new Look(java.util.List.of(), java.util.List.of(), null, null);

            public Look {
                adjust = java.util.List.copyOf(adjust);
                dash = java.util.List.copyOf(dash);
            }

            /** A filled triangle at the end of a line: its width across the line and its length along it, in points. */
            record Head(float width, float length) {
            }

            /** The adjust value at the index, or the preset's default. */
            float adjust(int index, float preset) {
                return index < adjust.size() ? adjust.get(index) : preset;
            }
        }

        @Override
        public float drawnHeightPt() {
            if (heightPt > 0f) {
                return Math.max(heightPt, strokeWidth);
            }
            float heads = Math.max(look.startHead() == null ? 0f : look.startHead().width(),
                    look.endHead() == null ? 0f : look.endHead().width());
            return Math.max(strokeWidth, heads);
        }
    }

    /**
     * A text box ({@code wps:txbx}): its paragraphs and tables drawn in a rectangle of the drawing's extent, inside
     * the insets of its body ({@code wps:bodyPr}), over its fill and under its outline.
     *
     * @param frame  the rectangle's fill and outline (its geometry is a rectangle)
     * @param insets left, top, right and bottom distance of the text from the edges, in points
     */
    record TextBox(List<Block> content, Shape frame, float[] insets) implements Graphic {
        public TextBox {
            content = List.copyOf(content);
            insets = insets.clone();
        }

        @Override
        public float widthPt() {
            return frame.widthPt();
        }

        @Override
        public float heightPt() {
            return frame.heightPt();
        }
    }

    /**
     * A floating picture, chart, shape or text box ({@code wp:anchor}), placed relative to the page, the margins or its paragraph
     * instead of in the line.
     *
     * @param graphic   what is drawn
     * @param placement where it goes
     */
    record Floating(Graphic graphic, FloatPlacement placement) implements Inline {
    }
}
