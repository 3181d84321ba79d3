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

    private static final float HAIRLINE_PT = 0.25f;
    /** LibreOffice sizes arrow heads from a line at least 0.7 mm wide. */
    private static final float MIN_HEAD_BASE_PT = 0.7f * 72f / 25.4f;
    /** A line that the shape's properties do not size is 0.75 pt wide, Word's default. */
    private static final float DEFAULT_LINE_WIDTH_PT = 0.75f;

    private ShapeReader() {
    }

    /**
     * The compound kind of the shape's outline ({@code a:ln/@cmpd}: dbl, thickThin, thinThick, tri), which is drawn
     * as one line of the outline's width; null for a single line.
     */
    static String compoundOutline(Element wsp) {
        Element properties = WordXml.childNs(wsp, WPS, "spPr");
        Element line = properties == null ? null : WordXml.childNs(properties, WordXml.A, "ln");
        String compound = line == null ? "" : line.getAttribute("cmpd");
        return compound.isEmpty() || compound.equals("sng") ? null : compound;
    }

    /** Word's insets of a text box body: 0.1 inch left and right, 0.05 inch above and below. */
    private static final float DEFAULT_SIDE_INSET_PT = 7.2f;
    private static final float DEFAULT_TOP_INSET_PT = 3.6f;

    /** The shape, or null when it holds text or has a geometry that is not drawn. */
    static Inline.Shape read(Element wsp, float width, float height) {
        if (wsp == null || WordXml.containsElement(wsp, "txbx")) {
            return null;
        }
        return outline(wsp, width, height);
    }

    /** The text box's content element ({@code w:txbxContent}), or null when the shape holds no text. */
    static Element textBoxContent(Element wsp) {
        Element textBox = WordXml.childNs(wsp, WPS, "txbx");
        return textBox == null ? null : WordXml.child(textBox, "txbxContent");
    }

    /**
     * A text box: the content read from its {@code w:txbxContent}, in the rectangle of the shape's fill and
     * outline, with the insets of its body ({@code wps:bodyPr}); null when the shape is not a rectangle.
     */
    static Inline.TextBox textBox(Element wsp, java.util.List<Block> content, float width, float height) {
        Inline.Shape frame = outline(wsp, width, height);
        if (frame == null || frame.geometry() != Inline.Shape.Geometry.RECTANGLE
                && frame.geometry() != Inline.Shape.Geometry.ROUNDED_RECTANGLE) {
            return null;
        }
        Element body = WordXml.childNs(wsp, WPS, "bodyPr");
        return new Inline.TextBox(content, frame, new float[]{inset(body, "lIns", DEFAULT_SIDE_INSET_PT),
                inset(body, "tIns", DEFAULT_TOP_INSET_PT), inset(body, "rIns", DEFAULT_SIDE_INSET_PT),
                inset(body, "bIns", DEFAULT_TOP_INSET_PT)});
    }

    private static float inset(Element body, String name, float fallback) {
        String value = body == null ? "" : body.getAttribute(name);
        return value.isEmpty() ? fallback : WordXml.emuToPt(value);
    }

    private static Inline.Shape outline(Element wsp, float width, float height) {
        Element properties = WordXml.childNs(wsp, WPS, "spPr");
        Element geometry = WordXml.childNs(properties, WordXml.A, "prstGeom");
        Inline.Shape.Geometry kind = switch (geometry == null ? "" : geometry.getAttribute("prst")) {
            case "line", "straightConnector1" -> Inline.Shape.Geometry.LINE;
            case "rect" -> Inline.Shape.Geometry.RECTANGLE;
            case "roundRect" -> Inline.Shape.Geometry.ROUNDED_RECTANGLE;
            case "ellipse" -> Inline.Shape.Geometry.ELLIPSE;
            case "triangle" -> Inline.Shape.Geometry.TRIANGLE;
            case "diamond" -> Inline.Shape.Geometry.DIAMOND;
            case "rightArrow" -> Inline.Shape.Geometry.RIGHT_ARROW;
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
            // a width of 0 is the thinnest line the device draws
            strokeWidth = w.isEmpty() ? DEFAULT_LINE_WIDTH_PT : Math.max(HAIRLINE_PT, WordXml.emuToPt(w));
        }
        Color fill = kind == Inline.Shape.Geometry.LINE ? null
                : DrawingColors.of(WordXml.childNs(properties, WordXml.A, "solidFill"));
        return new Inline.Shape(kind, stroke, strokeWidth, fill, flipped, width, height,
                new Inline.Shape.Look(adjustments(geometry), dashes(line), head(line, "headEnd", strokeWidth),
                        head(line, "tailEnd", strokeWidth)));
    }

    /** The preset's adjust values ({@code a:gd fmla="val 16667"}) as shares, in order. */
    private static java.util.List<Float> adjustments(Element geometry) {
        java.util.List<Float> values = new java.util.ArrayList<>();
        for (Element guide : drawingChildren(WordXml.childNs(geometry, WordXml.A, "avLst"), "gd")) {
            String formula = guide.getAttribute("fmla").trim();
            if (!formula.startsWith("val ")) {
                break;
            }
            try {
                values.add(Float.parseFloat(formula.substring(4).trim()) / 100_000f);
            } catch (NumberFormatException e) {
                break;
            }
        }
        return values;
    }

    /**
     * The outline's dashes in line widths: a preset ({@code a:prstDash}, lengths as Word draws them) or the
     * document's own ({@code a:custDash}, in thousandths of a percent of the width); empty when solid.
     */
    private static java.util.List<Float> dashes(Element line) {
        Element preset = WordXml.childNs(line, WordXml.A, "prstDash");
        if (preset != null) {
            return switch (preset.getAttribute("val")) {
                case "dot", "sysDot" -> java.util.List.of(1f, 1f);
                case "sysDash" -> java.util.List.of(3f, 1f);
                case "dash" -> java.util.List.of(4f, 3f);
                case "lgDash" -> java.util.List.of(8f, 3f);
                case "dashDot", "sysDashDot" -> java.util.List.of(4f, 3f, 1f, 3f);
                case "lgDashDot" -> java.util.List.of(8f, 3f, 1f, 3f);
                case "lgDashDotDot", "sysDashDotDot" -> java.util.List.of(8f, 3f, 1f, 3f, 1f, 3f);
                default -> java.util.List.of();
            };
        }
        java.util.List<Float> lengths = new java.util.ArrayList<>();
        for (Element stop : drawingChildren(WordXml.childNs(line, WordXml.A, "custDash"), "ds")) {
            lengths.add(percentOfWidth(stop.getAttribute("d")));
            lengths.add(percentOfWidth(stop.getAttribute("sp")));
        }
        return lengths.contains(null) ? java.util.List.of() : lengths;
    }

    private static Float percentOfWidth(String value) {
        try {
            return Integer.parseInt(value.trim()) / 100_000f;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static java.util.List<Element> drawingChildren(Element parent, String name) {
        return WordXml.children(parent).stream()
                .filter(e -> WordXml.A.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())).toList();
    }

    /**
     * The arrow head at the line end ({@code a:headEnd}, {@code a:tailEnd}), drawn as a filled triangle of the size
     * LibreOffice gives it: 2, 3 or 5 times the line width (small, medium, large), the width taken as at least 0.7 mm
     * (measured: a medium head on a 1.39 pt line is 5.95 pt long and wide); null without one.
     */
    private static Inline.Shape.Look.Head head(Element line, String end, float lineWidth) {
        Element head = WordXml.childNs(line, WordXml.A, end);
        if (head == null || head.getAttribute("type").isEmpty() || "none".equals(head.getAttribute("type"))) {
            return null;
        }
        float base = Math.max(lineWidth, MIN_HEAD_BASE_PT);
        return new Inline.Shape.Look.Head(base * headFactor(head.getAttribute("w")),
                base * headFactor(head.getAttribute("len")));
    }

    private static float headFactor(String size) {
        return switch (size) {
            case "sm" -> 2f;
            case "lg" -> 5f;
            default -> 3f;
        };
    }

    private static boolean hasStyleLine(Element wsp) {
        Element reference = WordXml.childNs(WordXml.childNs(wsp, WPS, "style"), WordXml.A, "lnRef");
        return reference != null && !"0".equals(reference.getAttribute("idx"));
    }
}
