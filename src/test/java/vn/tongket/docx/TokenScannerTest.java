package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tongket.docx.Token.Kind;

class TokenScannerTest {

    private static List<String> ftl(String text) throws TokenScanner.Unclosed {
        return TokenScanner.scan(text).stream().map(Token::ftl).toList();
    }

    @Test
    void findsInterpolationsDirectivesEndTagsMacroCallsAndComments() throws Exception {
        List<Token> tokens = TokenScanner.scan("a ${x} <#list xs as x></#list> <@m a=1/></@m> <#-- ghi chú > --> b");

        assertThat(tokens).extracting(Token::kind).containsExactly(Kind.INTERPOLATION, Kind.DIRECTIVE,
                Kind.END_DIRECTIVE, Kind.MACRO_CALL, Kind.END_MACRO_CALL, Kind.COMMENT);
        assertThat(tokens).extracting(Token::name).containsExactly("", "list", "list", "m", "m", "");
        assertThat(tokens.get(3).selfClosing()).isTrue();
    }

    @Test
    void aTagEndsAtTheFirstGreaterThanOutsideParenthesesAndStringsAsInFreemarker() throws Exception {
        assertThat(ftl("<#if (a > b)>x")).containsExactly("<#if (a > b)>");
        assertThat(ftl("<#if a > b>x")).containsExactly("<#if a >");
        assertThat(ftl("<#if s == \">\">x")).containsExactly("<#if s == \">\">");
    }

    @Test
    void anInterpolationEndsAtItsMatchingBrace() throws Exception {
        assertThat(ftl("${ {\"a\": \"}\"}.a } rest")).containsExactly("${ {\"a\": \"}\"}.a }");
        assertThat(ftl("${a > b}")).containsExactly("${a > b}");
        assertThat(ftl("${r\"C:\\\"}")).containsExactly("${r\"C:\\\"}");
    }

    @Test
    void typographicQuotesAroundStringsBecomeStraightAndNonBreakingSpacesPlainSpaces() throws Exception {
        assertThat(ftl("<#if\u00A0kind == “huyện”>")).containsExactly("<#if kind == \"huyện\">");
        assertThat(ftl("${‘Thường trực’}")).containsExactly("${'Thường trực'}");
        assertThat(ftl("${\"“trích” dẫn\"}")).as("quotes inside a straight string stay").containsExactly("${\"“trích” dẫn\"}");
        assertThat(ftl("${“nói \"có\"”}")).containsExactly("${\"nói \\\"có\\\"\"}");
    }

    @Test
    void textThatOnlyLooksLikeFreemarkerIsNoToken() throws Exception {
        assertThat(TokenScanner.scan("a <# b <@ c $ {d} #{e} [#if f] [=g] < #h")).isEmpty();
    }

    @Test
    void aCaptureAssignmentNeedsAnEndTag() throws Exception {
        assertThat(TokenScanner.scan("<#assign x>").get(0).isCaptureAssignment()).isTrue();
        assertThat(TokenScanner.scan("<#assign x = 1>").get(0).isCaptureAssignment()).isFalse();
        assertThat(TokenScanner.scan("<#assign x++>").get(0).isCaptureAssignment()).isFalse();
    }

    @Test
    void anUnclosedTokenIsReportedWithItsStart() {
        TokenScanner.Unclosed u = catchThrowableOfType(TokenScanner.Unclosed.class,
                () -> TokenScanner.scan("Tổng ${total và <#if x"));

        assertThat(u.start).isEqualTo(5);
        assertThat(u.getMessage()).contains("\"${\" has no closing \"}\"");
    }
}
