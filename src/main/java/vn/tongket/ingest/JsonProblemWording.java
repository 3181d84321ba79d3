package vn.tongket.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON parser's and binder's messages into what a clerk can act on: what was expected, what was found,
 * and the usual cause, without Java class names or parser settings.
 */
final class JsonProblemWording {

    private static final Pattern VIETNAMESE_NUMBER = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?%?|[0-9]+,[0-9]+%?");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]*)\"");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private JsonProblemWording() {
    }

    /** A syntax error: the cause in plain words where it is a common one, else the parser's first sentence. */
    static String syntax(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage;
        if (message.contains("was expecting comma")) {
            return "a comma is missing between two entries";
        }
        if (message.contains("('}'") && message.contains("double-quote to start property name")) {
            return "a comma before the closing } has nothing after it (a trailing comma); remove it";
        }
        if (message.contains("'''")) {
            return "names and texts are written in double quotes (\"), not single quotes (')";
        }
        if (message.contains("comment")) {
            return "JSON has no comments; remove the text starting with /";
        }
        if (message.contains("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers; leave the field out if there is no value";
        }
        if (message.contains("end-of-input")) {
            return "the file ends before the JSON is complete: a closing } or ] is missing";
        }
        if (message.contains("CTRL-CHAR")) {
            return "a text runs over a line break: its closing double quote is missing (a line break inside a"
                    + " text is written \\n)";
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the field \"" + duplicate.group(1) + "\" appears twice in the same object; keep one";
        }
        if (message.contains("nesting depth")) {
            return "objects and lists are nested too deep (a meeting file nests at most 4 levels)";
        }
        if (message.contains("Number value length")) {
            return "a number with far more digits than any figure has";
        }
        if (message.contains("out of range of")) {
            return "a number too large for a whole number here";
        }
        if (message.contains("String value length")) {
            return "a text far longer than any meeting has";
        }
        String first = message.lines().findFirst().orElse("");
        int source = first.indexOf(" at [Source");
        return (source < 0 ? first : first.substring(0, source)).replaceAll(" \\(code [0-9]+\\)", "").strip();
    }

    /** A value of the wrong kind: "expected a number, found the text "1.528" (…)". */
    static String mismatch(String expected, JsonNode found, Class<?> target) {
        if (target == LocalDate.class && found != null && found.isString()
                && ISO_DATE.matcher(found.asString()).matches()) {
            return "\"" + found.asString() + "\" is not a day of the calendar";
        }
        StringBuilder message = new StringBuilder("expected ").append(expected);
        if (found != null && !found.isMissingNode()) {
            message.append(", found ").append(describe(found));
            if (found.isString() && VIETNAMESE_NUMBER.matcher(found.asString().strip()).matches()
                    && (target == BigDecimal.class || target == Integer.class)) {
                message.append("; JSON numbers are written without quotes, with a point for decimals and no"
                        + " thousands separator (1528, 87.67)");
            }
        }
        return message.toString();
    }

    private static String describe(JsonNode node) {
        if (node.isString()) {
            return "the text \"" + MeetingReader.shorten(node.asString()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isArray()) {
            return "a list [...]";
        }
        if (node.isObject()) {
            return "an object {...}";
        }
        return "null";
    }

}
