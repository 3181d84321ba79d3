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
        drawInto(form, new Inline.Shape(frame.geometry(), null, 0f, frame.fill(), false, width, height), width, height);
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
                    height), width, height);
        }
        return form;
    }

    private static void drawInto(PdfContentByte form, Inline.Shape shape, float width, float height) {
        form.saveState();
        float inset = shape.strokeWidth() / 2f;
        boolean stroked = shape.stroke() != null && shape.strokeWidth() > 0f;
        if (stroked) {
            form.setColorStroke(shape.stroke());
            form.setLineWidth(shape.strokeWidth());
        }
        if (shape.fill() != null) {
            form.setColorFill(shape.fill());
        }
        switch (shape.geometry()) {
            case LINE -> {
                if (shape.heightPt() <= 0f) {
                    form.moveTo(0f, height / 2f);
                    form.lineTo(width, height / 2f);
                } else if (shape.flipped()) {
                    form.moveTo(0f, 0f);
                    form.lineTo(width, height);
                } else {
                    form.moveTo(0f, height);
                    form.lineTo(width, 0f);
                }
            }
            case RECTANGLE -> form.rectangle(inset, inset, width - 2 * inset, height - 2 * inset);
            case ELLIPSE -> form.ellipse(inset, inset, width - inset, height - inset);
        }
        if (shape.geometry() == Inline.Shape.Geometry.LINE) {
            if (stroked) {
                form.stroke();
            } else {
                form.newPath();
            }
        } else if (stroked && shape.fill() != null) {
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
}
