package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;
import static vn.tongket.pdf.WordXml.onOff;

import java.awt.Color;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Character properties as written at one level of the style hierarchy ({@code w:rPr}); a null field means "not set
 * here, inherit". Levels are combined with {@link #overlay}, and {@link #resolve} fills in Word's defaults.
 */
record RunProperties(String fontName, Float sizePt, Boolean bold, Boolean italic, RunStyle.TextLine underline,
                     RunStyle.TextLine strike, Boolean caps, Boolean hidden, Color color,
                     RunStyle.VerticalAlign verticalAlign, Boolean smallCaps, Float characterSpacing,
                     Color background, Color underlineColor) {

    static final RunProperties EMPTY = new RunProperties(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** The background of a level that sets none ({@code w:highlight w:val="none"}, a white or "auto" fill). */
    private static final Color NO_BACKGROUND = ParagraphProperties.NO_FILL;

    /** The colours of Word's highlighter ({@code w:highlight}). */
    private static final Map<String, Color> HIGHLIGHTS = Map.ofEntries(
            Map.entry("yellow", new Color(0xFFFF00)), Map.entry("green", new Color(0x00FF00)),
            Map.entry("cyan", new Color(0x00FFFF)), Map.entry("magenta", new Color(0xFF00FF)),
            Map.entry("blue", new Color(0x0000FF)), Map.entry("red", new Color(0xFF0000)),
            Map.entry("darkBlue", new Color(0x000080)), Map.entry("darkCyan", new Color(0x008080)),
            Map.entry("darkGreen", new Color(0x008000)),
            Map.entry("darkMagenta", new Color(0x800080)), Map.entry("darkRed", new Color(0x800000)),
            Map.entry("darkYellow", new Color(0x808000)), Map.entry("darkGray", new Color(0x808080)),
            Map.entry("lightGray", new Color(0xC0C0C0)), Map.entry("black", Color.BLACK),
            Map.entry("white", Color.WHITE));

    /** Word's size when nothing sets one: 10 pt. */
    private static final float DEFAULT_SIZE_PT = 10f;
    private static final String DEFAULT_FONT = "Times New Roman";

    static RunProperties read(Element rPr) {
        if (rPr == null) {
            return EMPTY;
        }
        Integer halfPoints = WordXml.intAttr(child(rPr, "sz"), "val");
        Element u = child(rPr, "u");
        String colorValue = attr(child(rPr, "color"), "val");
        Color color = "auto".equalsIgnoreCase(colorValue) ? Color.BLACK : WordXml.color(colorValue);
        return new RunProperties(fontName(child(rPr, "rFonts")),
                halfPoints == null || halfPoints <= 0 ? null : WordXml.halfPointsToPt(halfPoints),
                onOff(rPr, "b"), onOff(rPr, "i"), u == null ? null : underline(attr(u, "val")), strike(rPr),
                onOff(rPr, "caps"), onOff(rPr, "vanish"),
                color, verticalAlign(attr(child(rPr, "vertAlign"), "val")), onOff(rPr, "smallCaps"),
                WordXml.twipsAttrPt(child(rPr, "spacing"), "val"), background(rPr), underlineColor(u));
    }

    /** The kind of underline ({@code w:u w:val}); a double wave is drawn as one. */
    static RunStyle.TextLine underline(String value) {
        return switch (value == null ? "single" : value) {
            case "none" -> RunStyle.TextLine.NONE;
            case "double" -> RunStyle.TextLine.DOUBLE;
            case "thick" -> RunStyle.TextLine.THICK;
            case "dotted" -> RunStyle.TextLine.DOTTED;
            case "dottedHeavy" -> RunStyle.TextLine.DOTTED_HEAVY;
            case "dash" -> RunStyle.TextLine.DASHED;
            case "dashedHeavy" -> RunStyle.TextLine.DASHED_HEAVY;
            case "dashLong" -> RunStyle.TextLine.LONG_DASHED;
            case "dashLongHeavy" -> RunStyle.TextLine.LONG_DASHED_HEAVY;
            case "dotDash" -> RunStyle.TextLine.DOT_DASH;
            case "dashDotHeavy" -> RunStyle.TextLine.DOT_DASH_HEAVY;
            case "dotDotDash" -> RunStyle.TextLine.DOT_DOT_DASH;
            case "dashDotDotHeavy" -> RunStyle.TextLine.DOT_DOT_DASH_HEAVY;
            case "wave", "wavyDouble" -> RunStyle.TextLine.WAVY;
            case "wavyHeavy" -> RunStyle.TextLine.WAVY_HEAVY;
            case "words" -> RunStyle.TextLine.WORDS;
            default -> RunStyle.TextLine.SINGLE;
        };
    }

    /** The underline's own colour ({@code w:u w:color}); null for the text's ("auto" or none). */
    private static Color underlineColor(Element u) {
        String value = attr(u, "color");
        return value == null || "auto".equalsIgnoreCase(value) ? null : WordXml.color(value);
    }

    /** A double strike-through ({@code w:dstrike}) over a single one ({@code w:strike}); null where neither is set. */
    private static RunStyle.TextLine strike(Element rPr) {
        Boolean single = onOff(rPr, "strike");
        if (Boolean.TRUE.equals(onOff(rPr, "dstrike"))) {
            return RunStyle.TextLine.DOUBLE;
        } else if (single != null) {
            return single ? RunStyle.TextLine.SINGLE : RunStyle.TextLine.NONE;
        }
        return null;
    }

    /** The highlight, over the shading when both are set; {@link #NO_BACKGROUND} where this level sets none. */
    private static Color background(Element rPr) {
        String highlight = attr(child(rPr, "highlight"), "val");
        if (highlight != null) {
            Color color = HIGHLIGHTS.get(highlight);
            return color == null ? NO_BACKGROUND : color;
        }
        return ParagraphProperties.shading(child(rPr, "shd"));
    }

    /**
     * The font that Word uses for Latin text: hAnsi covers Vietnamese letters (Latin Extended Additional),
     * ascii covers Basic Latin; both are normally the same. Theme fonts are not resolved.
     */
    private static String fontName(Element rFonts) {
        String hAnsi = attr(rFonts, "hAnsi");
        return hAnsi != null ? hAnsi : attr(rFonts, "ascii");
    }

    private static RunStyle.VerticalAlign verticalAlign(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "superscript" -> RunStyle.VerticalAlign.SUPERSCRIPT;
            case "subscript" -> RunStyle.VerticalAlign.SUBSCRIPT;
            default -> RunStyle.VerticalAlign.BASELINE;
        };
    }

    /** These properties with every field that {@code top} sets replaced by its value. */
    RunProperties overlay(RunProperties top) {
        if (top == EMPTY) {
            return this;
        }
        return new RunProperties(
                pick(top.fontName, fontName), pick(top.sizePt, sizePt), pick(top.bold, bold),
                pick(top.italic, italic), pick(top.underline, underline), pick(top.strike, strike),
                pick(top.caps, caps), pick(top.hidden, hidden), pick(top.color, color),
                pick(top.verticalAlign, verticalAlign), pick(top.smallCaps, smallCaps),
                pick(top.characterSpacing, characterSpacing), pick(top.background, background),
                // an underline set above brings its own colour, or the text's
                top.underline != null ? top.underlineColor : underlineColor);
    }

    RunProperties withFontName(String name) {
        return new RunProperties(name, sizePt, bold, italic, underline, strike, caps, hidden, color, verticalAlign,
                smallCaps, characterSpacing, background, underlineColor);
    }

    boolean isCaps() {
        return Boolean.TRUE.equals(caps);
    }

    boolean isHidden() {
        return Boolean.TRUE.equals(hidden);
    }

    RunStyle resolve() {
        return new RunStyle(
                fontName == null ? DEFAULT_FONT : fontName,
                sizePt == null ? DEFAULT_SIZE_PT : sizePt,
                Boolean.TRUE.equals(bold), Boolean.TRUE.equals(italic),
                underline == null ? RunStyle.TextLine.NONE : underline, strike == null ? RunStyle.TextLine.NONE : strike,
                color == null ? Color.BLACK : color,
                verticalAlign == null ? RunStyle.VerticalAlign.BASELINE : verticalAlign,
                Boolean.TRUE.equals(smallCaps) && !isCaps(), characterSpacing == null ? 0f : characterSpacing,
                background == null || background == NO_BACKGROUND ? null : background,
                underlineColor == null ? (color == null ? Color.BLACK : color) : underlineColor);
    }

    private static <T> T pick(T top, T below) {
        return top != null ? top : below;
    }
}
