package vn.tongket.docx;

import java.util.regex.Pattern;

/**
 * One piece of FreeMarker found in a paragraph's text: an interpolation {@code ${...}}, a directive tag
 * {@code <#...>}/{@code </#...>}, a macro call {@code <@...>}/{@code </@...>} or a comment {@code <#--...-->}.
 *
 * @param start  offset of the first character in the text the token was found in
 * @param end    offset after the last character
 * @param kind   what it is
 * @param name   the directive or macro name ({@code list}, {@code if}, {@code my.macro}); empty for interpolations
 * @param ftl    the token as FreeMarker will read it: Word's typographic quotes used as string delimiters are
 *               straightened and non-breaking spaces between words of code turned into spaces
 */
record Token(int start, int end, Kind kind, String name, String ftl) {

    enum Kind { INTERPOLATION, DIRECTIVE, END_DIRECTIVE, MACRO_CALL, END_MACRO_CALL, COMMENT }

    private static final Pattern CAPTURE_ASSIGNMENT =
            Pattern.compile("<#(assign|local|global)\\s+[\\p{L}_$][\\p{L}\\p{N}_$]*(\\s+in\\s+[^>]+)?\\s*>");

    /** A tag (anything but an interpolation): the only thing a paragraph may hold to be replaced by its tags. */
    boolean isTag() {
        return kind != Kind.INTERPOLATION;
    }

    boolean selfClosing() {
        return ftl.endsWith("/>");
    }

    /** {@code <#assign x>...</#assign>}: an assignment that captures what its body prints, so it needs an end tag. */
    boolean isCaptureAssignment() {
        return kind == Kind.DIRECTIVE && CAPTURE_ASSIGNMENT.matcher(ftl).matches();
    }

    Token shifted(int newStart) {
        return new Token(newStart, newStart + (end - start), kind, name, ftl);
    }
}
