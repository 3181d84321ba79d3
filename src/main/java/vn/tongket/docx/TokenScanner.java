package vn.tongket.docx;

import java.util.ArrayList;
import java.util.List;

import vn.tongket.docx.Token.Kind;

/**
 * Finds the FreeMarker tokens in the text of one paragraph, the way FreeMarker's own lexer would delimit them:
 * {@code ${...}} ends at its matching brace, a tag ends at the first {@code >} outside parentheses and string
 * literals (so {@code <#if a > b>} ends after {@code a}, as in FreeMarker).
 */
final class TokenScanner {

    /** A token that starts in the paragraph but does not end in it. */
    static final class Unclosed extends Exception {
        final int start;

        Unclosed(int start, String message) {
            super(message, null, false, false);
            this.start = start;
        }
    }

    private static final char NBSP = '\u00A0';

    private final String s;
    private StringBuilder ftl;

    private TokenScanner(String s) {
        this.s = s;
    }

    static List<Token> scan(String text) throws Unclosed {
        return new TokenScanner(text).scan();
    }

    private List<Token> scan() throws Unclosed {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Token t = tokenAt(i);
            if (t == null) {
                i++;
            } else {
                tokens.add(t);
                i = t.end();
            }
        }
        return tokens;
    }

    private Token tokenAt(int i) throws Unclosed {
        if (s.startsWith("${", i)) {
            int end = expression(i, i + 2, '}');
            if (end < 0) {
                throw new Unclosed(i, "\"${\" has no closing \"}\" in the same paragraph");
            }
            return new Token(i, end, Kind.INTERPOLATION, "", ftl.toString());
        }
        if (s.startsWith("<#--", i)) {
            int close = s.indexOf("-->", i + 4);
            if (close < 0) {
                throw new Unclosed(i, "the comment \"<#--\" has no closing \"-->\" in the same paragraph");
            }
            return new Token(i, close + 3, Kind.COMMENT, "", s.substring(i, close + 3));
        }
        Kind kind;
        int nameStart;
        if (s.startsWith("<#", i) && isNameStart(i + 2)) {
            kind = Kind.DIRECTIVE;
            nameStart = i + 2;
        } else if (s.startsWith("</#", i) && isNameStart(i + 3)) {
            kind = Kind.END_DIRECTIVE;
            nameStart = i + 3;
        } else if (s.startsWith("<@", i) && i + 2 < s.length() && !Character.isWhitespace(s.charAt(i + 2))) {
            // FreeMarker reads any expression after "<@" as the thing to call
            kind = Kind.MACRO_CALL;
            nameStart = i + 2;
        } else if (s.startsWith("</@", i)) {
            kind = Kind.END_MACRO_CALL;
            nameStart = i + 3;
        } else {
            return null;
        }
        int nameEnd = nameStart;
        while (nameEnd < s.length() && isNamePart(s.charAt(nameEnd), kind)) {
            nameEnd++;
        }
        int end = expression(i, nameEnd, '>');
        if (end < 0) {
            String shown = s.substring(i, Math.min(s.length(), nameEnd));
            throw new Unclosed(i, "the tag \"" + shown + "\" has no closing \">\" in the same paragraph");
        }
        return new Token(i, end, kind, s.substring(nameStart, nameEnd), ftl.toString());
    }

    /**
     * Scans from {@code from} to the closing character ({@code }} at brace depth 0, or {@code >} at parenthesis
     * depth 0), copying the token into {@link #ftl}. Returns the offset after the closing character, or -1.
     */
    private int expression(int tokenStart, int from, char close) {
        ftl = new StringBuilder(s.length() - tokenStart).append(s, tokenStart, from);
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            char quote = closingQuote(c);
            if (quote != 0) {
                i = string(i, quote);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (close == '}') {
                if (c == '{') {
                    depth++;
                } else if (c == '}' && depth-- == 0) {
                    ftl.append(c);
                    return i + 1;
                }
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '>' && depth <= 0) {
                    ftl.append(c);
                    return i + 1;
                }
            }
            ftl.append(c == NBSP ? ' ' : c);
            i++;
        }
        return -1;
    }

    /** Copies a string literal starting at {@code i}; Word's curly quotes become straight ones. */
    private int string(int i, char quote) {
        boolean curly = s.charAt(i) != '"' && s.charAt(i) != '\'';
        char straight = isDoubleQuote(s.charAt(i)) ? '"' : '\'';
        boolean raw = i > 0 && s.charAt(i - 1) == 'r' && (i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2)));
        ftl.append(straight);
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (curly ? closingQuote(c) == quote : c == quote) {
                ftl.append(straight);
                return i + 1;
            }
            if (c == '\\' && !raw && i + 1 < s.length()) {
                ftl.append(c).append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            if (curly && c == straight) {
                ftl.append('\\');
            }
            ftl.append(c);
            i++;
        }
        return -1;
    }

    /** For a character that opens a string literal, the character family that closes it; 0 otherwise. */
    private static char closingQuote(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\'' -> '\'';
            case '\u201C', '\u201D', '\u201E' -> '\u201D';
            case '\u2018', '\u2019', '\u201A' -> '\u2019';
            default -> 0;
        };
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private boolean isNameStart(int i) {
        return i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_');
    }

    private static boolean isNamePart(char c, Kind kind) {
        if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
            return true;
        }
        return (kind == Kind.MACRO_CALL || kind == Kind.END_MACRO_CALL) && (c == '.' || c == ':' || c == '-');
    }
}
