package vn.tongket.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The floating graphics of one paragraph that wrap text above and below them, laid out as LibreOffice lays them out:
 * each at its own offsets from the paragraph's top and the margin (side by side when the offsets say so, even when
 * they overlap), except that a graphic that may not overlap others ({@code allowOverlap="0"}) goes down to the
 * bottom of an earlier one it would overlap. The text goes below the lowest of them.
 * <p>
 * Measured in LibreOffice's PDF: two 100 × 40 pt rectangles at (0, 0) and (200, 10) pt, or overlapping at (0, 0) and
 * (50, 10), stay there and the text starts 50 pt below the paragraph's top (and half their outline's width); with
 * {@code allowOverlap="0"} the second goes to 40 pt and the text starts at 80 pt.
 */
final class WrappingFloats {

    /** A graphic at its place: points from the column's left edge and from the top of the band. */
    record Placed(Inline.Floating floating, float left, float top, float width, float height) {
        float right() {
            return left + width;
        }

        float bottom() {
            return top + height;
        }

        boolean overlaps(Placed other) {
            return left < other.right() && other.left < right() && top < other.bottom() && other.top < bottom();
        }
    }

    private final List<Placed> placed;

    private WrappingFloats(List<Placed> placed) {
        this.placed = List.copyOf(placed);
    }

    /** Places the graphics (in the paragraph's order) in a column of the width that starts at the margin. */
    static WrappingFloats place(List<Inline.Floating> floats, float columnWidth, PageSetup page) {
        List<Placed> placed = new ArrayList<>();
        for (Inline.Floating floating : floats) {
            Inline.Graphic graphic = floating.graphic();
            float width = graphic.widthPt();
            float left = Math.max(0f, Math.min(floating.placement().left(width, page) - page.marginLeft(),
                    columnWidth - width));
            Placed here = new Placed(floating, left, Math.max(0f, floating.placement().y()), width,
                    graphic.drawnHeightPt());
            if (!floating.placement().allowOverlap()) {
                here = below(here, placed);
            }
            placed.add(here);
        }
        return new WrappingFloats(placed);
    }

    /** Moved down below every earlier graphic it overlaps, until it overlaps none. */
    private static Placed below(Placed graphic, List<Placed> earlier) {
        Placed moved = graphic;
        boolean overlapping = true;
        while (overlapping) {
            overlapping = false;
            for (Placed other : earlier) {
                if (moved.overlaps(other)) {
                    moved = new Placed(moved.floating(), moved.left(), other.bottom(), moved.width(), moved.height());
                    overlapping = true;
                }
            }
        }
        return moved;
    }

    /** How far the highest graphic lies below the paragraph's top. */
    float top() {
        return (float) placed.stream().mapToDouble(Placed::top).min().orElse(0d);
    }

    /** How far the lowest graphic's bottom lies below the paragraph's top. */
    float bottom() {
        return (float) placed.stream().mapToDouble(Placed::bottom).max().orElse(0d);
    }

    /**
     * The room kept free below the lowest graphic: its distance from the text, and the half of a shape's outline that
     * lies below its box (LibreOffice keeps the text clear of the outline's ink: 0.5 pt lower under a 1 pt outline,
     * 2 pt under a 4 pt one, measured).
     */
    float gapBelow() {
        Placed lowest = placed.stream().max(java.util.Comparator.comparingDouble(Placed::bottom)).orElseThrow();
        return lowest.floating().placement().gapBelow() + outlineBelow(lowest.floating().graphic());
    }

    /** A horizontal line's form already holds its whole width. */
    private static float outlineBelow(Inline.Graphic graphic) {
        Inline.Shape outline = switch (graphic) {
            case Inline.Shape shape -> shape;
            case Inline.TextBox box -> box.frame();
            default -> null;
        };
        return outline == null || outline.stroke() == null || graphic.heightPt() <= 0f ? 0f
                : outline.strokeWidth() / 2f;
    }

    /**
     * The graphics drawn in one form as wide as the column and as tall as from the highest graphic's top to the
     * lowest's bottom, not clipped at it (an outline or a graphic may reach beyond the column).
     */
    Image form(PdfWriter writer, float columnWidth, Function<Inline.Graphic, Image> images) {
        float top = top();
        float height = Math.max(bottom() - top, 0.01f);
        PdfTemplate form = writer.getDirectContent().createTemplate(columnWidth, height);
        for (Placed graphic : placed) {
            Image image = images.apply(graphic.floating().graphic());
            try {
                form.addImage(image, image.getScaledWidth(), 0f, 0f, image.getScaledHeight(), graphic.left(),
                        height - (graphic.top() - top) - image.getScaledHeight());
            } catch (DocumentException e) {
                throw new IllegalStateException("a readable picture can be drawn", e);
            }
        }
        return ShapeDrawer.unclipped(form, columnWidth, height, Math.max(columnWidth, height) / 2f);
    }
}
