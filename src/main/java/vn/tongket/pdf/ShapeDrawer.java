package vn.tongket.pdf;

import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws an {@link Inline.Shape} or {@link Inline.TextBox} as a form of its size. A line without height (a horizontal
 * rule) gets a form as tall as the line is wide, with the line along its middle.
 */
final class ShapeDrawer {

    private ShapeDrawer() {
    }

    static PdfTemplate draw(PdfWriter writer, Inline.Shape shape) {
        float width = Math.max(shape.widthPt(), shape.strokeWidth());
        float height = shape.drawnHeightPt();
        PdfTemplate form = writer.getDirectContent().createTemplate(width, height);
        drawInto(form, shape, width, height);
        return form;
    }

    /** A text box: its fill, its content inside the insets, its outline over them. */
    static PdfTemplate draw(PdfWriter writer, Inline.TextBox box, BlockRenderer blocks, ChunkTags tags) {
        float width = box.widthPt();
        float height = box.heightPt();
        PdfTemplate form = writer.getDirectContent().createTemplate(width, height);
        Inline.Shape frame = box.frame();
        drawInto(form, new Inline.Shape(frame.geometry(), null, 0f, frame.fill(), false, width, height, frame.look()),
                width, height);
        float[] insets = box.insets();
        ColumnText column = new ColumnText(form);
        column.setSimpleColumn(insets[0], insets[3], Math.max(insets[0] + 1f, width - insets[2]), height - insets[1]);
        column.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        float textWidth = Math.max(1f, width - insets[0] - insets[2]);
        blocks.render(box.content(), Inline.PageField::cachedResult,
                BlockSink.withoutPageBreaks(column::addElement, textWidth));
        tags.drawingOn(form, column::go);
        if (frame.stroke() != null) {
            drawInto(form, new Inline.Shape(frame.geometry(), frame.stroke(), frame.strokeWidth(), null, false, width,
                    height, frame.look()), width, height);
        }
        return form;
    }

    private static void drawInto(PdfContentByte form, Inline.Shape shape, float width, float height) {
        form.saveState();
        float inset = shape.strokeWidth() / 2f;
        boolean stroked = shape.stroke() != null && shape.strokeWidth() > 0f;
        Inline.Shape.Look look = shape.look();
        if (stroked) {
            form.setColorStroke(shape.stroke());
            form.setLineWidth(shape.strokeWidth());
            if (!look.dash().isEmpty()) {
                float[] dash = new float[look.dash().size()];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = look.dash().get(i) * shape.strokeWidth();
                }
                form.setLineDash(dash, 0f);
            }
        }
        if (shape.fill() != null) {
            form.setColorFill(shape.fill());
        }
        switch (shape.geometry()) {
            case LINE -> {
                line(form, shape, width, height, stroked);
                form.restoreState();
                return;
            }
            case RECTANGLE -> form.rectangle(inset, inset, width - 2 * inset, height - 2 * inset);
            // the corner's radius is the adjust value's share of the shorter side (Word's preset: a sixth)
            case ROUNDED_RECTANGLE -> form.roundRectangle(inset, inset, width - 2 * inset, height - 2 * inset,
                    look.adjust(0, ROUND_RECT_RADIUS) * Math.min(width, height));
            case ELLIPSE -> form.ellipse(inset, inset, width - inset, height - inset);
            // the apex at the adjust value's share of the width
            case TRIANGLE -> polygon(form, inset + look.adjust(0, 0.5f) * (width - 2 * inset), height - inset,
                    width - inset, inset, inset, inset);
            case DIAMOND -> polygon(form, width / 2f, height - inset, width - inset, height / 2f, width / 2f, inset,
                    inset, height / 2f);
            case RIGHT_ARROW -> {
                // the shaft as tall as the first adjust value's share of the height, the head as long as the
                // second's share of the shorter side
                float shaft = look.adjust(0, 0.5f) * (height - 2 * inset) / 2f;
                float neck = width - inset - look.adjust(1, 0.5f) * Math.min(width, height);
                float middle = height / 2f;
                polygon(form, inset, middle + shaft, neck, middle + shaft, neck, height - inset, width - inset,
                        middle, neck, inset, neck, middle - shaft, inset, middle - shaft);
            }
        }
        if (stroked && shape.fill() != null) {
            form.fillStroke();
        } else if (stroked) {
            form.stroke();
        } else if (shape.fill() != null) {
            form.fill();
        } else {
            form.newPath();
        }
        form.restoreState();
    }

    /** Word's preset corner of a rounded rectangle: a sixth of the shorter side ({@code adj} 16667). */
    private static final float ROUND_RECT_RADIUS = 0.16667f;

    private static void polygon(PdfContentByte form, float... points) {
        form.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            form.lineTo(points[i], points[i + 1]);
        }
        form.closePath();
    }

    /** A line, ending at the base of its arrow heads, which are filled triangles in the line's colour. */
    private static void line(PdfContentByte form, Inline.Shape shape, float width, float height, boolean stroked) {
        float x0 = 0f;
        float x1 = width;
        float y0;
        float y1;
        if (shape.heightPt() <= 0f) {
            y0 = height / 2f;
            y1 = height / 2f;
        } else if (shape.flipped()) {
            y0 = 0f;
            y1 = height;
        } else {
            y0 = height;
            y1 = 0f;
        }
        if (!stroked) {
            return;
        }
        float length = (float) Math.hypot(x1 - x0, y1 - y0);
        float dx = length == 0f ? 1f : (x1 - x0) / length;
        float dy = length == 0f ? 0f : (y1 - y0) / length;
        Inline.Shape.Look.Head start = shape.look().startHead();
        Inline.Shape.Look.Head end = shape.look().endHead();
        float from = start == null ? 0f : start.length();
        float to = end == null ? 0f : end.length();
        form.moveTo(x0 + dx * from, y0 + dy * from);
        form.lineTo(x1 - dx * to, y1 - dy * to);
        form.stroke();
        form.setLineDash(0f);
        form.setColorFill(shape.stroke());
        if (start != null) {
            head(form, x0, y0, -dx, -dy, start);
        }
        if (end != null) {
            head(form, x1, y1, dx, dy, end);
        }
    }

    /** A filled triangle with its tip at the point, pointing along the direction. */
    private static void head(PdfContentByte form, float tipX, float tipY, float dx, float dy,
                             Inline.Shape.Look.Head head) {
        float baseX = tipX - dx * head.length();
        float baseY = tipY - dy * head.length();
        float half = head.width() / 2f;
        polygon(form, tipX, tipY, baseX - dy * half, baseY + dx * half, baseX + dy * half, baseY - dx * half);
        form.fill();
    }
}
