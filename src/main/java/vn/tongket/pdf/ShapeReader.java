package vn.tongket.pdf;

import java.awt.Color;

import org.w3c.dom.Element;

/**
 * Reads a drawn shape ({@code wps:wsp}, which Word and LibreOffice write for lines and boxes drawn in the text)
 * into an {@link Inline.Shape}: its geometry (a line, a rectangle or an ellipse), outline and fill. A shape with
 * text in it, or of another geometry, is not read (the caller names it in a warning).
 */
final class ShapeReader {

    static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    /** A line that the shape's properties do not size is 0.75 pt wide, Word's default. */
    private static final float DEFAULT_LINE_WIDTH_PT = 0.75f;

    private ShapeReader() {
    }

    /** The shape, or null when it holds text or has a geometry that is not drawn. */
    static Inline.Shape read(Element wsp, float width, float height) {
        if (wsp == null || WordXml.containsElement(wsp, "txbx")) {
            return null;
        }
        Element properties = WordXml.childNs(wsp, WPS, "spPr");
        Element geometry = WordXml.childNs(properties, WordXml.A, "prstGeom");
        Inline.Shape.Geometry kind = switch (geometry == null ? "" : geometry.getAttribute("prst")) {
            case "line", "straightConnector1" -> Inline.Shape.Geometry.LINE;
            case "rect" -> Inline.Shape.Geometry.RECTANGLE;
            case "ellipse" -> Inline.Shape.Geometry.ELLIPSE;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        Element transform = WordXml.childNs(properties, WordXml.A, "xfrm");
        boolean flipped = transform != null
                && ("1".equals(transform.getAttribute("flipV")) ^ "1".equals(transform.getAttribute("flipH")));
        Element line = WordXml.childNs(properties, WordXml.A, "ln");
        Color stroke = null;
        float strokeWidth = 0f;
        if (line == null) {
            // no outline of its own: the style's line reference, when it names one, is a thin black line
            if (hasStyleLine(wsp)) {
                stroke = Color.BLACK;
                strokeWidth = DEFAULT_LINE_WIDTH_PT;
            }
        } else if (WordXml.childNs(line, WordXml.A, "noFill") == null) {
            Color color = DrawingColors.of(WordXml.childNs(line, WordXml.A, "solidFill"));
            stroke = color != null ? color : Color.BLACK;
            String w = line.getAttribute("w");
            strokeWidth = w.isEmpty() ? DEFAULT_LINE_WIDTH_PT : WordXml.emuToPt(w);
        }
        Color fill = kind == Inline.Shape.Geometry.LINE ? null
                : DrawingColors.of(WordXml.childNs(properties, WordXml.A, "solidFill"));
        return new Inline.Shape(kind, stroke, strokeWidth, fill, flipped, width, height);
    }

    private static boolean hasStyleLine(Element wsp) {
        Element reference = WordXml.childNs(WordXml.childNs(wsp, WPS, "style"), WordXml.A, "lnRef");
        return reference != null && !"0".equals(reference.getAttribute("idx"));
    }
}
