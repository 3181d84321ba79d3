package vn.tongket.pdf;

import java.awt.Color;

import org.w3c.dom.Element;

/**
 * One border line of a table, cell or paragraph. Every visible style (single, double, dotted, ...) is drawn as a
 * single solid line of the given width; a double line is as wide as both its lines and the gap between them (three
 * times {@code w:sz}), so that it takes the room it takes in Word and LibreOffice.
 *
 * @param spacePt the distance from the text ({@code w:space}, in points), used for paragraph borders
 */
record Border(float widthPt, Color color, float spacePt) {

    static final Border NONE = new Border(0f, Color.BLACK);

    Border(float widthPt, Color color) {
        this(widthPt, color, 0f);
    }

    /** Word's thinnest border, 2 eighths of a point. */
    private static final float MIN_WIDTH_PT = 0.25f;
    /** A double border: two lines of the width with a gap of the width between them. */
    private static final int DOUBLE_LINE_WIDTHS = 3;
    /** Word's default border, 4 eighths of a point. */
    private static final float DEFAULT_WIDTH_PT = 0.5f;

    /** A border element such as {@code <w:top w:val="single" w:sz="4" w:color="auto"/>}; null if absent. */
    static Border read(Element e) {
        if (e == null) {
            return null;
        }
        String style = WordXml.attr(e, "val");
        if (style == null || style.equals("nil") || style.equals("none")) {
            return NONE;
        }
        Integer eighths = WordXml.intAttr(e, "sz");
        float width = eighths == null ? DEFAULT_WIDTH_PT : Math.max(MIN_WIDTH_PT, WordXml.eighthPointsToPt(eighths));
        if (style.equals("double")) {
            width *= DOUBLE_LINE_WIDTHS;
        }
        Color color = WordXml.color(WordXml.attr(e, "color"));
        Integer space = WordXml.intAttr(e, "space");
        return new Border(width, color == null ? Color.BLACK : color, space == null ? 0f : Math.max(0, space));
    }

    boolean isVisible() {
        return widthPt > 0f;
    }
}
