package vn.tongket.docx;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Gathers each FreeMarker token of a paragraph into the text element of the run where it starts.
 *
 * <p>Word splits typed text into runs wherever formatting, spell-check marks, revision ids or autocorrect change,
 * so {@code ${unit.name}} may arrive as {@code ${unit.na} + {@code me}} in two runs with a {@code w:proofErr}
 * between them. The tokens are found in the concatenated text of the paragraph's {@code w:t} elements; each token's
 * whole text then moves into the {@code w:t} where it starts (whose run formatting the filled value keeps) and its
 * characters are removed from the elements that followed. Text outside tokens does not move.
 */
final class RunNormalizer {

    /** A token after normalisation: it lies wholly inside one {@code w:t}, at [start, end) of its text. */
    record Placed(Token token, Element text, int start, int end) {
    }

    /** The tokens of one paragraph. */
    record Paragraph(Element p, List<Placed> tokens, boolean tagsOnly) {
    }

    private final Map<Element, Paragraph> paragraphs = new IdentityHashMap<>();
    private final Map<Element, List<Placed>> byText = new IdentityHashMap<>();

    private RunNormalizer() {
    }

    /** Normalises every paragraph under root (text boxes included) and remembers where the tokens ended up. */
    static RunNormalizer normalize(Element root, Locations locations, PartRef part) {
        RunNormalizer n = new RunNormalizer();
        for (Element p : WordXml.all(root, "p")) {
            n.normalizeParagraph(p, locations, part);
        }
        removeStaleMarks(root);
        return n;
    }

    /** The paragraph's tokens, or null if it has none. */
    Paragraph paragraph(Element p) {
        return paragraphs.get(p);
    }

    /** The tokens inside one {@code w:t}, in order; empty if none. */
    List<Placed> tokensIn(Element text) {
        return byText.getOrDefault(text, List.of());
    }

    private void normalizeParagraph(Element p, Locations locations, PartRef part) {
        List<Element> texts = WordXml.ownTexts(p);
        if (texts.isEmpty()) {
            return;
        }
        int[] offsets = new int[texts.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            offsets[i] = all.length();
            all.append(texts.get(i).getTextContent());
        }
        offsets[texts.size()] = all.length();
        if (all.indexOf("${") < 0 && all.indexOf("<#") < 0 && all.indexOf("</#") < 0 && all.indexOf("<@") < 0
                && all.indexOf("</@") < 0) {
            return;
        }
        List<Token> tokens;
        try {
            tokens = TokenScanner.scan(all.toString());
        } catch (TokenScanner.Unclosed e) {
            throw part.problem(locations.place(p), e.getMessage() + ": \"" + excerpt(all, e.start) + "\"");
        }
        if (tokens.isEmpty()) {
            return;
        }

        // Rebuild each w:t's text: token characters go to the w:t where the token starts, the rest stay put.
        StringBuilder[] rebuilt = new StringBuilder[texts.size()];
        List<List<Placed>> placed = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            rebuilt[i] = new StringBuilder();
            placed.add(new ArrayList<>());
        }
        boolean[] changed = new boolean[texts.size()];
        int next = 0;
        int owner = 0;
        List<Placed> paragraphTokens = new ArrayList<>(tokens.size());
        for (int g = 0; g < all.length(); ) {
            while (g >= offsets[owner + 1]) {
                owner++;
            }
            if (next < tokens.size() && tokens.get(next).start() == g) {
                Token t = tokens.get(next++);
                int localStart = rebuilt[owner].length();
                rebuilt[owner].append(t.ftl());
                Placed pl = new Placed(t.shifted(localStart), texts.get(owner), localStart, rebuilt[owner].length());
                placed.get(owner).add(pl);
                paragraphTokens.add(pl);
                if (t.end() > offsets[owner + 1] || !t.ftl().equals(all.substring(t.start(), t.end()))) {
                    for (int k = owner; k < texts.size() && offsets[k] < t.end(); k++) {
                        changed[k] = true;
                    }
                }
                g = t.end();
            } else {
                rebuilt[owner].append(all.charAt(g++));
            }
        }

        for (int i = 0; i < texts.size(); i++) {
            Element t = texts.get(i);
            if (!placed.get(i).isEmpty()) {
                byText.put(t, placed.get(i));
                t.setAttributeNS(WordXml.XML_NS, "xml:space", "preserve");
            }
            if (!changed[i]) {
                continue;
            }
            if (rebuilt[i].isEmpty()) {
                removeText(t);
            } else {
                t.setTextContent(rebuilt[i].toString());
                t.setAttributeNS(WordXml.XML_NS, "xml:space", "preserve");
            }
        }

        boolean tagsOnly = !WordXml.hasSignificantContent(p);
        if (tagsOnly) {
            int last = 0;
            for (Token t : tokens) {
                if (!t.isTag() || !all.substring(last, t.start()).isBlank()) {
                    tagsOnly = false;
                    break;
                }
                last = t.end();
            }
            tagsOnly = tagsOnly && all.substring(last).isBlank();
        }
        paragraphs.put(p, new Paragraph(p, List.copyOf(paragraphTokens), tagsOnly));
    }

    /** Removes an emptied w:t, and its run if nothing but run properties is left in it. */
    private static void removeText(Element t) {
        Node run = t.getParentNode();
        run.removeChild(t);
        if (!WordXml.isW(run, "r")) {
            return;
        }
        for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && !WordXml.isW(c, "rPr")) {
                return;
            }
        }
        run.getParentNode().removeChild(run);
    }

    /** Spell-check marks and the last layout's page breaks describe the template, not the filled document. */
    private static void removeStaleMarks(Element root) {
        for (String name : List.of("proofErr", "lastRenderedPageBreak")) {
            for (Element e : WordXml.all(root, name)) {
                e.getParentNode().removeChild(e);
            }
        }
    }

    private static String excerpt(CharSequence text, int from) {
        int end = Math.min(text.length(), from + 40);
        return text.subSequence(from, end) + (end < text.length() ? "…" : "");
    }
}
