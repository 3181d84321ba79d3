package vn.tongket.pdf;

import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws an {@link Inline.Shape} as a form of its size. A line without height (a horizontal rule) gets a form as
 * tall as the line is wide, with the line along its middle.
 */
final class ShapeDrawer {

    private ShapeDrawer() {
    }

    static PdfTemplate draw(PdfWriter writer, Inline.Shape shape) {
        float width = Math.max(shape.widthPt(), shape.strokeWidth());
        float height = shape.drawnHeightPt();
        PdfTemplate form = writer.getDirectContent().createTemplate(width, height);
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
        form.setLineCap(PdfContentByte.LINE_CAP_BUTT);
        return form;
    }
}
