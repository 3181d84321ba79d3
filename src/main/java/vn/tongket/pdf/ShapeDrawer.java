package vn.tongket.pdf;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws an {@link Inline.Shape} or {@link Inline.TextBox} as a form of its size. A line without height (a horizontal
 * rule) gets a form as tall as the line is wide, with the line along its middle. As in LibreOffice, an outline is
 * centred on the shape's edge and arrow heads may reach beyond the shape's box: the form is not clipped at its box.
 */
final class ShapeDrawer {

    private ShapeDrawer() {
    }

    static Image draw(PdfWriter writer, Inline.Shape shape) {
        float width = Math.max(shape.widthPt(), shape.strokeWidth());
        float height = shape.drawnHeightPt();
        PdfTemplate form = writer.getDirectContent().createTemplate(width, height);
        drawInto(form, shape, width, height);
        return unclipped(form, width, height, overhang(shape));
    }

    /** A text box: its fill, its content inside the insets, its outline over them. */
    static Image draw(PdfWriter writer, Inline.TextBox box, BlockRenderer blocks, ChunkTags tags) {
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
        return unclipped(form, width, height, overhang(frame));
    }

    /**
     * How far the drawing may reach beyond the shape's box: half the outline, or a mitred corner's point (at most
     * the PDF's default miter limit, 10, times half the width), and the half of an arrow head's width that sticks
     * out sideways at the end of a sloping line.
     */
    private static float overhang(Inline.Shape shape) {
        Inline.Shape.Look look = shape.look();
        float heads = Math.max(look.startHead() == null ? 0f : look.startHead().width(),
                look.endHead() == null ? 0f : look.endHead().width());
        return MITER_LIMIT / 2f * shape.strokeWidth() + heads;
    }

    private static final float MITER_LIMIT = 10f;

    /**
     * The form as an image of its size whose drawing is not cut at its box. A form's bounding box clips it and
     * sets the image's size; here the box is a whole number of times as wide and as tall as the shape, reaching
     * beyond it by at least the overhang on every side, the image is scaled back to the shape's size, and the form's
     * matrix undoes that scaling, so the drawing keeps its size and its origin stays on the image's lower left
     * corner. Whole numbers, because OpenPDF writes a matrix's factors above 1 to two decimals.
     */
    static Image unclipped(PdfTemplate form, float width, float height, float overhang) {
        if (overhang > 0f && width > 0f && height > 0f) {
            int across = (int) Math.ceil((width + 2 * overhang) / width);
            int down = (int) Math.ceil((height + 2 * overhang) / height);
            float left = (across - 1) * width / 2f;
            float below = (down - 1) * height / 2f;
            form.setBoundingBox(new Rectangle(-left, -below, width + left, height + below));
            form.setMatrix(across, 0f, 0f, down, 0f, 0f);
        }
        try {
            Image image = Image.getInstance(form);
            image.scaleAbsolute(width, height);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("a form is an image", e);
        }
    }

    private static void drawInto(PdfContentByte form, Inline.Shape shape, float width, float height) {
        form.saveState();
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
            case RECTANGLE -> form.rectangle(0f, 0f, width, height);
            // the corner's radius is the adjust value's share of the shorter side (Word's preset: a sixth)
            case ROUNDED_RECTANGLE -> form.roundRectangle(0f, 0f, width, height,
                    look.adjust(0, ROUND_RECT_RADIUS) * Math.min(width, height));
            case ELLIPSE -> form.ellipse(0f, 0f, width, height);
            // the apex at the adjust value's share of the width
            case TRIANGLE -> polygon(form, look.adjust(0, 0.5f) * width, height, width, 0f, 0f, 0f);
            case DIAMOND -> polygon(form, width / 2f, height, width, height / 2f, width / 2f, 0f, 0f, height / 2f);
            case RIGHT_ARROW -> {
                // the shaft as tall as the first adjust value's share of the height, the head as long as the
                // second's share of the shorter side
                float shaft = look.adjust(0, 0.5f) * height / 2f;
                float neck = width - look.adjust(1, 0.5f) * Math.min(width, height);
                float middle = height / 2f;
                polygon(form, 0f, middle + shaft, neck, middle + shaft, neck, height, width, middle, neck, 0f,
                        neck, middle - shaft, 0f, middle - shaft);
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
