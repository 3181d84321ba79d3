package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;
import static vn.tongket.pdf.WordXml.onOff;
import static vn.tongket.pdf.WordXml.twipsAttrPt;

import java.awt.Color;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.w3c.dom.Element;

/**
 * Paragraph properties as written at one level of the style hierarchy ({@code w:pPr}); a null field means "not set
 * here, inherit". Levels are combined with {@link #overlay}, and {@link #resolve} fills in Word's defaults.
 *
 * @param firstLineIndent positive for {@code w:firstLine}, negative for {@code w:hanging}
 * @param numId           the list of a list item ({@code w:numPr/w:numId}); 0 switches off a style's list
 * @param numLevel        the level of a list item, 0 to 8 ({@code w:numPr/w:ilvl})
 * @param tabStops        the tab stops set at this level by position in points; a cleared position maps to
 *                        {@link #CLEARED_TAB}
 * @param outlineLevel    {@code w:outlineLvl}: 0 for a level-1 heading ... 8; 9 is body text
 * @param borders         the paragraph borders set at this level ({@code w:pBdr})
 * @param shading         the background ({@code w:shd}); {@link #NO_FILL} when this level switches it off
 * @param widowControl    {@code w:widowControl}; applied unless a level turns it off (LibreOffice; in a document
 *                        without paragraph defaults the defaults turn it off, {@link #WIDOW_CONTROL_OFF})
 */
record ParagraphProperties(ParagraphStyle.Alignment alignment, Float indentLeft, Float indentRight,
                           Float firstLineIndent, Float spaceBefore, Float spaceAfter, LineSpacing lineSpacing,
                           Boolean keepNext, Boolean keepLines, Boolean pageBreakBefore, Integer numId,
                           Integer numLevel, SortedMap<Float, ParagraphStyle.TabStop> tabStops, Integer outlineLevel,
                           Borders borders, Color shading, Boolean widowControl) {

    /** A tab stop this level clears ({@code w:tab w:val="clear"}). */
    static final ParagraphStyle.TabStop CLEARED_TAB = ParagraphStyle.TabStop.left(Float.NaN);

    /** The shading of a level that sets "no fill". */
    static final Color NO_FILL = new Color(0, 0, 0, 0);

    static final ParagraphProperties EMPTY = new ParagraphProperties(
            null, null, null, null, null, null, null, null, null, null, null, null, Collections.emptySortedMap(),
            null, Borders.EMPTY, null, null);

    /**
     * Widow and orphan control off, and nothing else: the paragraph defaults of a document whose styles have no
     * {@code w:pPrDefault}, where LibreOffice does not apply the control that it applies otherwise.
     */
    static final ParagraphProperties WIDOW_CONTROL_OFF = new ParagraphProperties(
            null, null, null, null, null, null, null, null, null, null, null, null, Collections.emptySortedMap(),
            null, Borders.EMPTY, null, false);

    ParagraphProperties {
        tabStops = Collections.unmodifiableSortedMap(new TreeMap<>(tabStops));
    }

    /** The space Word puts before and after paragraphs with automatic (HTML-like) spacing. */
    private static final float AUTO_SPACING_PT = 14f;
    private static final float LINE_UNITS_PER_MULTIPLE = 240f;
    /** Outline levels 0 to 8 are heading levels 1 to 9; 9 means body text. */
    private static final int MAX_OUTLINE_LEVEL = 8;

    static ParagraphProperties read(Element pPr) {
        if (pPr == null) {
            return EMPTY;
        }
        Element ind = child(pPr, "ind");
        Element spacing = child(pPr, "spacing");
        Element numPr = child(pPr, "numPr");
        return new ParagraphProperties(
                alignment(attr(child(pPr, "jc"), "val")),
                twipsAttrPt(ind, "left", "start"),
                twipsAttrPt(ind, "right", "end"),
                firstLineIndent(ind),
                space(spacing, "before", "beforeAutospacing"),
                space(spacing, "after", "afterAutospacing"),
                lineSpacing(spacing),
                onOff(pPr, "keepNext"), onOff(pPr, "keepLines"), onOff(pPr, "pageBreakBefore"),
                WordXml.intAttr(child(numPr, "numId"), "val"), WordXml.intAttr(child(numPr, "ilvl"), "val"),
                tabStops(child(pPr, "tabs")), WordXml.intAttr(child(pPr, "outlineLvl"), "val"),
                Borders.read(child(pPr, "pBdr")), shading(child(pPr, "shd")), onOff(pPr, "widowControl"));
    }

    /**
     * The tab stops of a {@code w:tabs}: left (also "start", and "num", the stop of a list label), center, right
     * (also "end") and decimal stops with their leader; bar stops draw a line, not a stop, and are left out.
     */
    private static SortedMap<Float, ParagraphStyle.TabStop> tabStops(Element tabs) {
        SortedMap<Float, ParagraphStyle.TabStop> stops = new TreeMap<>();
        for (Element tab : WordXml.children(tabs, "tab")) {
            Float position = twipsAttrPt(tab, "pos");
            String kind = String.valueOf(attr(tab, "val"));
            if (position == null || kind.equals("bar")) {
                continue;
            }
            ParagraphStyle.TabAlignment alignment = switch (kind) {
                case "center" -> ParagraphStyle.TabAlignment.CENTER;
                case "right", "end" -> ParagraphStyle.TabAlignment.RIGHT;
                case "decimal" -> ParagraphStyle.TabAlignment.DECIMAL;
                default -> ParagraphStyle.TabAlignment.LEFT;
            };
            stops.put(position, kind.equals("clear") ? CLEARED_TAB
                    : new ParagraphStyle.TabStop(position, alignment, leader(attr(tab, "leader"))));
        }
        return stops;
    }

    private static char leader(String leader) {
        return switch (String.valueOf(leader)) {
            case "dot" -> '.';
            case "hyphen" -> '-';
            case "underscore", "heavy" -> '_';
            case "middleDot" -> '\u00B7';
            default -> 0;
        };
    }

    /**
     * The background a {@code w:shd} paints: its fill colour (patterns are drawn as the fill alone), or
     * {@link #NO_FILL} for "auto", absent or white fills; null when there is no {@code w:shd}.
     */
    static Color shading(Element shd) {
        if (shd == null) {
            return null;
        }
        Color fill = WordXml.color(attr(shd, "fill"));
        if ("solid".equals(attr(shd, "val"))) {
            Color color = WordXml.color(attr(shd, "color"));
            fill = color != null ? color : Color.BLACK;
        }
        return fill == null || fill.equals(Color.WHITE) ? NO_FILL : fill;
    }

    private static ParagraphStyle.Alignment alignment(String jc) {
        if (jc == null) {
            return null;
        }
        return switch (jc) {
            case "center" -> ParagraphStyle.Alignment.CENTER;
            case "right", "end" -> ParagraphStyle.Alignment.RIGHT;
            case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" ->
                    ParagraphStyle.Alignment.JUSTIFIED;
            default -> ParagraphStyle.Alignment.LEFT;
        };
    }

    private static Float firstLineIndent(Element ind) {
        Float hanging = twipsAttrPt(ind, "hanging");
        if (hanging != null) {
            return -hanging;
        }
        return twipsAttrPt(ind, "firstLine");
    }

    private static Float space(Element spacing, String side, String autoSpacing) {
        if (Boolean.TRUE.equals(WordXml.onOffAttr(spacing, autoSpacing))) {
            return AUTO_SPACING_PT;
        }
        return twipsAttrPt(spacing, side);
    }

    private static LineSpacing lineSpacing(Element spacing) {
        Integer line = WordXml.intAttr(spacing, "line");
        if (line == null) {
            return null;
        }
        String rule = attr(spacing, "lineRule");
        if ("exact".equals(rule)) {
            return new LineSpacing(LineSpacing.Rule.EXACT, WordXml.twipsToPt(Math.abs(line)));
        } else if ("atLeast".equals(rule)) {
            return new LineSpacing(LineSpacing.Rule.AT_LEAST, WordXml.twipsToPt(line));
        }
        return line > 0 ? new LineSpacing(LineSpacing.Rule.AUTO, line / LINE_UNITS_PER_MULTIPLE) : null;
    }

    /** These properties with every field that {@code top} sets replaced by its value. */
    ParagraphProperties overlay(ParagraphProperties top) {
        if (top == EMPTY) {
            return this;
        }
        return new ParagraphProperties(
                pick(top.alignment, alignment), pick(top.indentLeft, indentLeft),
                pick(top.indentRight, indentRight), pick(top.firstLineIndent, firstLineIndent),
                pick(top.spaceBefore, spaceBefore), pick(top.spaceAfter, spaceAfter),
                pick(top.lineSpacing, lineSpacing), pick(top.keepNext, keepNext), pick(top.keepLines, keepLines),
                pick(top.pageBreakBefore, pageBreakBefore), pick(top.numId, numId),
                pick(top.numLevel, numLevel),
                mergeTabStops(tabStops, top.tabStops), pick(top.outlineLevel, outlineLevel),
                borders.overlay(top.borders), pick(top.shading, shading), pick(top.widowControl, widowControl));
    }

    private static SortedMap<Float, ParagraphStyle.TabStop> mergeTabStops(
            SortedMap<Float, ParagraphStyle.TabStop> below, SortedMap<Float, ParagraphStyle.TabStop> top) {
        SortedMap<Float, ParagraphStyle.TabStop> merged = new TreeMap<>(below);
        merged.putAll(top);
        return merged;
    }

    /** Whether the paragraph is a list item: it names a list other than 0. */
    boolean isListItem() {
        return numId != null && numId != 0;
    }

    /** The level of the list item, 0 when not given. */
    int listLevel() {
        return numLevel == null ? 0 : numLevel;
    }

    ParagraphStyle resolve() {
        return new ParagraphStyle(
                alignment == null ? ParagraphStyle.Alignment.LEFT : alignment,
                orZero(indentLeft), orZero(indentRight), orZero(firstLineIndent),
                orZero(spaceBefore), orZero(spaceAfter),
                lineSpacing == null ? LineSpacing.SINGLE : lineSpacing,
                Boolean.TRUE.equals(keepNext), Boolean.TRUE.equals(keepLines), Boolean.TRUE.equals(pageBreakBefore),
                tabStops.values().stream().filter(stop -> stop != CLEARED_TAB).toList(),
                outlineLevel == null || outlineLevel < 0 || outlineLevel > MAX_OUTLINE_LEVEL ? -1 : outlineLevel,
                box(), !Boolean.FALSE.equals(widowControl));
    }

    private ParagraphStyle.Box box() {
        Border top = side(Borders.Side.TOP);
        Border left = side(Borders.Side.LEFT);
        Border bottom = side(Borders.Side.BOTTOM);
        Border right = side(Borders.Side.RIGHT);
        Color fill = shading == null || shading == NO_FILL ? null : shading;
        if (fill == null && !top.isVisible() && !left.isVisible() && !bottom.isVisible() && !right.isVisible()) {
            return null;
        }
        return new ParagraphStyle.Box(top, left, bottom, right, fill);
    }

    private Border side(Borders.Side side) {
        Border border = borders.get(side);
        return border == null ? Border.NONE : border;
    }

    private static float orZero(Float value) {
        return value == null ? 0f : value;
    }

    private static <T> T pick(T top, T below) {
        return top != null ? top : below;
    }
}
