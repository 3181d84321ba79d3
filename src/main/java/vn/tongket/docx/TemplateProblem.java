package vn.tongket.docx;

/**
 * A template that cannot be compiled or filled. The message names the template file, the part of the document
 * (document body, header1, ...), the place in it (paragraph, table/row/cell) and what went wrong, in words a clerk
 * who edits the template in Word can act on.
 */
public class TemplateProblem extends RuntimeException {

    private final String template;
    private final String part;
    private final String place;
    private final String detail;

    TemplateProblem(String template, String part, String place, String detail) {
        this(template, part, place, detail, null);
    }

    TemplateProblem(String template, String part, String place, String detail, Throwable cause) {
        super(message(template, part, place, detail), cause);
        this.template = template;
        this.part = part;
        this.place = place;
        this.detail = detail;
    }

    private static String message(String template, String part, String place, String detail) {
        StringBuilder m = new StringBuilder(template);
        String location = location(part, place);
        if (!location.isEmpty()) {
            m.append(", ").append(location);
        }
        return m.append(": ").append(detail).toString();
    }

    private static String location(String part, String place) {
        if (part == null || part.isEmpty()) {
            return place == null ? "" : place;
        }
        return place == null || place.isEmpty() ? part : part + ", " + place;
    }

    /** The template file name. */
    public String template() {
        return template;
    }

    /** Where in the document: the part and the place in it, e.g. {@code document body, table 1, row 3, cell 2}. */
    public String location() {
        return location(part, place);
    }

    /** The part of the document: {@code document body}, {@code header1}, {@code footnotes}, ... (empty if none). */
    public String part() {
        return part == null ? "" : part;
    }

    /** What went wrong, without the location. */
    public String detail() {
        return detail;
    }
}
