package vn.tongket.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Node;

import vn.tongket.docx.PartWriter.DirectiveUse;
import vn.tongket.docx.Token.Kind;

/**
 * Pairs start and end tags the way FreeMarker nests them and checks that each pair sits at one level of the
 * document, so that what FreeMarker repeats or drops between them is whole XML: two tag paragraphs (or rows)
 * side by side in one container, or two tags among the runs of paragraphs (the same paragraph, or paragraphs side
 * by side). A {@code <#list>} paragraph closed by a {@code </#list>} typed inside a table cell would otherwise
 * produce a corrupt document.
 *
 * <p>It also gives unclosed and mismatched tags a precise place, where FreeMarker only says "end of file".
 */
final class DirectiveChecker {

    record Problem(String place, String detail, boolean nesting) {
    }

    private static final Set<String> NEEDS_END = Set.of("if", "list", "items", "switch", "macro", "function",
            "attempt", "compress", "escape", "noescape", "autoesc", "noautoesc", "outputformat", "noparse", "comment",
            "foreach", "transform");
    private static final Set<String> MIDDLE = Set.of("else", "elseif", "recover", "case", "on", "default");
    /** {@code <#sep>} may or may not have an end tag. */
    private static final String OPTIONAL_END = "sep";
    private static final Set<String> CAPTURING = Set.of("assign", "local", "global");

    private record Open(DirectiveUse use, String key, boolean strict) {
    }

    private DirectiveChecker() {
    }

    /**
     * The first problem with the tags of a part, or null. With {@code nesting} false only level problems are
     * reported (FreeMarker has accepted the nesting).
     */
    static Problem check(List<DirectiveUse> uses, boolean nesting) {
        List<Open> stack = new ArrayList<>();
        for (DirectiveUse u : uses) {
            Token t = u.token();
            String name = t.name().toLowerCase(Locale.ROOT);
            switch (t.kind()) {
                case DIRECTIVE -> {
                    if (t.selfClosing()) {
                        continue;
                    }
                    if (NEEDS_END.contains(name) || t.isCaptureAssignment()) {
                        stack.add(new Open(u, name, true));
                    } else if (name.equals(OPTIONAL_END)) {
                        stack.add(new Open(u, name, false));
                    } else if (MIDDLE.contains(name) && !stack.isEmpty()) {
                        Open owner = innermostStrict(stack);
                        if (owner != null && !sameLevel(owner.use(), u)) {
                            return levelProblem(owner.use(), u);
                        }
                    }
                }
                case MACRO_CALL -> {
                    if (!t.selfClosing()) {
                        stack.add(new Open(u, "@" + t.name(), true));
                    }
                }
                case END_DIRECTIVE, END_MACRO_CALL -> {
                    if (t.kind() == Kind.END_DIRECTIVE && !NEEDS_END.contains(name) && !name.equals(OPTIONAL_END)
                            && !CAPTURING.contains(name)) {
                        continue; // an unknown directive: FreeMarker names it better
                    }
                    String key = t.kind() == Kind.END_MACRO_CALL ? "@" + t.name() : name;
                    int at = stack.size() - 1;
                    while (at >= 0 && !matches(stack.get(at).key(), key)) {
                        at--;
                    }
                    if (at < 0) {
                        if (nesting) {
                            return new Problem(u.place(), quote(t) + " has no matching start tag before it", true);
                        }
                        continue;
                    }
                    for (int i = stack.size() - 1; i > at; i--) {
                        Open inner = stack.get(i);
                        if (inner.strict() && nesting) {
                            return new Problem(u.place(), quote(t) + " closes " + quote(stack.get(at).use().token())
                                    + " (" + stack.get(at).use().place() + "), but " + quote(inner.use().token())
                                    + " (" + inner.use().place() + ") is still open", true);
                        }
                    }
                    Open opener = stack.get(at);
                    stack.subList(at, stack.size()).clear();
                    if (!sameLevel(opener.use(), u)) {
                        return levelProblem(opener.use(), u);
                    }
                }
                default -> {
                    // interpolations and comments pair with nothing
                }
            }
        }
        if (nesting) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                Open open = stack.get(i);
                if (open.strict()) {
                    String end = open.key().startsWith("@") ? "</@" + open.key().substring(1) + ">" : "</#" + open.key() + ">";
                    return new Problem(open.use().place(),
                            quote(open.use().token()) + " is never closed: \"" + end + "\" is missing", true);
                }
            }
        }
        return null;
    }

    private static Open innermostStrict(List<Open> stack) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).strict()) {
                return stack.get(i);
            }
        }
        return null;
    }

    private static boolean matches(String openKey, String closeKey) {
        return openKey.equals(closeKey) || (closeKey.equals("@") && openKey.startsWith("@"));
    }

    /**
     * Whether the XML between two tags is balanced in a repeatable way: from their deepest common ancestor, the
     * two tags must lie under elements of the same names at the same depth.
     */
    static boolean sameLevel(DirectiveUse a, DirectiveUse b) {
        List<Node> ca = a.chain();
        List<Node> cb = b.chain();
        int common = 0;
        while (common < ca.size() && common < cb.size() && ca.get(common) == cb.get(common)) {
            common++;
        }
        if (ca.size() != cb.size()) {
            return false;
        }
        for (int i = common; i < ca.size(); i++) {
            if (!ca.get(i).getNodeName().equals(cb.get(i).getNodeName())) {
                return false;
            }
        }
        return true;
    }

    private static Problem levelProblem(DirectiveUse open, DirectiveUse other) {
        return new Problem(open.place(), quote(open.token()) + " and " + quote(other.token()) + " ("
                + other.place() + ") are not at the same level of the document. Put each of them alone in its own"
                + " paragraph (or table row) in the same place (the body, or the same table cell), or both inside"
                + " one paragraph", false);
    }

    private static String quote(Token t) {
        return "\"" + t.ftl() + "\"";
    }
}
