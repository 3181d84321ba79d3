package vn.tongket.pdf;

import org.w3c.dom.Element;

/** Names a construct that the converter does not draw, in words a template author recognizes. */
final class Unsupported {

    private Unsupported() {
    }

    static String describe(Element e) {
        String name = e.getLocalName();
        return switch (name) {
            case "drawing", "pict", "object", "AlternateContent" -> describeGraphic(e);
            case "oMath", "oMathPara" -> "equation";
            case "footnoteReference" -> "footnote";
            case "endnoteReference" -> "endnote";
            case "sym" -> "symbol character (font " + WordXml.attr(e, "font") + ", code "
                    + WordXml.attr(e, "char") + ")";
            case "altChunk" -> "embedded document (altChunk)";
            default -> "element " + WordXml.qualifiedName(e);
        };
    }

    private static String describeGraphic(Element e) {
        if (WordXml.containsElement(e, "txbxContent")) {
            return "text box";
        } else if (WordXml.containsElement(e, "chart")) {
            return "chart";
        } else if (WordXml.containsElement(e, "pic") || WordXml.containsElement(e, "imagedata")) {
            return "picture";
        } else if (e.getLocalName().equals("object") || WordXml.containsElement(e, "OLEObject")) {
            return "embedded object";
        }
        Element preset = WordXml.descendant(e, WordXml.A, "prstGeom");
        if (preset != null) {
            return "shape \"" + preset.getAttribute("prst") + "\"";
        }
        return WordXml.descendant(e, WordXml.A, "custGeom") != null ? "freeform shape" : "drawing";
    }
}
