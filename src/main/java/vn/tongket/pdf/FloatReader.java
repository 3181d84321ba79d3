package vn.tongket.pdf;

import java.util.function.Consumer;

import org.w3c.dom.Element;

/**
 * Reads where a floating drawing ({@code wp:anchor}) goes: its wrapping, horizontal and vertical reference,
 * offset or alignment. Square, tight and through wrapping are drawn as top-and-bottom wrapping, and a graphic that
 * wraps text but is placed relative to the page or the margins is drawn at its paragraph; both are reported.
 */
final class FloatReader {

    private FloatReader() {
    }

    static FloatPlacement placement(Element anchor, Consumer<String> warn) {
        String wrap = wrapping(anchor);
        boolean inFlow = !wrap.equals("wrapNone");
        if (wrap.equals("wrapSquare") || wrap.equals("wrapTight") || wrap.equals("wrapThrough")) {
            warn.accept("text wrapping around a floating " + what(anchor) + " drawn as top and bottom wrapping");
        }
        Element positionH = WordXml.childNs(anchor, WordXml.WP, "positionH");
        Element positionV = WordXml.childNs(anchor, WordXml.WP, "positionV");
        FloatPlacement.HorizontalFrom horizontalFrom = switch (relativeFrom(positionH)) {
            case "page", "leftMargin" -> FloatPlacement.HorizontalFrom.PAGE;
            default -> FloatPlacement.HorizontalFrom.MARGIN;
        };
        FloatPlacement.VerticalFrom verticalFrom = switch (relativeFrom(positionV)) {
            case "page", "topMargin" -> FloatPlacement.VerticalFrom.PAGE;
            case "paragraph", "line" -> FloatPlacement.VerticalFrom.PARAGRAPH;
            default -> FloatPlacement.VerticalFrom.MARGIN;
        };
        float x = offset(positionH);
        float y = offset(positionV);
        String horizontalAlign = align(positionH);
        String verticalAlign = align(positionV);
        if ("1".equals(anchor.getAttribute("simplePos")) || "true".equals(anchor.getAttribute("simplePos"))) {
            Element simple = WordXml.childNs(anchor, WordXml.WP, "simplePos");
            horizontalFrom = FloatPlacement.HorizontalFrom.PAGE;
            verticalFrom = FloatPlacement.VerticalFrom.PAGE;
            x = WordXml.emuToPt(simple == null ? null : simple.getAttribute("x"));
            y = WordXml.emuToPt(simple == null ? null : simple.getAttribute("y"));
            horizontalAlign = null;
            verticalAlign = null;
        }
        if (inFlow && verticalFrom != FloatPlacement.VerticalFrom.PARAGRAPH) {
            warn.accept("floating " + what(anchor) + " placed relative to the "
                    + (verticalFrom == FloatPlacement.VerticalFrom.PAGE ? "page" : "margins")
                    + " with text wrapping drawn above its paragraph instead");
            verticalFrom = FloatPlacement.VerticalFrom.PARAGRAPH;
            y = 0f;
            verticalAlign = null;
        }
        boolean behind = "1".equals(anchor.getAttribute("behindDoc")) || "true".equals(anchor.getAttribute("behindDoc"));
        Element effect = WordXml.childNs(anchor, WordXml.WP, "effectExtent");
        float gapBelow = WordXml.emuToPt(anchor.getAttribute("distB"))
                + WordXml.emuToPt(effect == null ? null : effect.getAttribute("b"));
        // Word's default when the attribute is missing is to allow it
        boolean allowOverlap = !"0".equals(anchor.getAttribute("allowOverlap"))
                && !"false".equals(anchor.getAttribute("allowOverlap"));
        return new FloatPlacement(inFlow, behind, horizontalFrom, horizontalAlign, x, verticalFrom, verticalAlign, y,
                inFlow ? gapBelow : 0f, 0f, allowOverlap);
    }

    private static String what(Element anchor) {
        if (WordXml.descendant(anchor, ChartReader.C, "chart") != null) {
            return "chart";
        }
        if (WordXml.containsElement(anchor, "txbxContent")) {
            return "text box";
        }
        return WordXml.descendant(anchor, ShapeReader.WPS, "wsp") != null ? "shape" : "picture";
    }

    private static String wrapping(Element anchor) {
        for (Element e : WordXml.children(anchor)) {
            if (WordXml.WP.equals(e.getNamespaceURI()) && e.getLocalName().startsWith("wrap")) {
                return e.getLocalName();
            }
        }
        return "wrapNone";
    }

    private static String relativeFrom(Element position) {
        return position == null ? "" : position.getAttribute("relativeFrom");
    }

    private static float offset(Element position) {
        Element offset = WordXml.childNs(position, WordXml.WP, "posOffset");
        return offset == null ? 0f : WordXml.emuToPt(WordXml.text(offset));
    }

    private static String align(Element position) {
        Element align = WordXml.childNs(position, WordXml.WP, "align");
        return align == null ? null : WordXml.text(align).trim();
    }
}
