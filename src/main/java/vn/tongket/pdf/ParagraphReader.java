package vn.tongket.pdf;

import static vn.tongket.pdf.WordXml.attr;
import static vn.tongket.pdf.WordXml.child;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Turns a {@code w:p} element into a {@link ParagraphBlock}: resolves paragraph and run formatting through the
 * style chain, collects text, tabs, breaks, page-number fields, hyperlinks, bookmarks, pictures and charts, and warns
 * about content it cannot draw.
 */
final class ParagraphReader {

    /** Paragraph children that carry no visible content. */
    private static final Set<String> IGNORED_PARAGRAPH_CHILDREN = Set.of(
            "pPr", "bookmarkEnd", "proofErr", "permStart", "permEnd", "commentRangeStart",
            "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
            "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd",
            "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart",
            "customXmlMoveToRangeEnd", "del", "moveFrom", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr");

    /** Paragraph children whose children are paragraph content again. */
    private static final Set<String> TRANSPARENT_CONTAINERS = Set.of(
            "smartTag", "customXml", "ins", "moveTo", "dir", "bdo", "sdt", "sdtContent");

    /** Run children that carry no visible content. */
    private static final Set<String> IGNORED_RUN_CHILDREN = Set.of(
            "rPr", "lastRenderedPageBreak", "commentReference", "annotationRef", "softHyphen", "delText",
            "delInstrText", "fldData", "separator", "continuationSeparator");

    /** The markup compatibility namespace ({@code mc:AlternateContent}). */
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Fonts whose characters are pictures, not letters: a bullet in one is drawn in the text font. */
    private static final Set<String> SYMBOL_FONTS = Set.of("symbol", "wingdings", "wingdings 2", "wingdings 3",
            "webdings");

    private final StyleResolver styles;
    private final Numbering numbering;
    /** What the relationships of the part being read (body, header, footer) lead to. */
    private RelatedParts parts = RelatedParts.NONE;
    private final Warnings warnings;
    private boolean usesPageCount;
    private final Set<String> bookmarks = new LinkedHashSet<>();
    /** Reads the content of text boxes. */
    private TextBoxes textBoxes = (content, location) -> List.of();

    /** Reads the paragraphs and tables of a text box ({@code w:txbxContent}). */
    interface TextBoxes {
        List<Block> read(Element content, String location);
    }

    /** Sets how the content of text boxes is read. */
    void textBoxesFrom(TextBoxes reader) {
        this.textBoxes = reader;
    }

    /** Reads the footnotes that references lead to. */
    private Footnotes footnotes = Footnotes.NONE;
    private int footnotesNumbered;
    private Footnotes endnotes = Footnotes.NONE;
    private int endnotesNumbered;
    /** How endnotes are numbered ({@code w:endnotePr/w:numFmt}): i, ii, iii unless the settings say otherwise. */
    private String endnoteFormat = "lowerRoman";
    /** The endnotes referred to so far, in reading order: each note's blocks. */
    private final List<Block> endnoteBlocks = new ArrayList<>();
    /** The mark of the footnote being read, which its {@code w:footnoteRef} shows; null outside footnotes. */
    private String noteMark;
    /** Internal links as "location" and bookmark name, checked when the whole document is read. */
    private final List<String[]> internalLinks = new ArrayList<>();

    ParagraphReader(StyleResolver styles, Numbering numbering, Warnings warnings) {
        this.styles = styles;
        this.numbering = numbering;
        this.warnings = warnings;
    }

    /** Sets where footnote references lead. */
    void footnotesFrom(Footnotes notes) {
        this.footnotes = notes;
    }

    /** Sets where endnote references lead and how the endnotes are numbered (a {@code w:numFmt} value). */
    void endnotesFrom(Footnotes notes, String format) {
        this.endnotes = notes;
        this.endnoteFormat = format;
    }

    /** The blocks of the endnotes referred to so far, one note after another in the order of their marks. */
    List<Block> endnotes() {
        return List.copyOf(endnoteBlocks);
    }

    /** Sets the mark of the footnote whose paragraphs are read next (null after it). */
    void noteMark(String mark) {
        this.noteMark = mark;
    }

    /** The mark of the footnote being read, null outside footnotes. */
    String noteMark() {
        return noteMark;
    }

    /** Sets where the pictures, charts and hyperlinks of the paragraphs read next lead: their package part. */
    void partsFrom(RelatedParts related) {
        this.parts = related;
    }

    /** Where the pictures, charts and hyperlinks of the paragraphs being read lead. */
    RelatedParts parts() {
        return parts;
    }

    /** The names of the bookmarks read so far. */
    Set<String> bookmarks() {
        return bookmarks;
    }

    /** Warns about each link read so far to a bookmark that the document does not have. */
    void checkInternalLinks() {
        for (String[] link : internalLinks) {
            if (!bookmarks.contains(link[1])) {
                warnings.add(link[0], "link to bookmark '" + link[1] + "' not rendered: the document has no such "
                        + "bookmark (the text is drawn)");
            }
        }
    }

    /** Whether any paragraph read so far holds a NUMPAGES field. */
    boolean usesPageCount() {
        return usesPageCount;
    }

    /**
     * @param tableStyle the style of the table the paragraph is in, {@link StyleResolver.TableStyle#NONE} outside tables
     */
    ParagraphBlock read(Element p, String location, StyleResolver.TableStyle tableStyle) {
        Element pPr = child(p, "pPr");
        String styleId = attr(child(pPr, "pStyle"), "val");
        ParagraphProperties styled = styles.documentParagraphDefaults()
                .overlay(tableStyle.paragraph())
                .overlay(styles.paragraphStyle(styleId));
        ParagraphProperties direct = ParagraphProperties.read(pPr);
        ParagraphProperties properties = styled.overlay(direct);
        RunProperties runBase = styles.documentRunDefaults()
                .overlay(tableStyle.run())
                .overlay(styles.paragraphStyleRun(styleId));
        RunProperties mark = runBase.overlay(RunProperties.read(child(pPr, "rPr")));
        Numbering.Label label = null;
        if (properties.isListItem()) {
            label = listLabel(properties, location);
            if (label != null) {
                // the list level's indents lie between the paragraph style and direct formatting
                properties = styled.overlay(label.level().paragraph()).overlay(direct);
            }
        }
        warnAboutUndrawnFormatting(pPr, location);
        Collector collector = new Collector(location, runBase);
        collector.content(p);
        List<Inline> inlines = collector.finish();
        if (label != null) {
            inlines = withLabel(label, mark, inlines);
        }
        return new ParagraphBlock(location, properties.resolve(), mark.resolve(), runBase.resolve(), inlines, null);
    }

    /** Counts the list item and gives its label, or warns and gives null when the list cannot be drawn. */
    private Numbering.Label listLabel(ParagraphProperties properties, String location) {
        int numId = properties.numId();
        Numbering.Label label = numbering.next(numId, properties.listLevel());
        if (label == null) {
            warnings.add(location, "list numbering not rendered: " + numbering.problem(numId, properties.listLevel()));
        } else if (!Numbering.isDrawn(label.level().format())) {
            warnings.add(location, "list number format " + label.level().format() + " drawn as decimal");
        }
        return label;
    }

    /**
     * The label before the text, in the paragraph mark's formatting with the level's on top, then a tab (which
     * goes to the hanging indent), a space or nothing. A bullet in a symbol font is drawn in the text font.
     */
    private static List<Inline> withLabel(Numbering.Label label, RunProperties mark, List<Inline> inlines) {
        RunProperties labelProperties = mark.overlay(label.level().run());
        if (labelProperties.fontName() != null && SYMBOL_FONTS.contains(labelProperties.fontName()
                .toLowerCase(Locale.ROOT))) {
            labelProperties = labelProperties.withFontName(mark.fontName());
        }
        RunStyle style = labelProperties.resolve();
        List<Inline> result = new ArrayList<>(inlines.size() + 2);
        result.add(new Inline.Text(label.text(), style));
        switch (label.level().suffix()) {
            case "space" -> result.add(new Inline.Text(" ", style));
            case "nothing" -> {
                // the text follows the label directly
            }
            default -> result.add(new Inline.Tab(style));
        }
        result.addAll(inlines);
        return result;
    }

    /** Paragraph formatting that the converter does not draw, taken from the paragraph's own properties. */
    private void warnAboutUndrawnFormatting(Element pPr, String location) {
        if (child(pPr, "framePr") != null) {
            warnings.add(location, "frame position not rendered (drawn in the text flow)");
        }
    }

    /** Collects the inlines of one paragraph, following complex fields across its runs. */
    private final class Collector {

        private final String location;
        private final RunProperties runBase;
        private final List<Inline> inlines = new ArrayList<>();
        private final Deque<ComplexField> openFields = new ArrayDeque<>();
        /** The target of the hyperlink being read, or null outside hyperlinks. */
        private Inline.Link link;

        Collector(String location, RunProperties runBase) {
            this.location = location;
            this.runBase = runBase;
        }

        void content(Element container) {
            for (Element e : WordXml.children(container)) {
                String name = e.getLocalName();
                if (!WordXml.W.equals(e.getNamespaceURI())) {
                    unsupported(e);
                } else if (name.equals("r")) {
                    run(e);
                } else if (name.equals("hyperlink")) {
                    hyperlink(e);
                } else if (name.equals("bookmarkStart")) {
                    String bookmark = attr(e, "name");
                    if (bookmark != null && !bookmark.equals("_GoBack")) {
                        bookmarks.add(bookmark);
                        visible(new Inline.Bookmark(bookmark));
                    }
                } else if (TRANSPARENT_CONTAINERS.contains(name)) {
                    content(e);
                } else if (name.equals("fldSimple")) {
                    simpleField(e);
                } else if (!IGNORED_PARAGRAPH_CHILDREN.contains(name)) {
                    unsupported(e);
                }
            }
        }

        /** The content of a hyperlink, linked to its address ({@code r:id}) or bookmark ({@code w:anchor}). */
        private void hyperlink(Element hyperlink) {
            Inline.Link outer = link;
            String id = hyperlink.getAttributeNS(WordXml.R, "id");
            String anchor = attr(hyperlink, "anchor");
            if (id != null && !id.isEmpty()) {
                String url = parts.hyperlink(id);
                if (url == null) {
                    warnings.add(location, "hyperlink not rendered: its target is missing (the text is drawn)");
                } else {
                    link = new Inline.Link(url, null);
                }
            } else if (anchor != null) {
                link = new Inline.Link(null, anchor);
                internalLinks.add(new String[]{location, anchor});
            }
            content(hyperlink);
            link = outer;
        }

        /** The run's formatting: the paragraph's, then the run's character style, then its direct formatting. */
        private RunProperties runProperties(Element r) {
            Element rPr = child(r, "rPr");
            return runBase
                    .overlay(styles.characterStyle(attr(child(rPr, "rStyle"), "val")))
                    .overlay(RunProperties.read(rPr));
        }

        private void run(Element r) {
            RunProperties properties = runProperties(r);
            RunStyle style = properties.resolve();
            for (Element e : WordXml.children(r)) {
                if (isAlternateContent(e)) {
                    Element drawing = drawingChoice(e);
                    if (drawing != null) {
                        drawing(drawing);
                    } else {
                        unsupported(e);
                    }
                    continue;
                }
                if (!WordXml.W.equals(e.getNamespaceURI())) {
                    unsupported(e);
                    continue;
                }
                switch (e.getLocalName()) {
                    case "t" -> {
                        if (!properties.isHidden()) {
                            String text = WordXml.text(e);
                            text(properties.isCaps() ? text.toUpperCase(Locale.ROOT) : text, style);
                        }
                    }
                    case "noBreakHyphen" -> text("-", style);
                    case "sym" -> {
                        // a character of a symbol font, drawn as the Unicode character it shows
                        String shown = Numbering.symbol(attr(e, "char"));
                        if (shown != null) {
                            text(shown, style);
                        } else {
                            unsupported(e);
                        }
                    }
                    case "tab", "ptab" -> visible(new Inline.Tab(style));
                    case "br" -> visible(isPageBreak(e) ? new Inline.PageBreak() : new Inline.LineBreak(style));
                    case "cr" -> visible(new Inline.LineBreak(style));
                    case "fldChar" -> fieldCharacter(e, style);
                    case "drawing" -> drawing(e);
                    case "footnoteReference" -> footnote(e, style);
                    case "endnoteReference" -> endnote(e, style);
                    case "footnoteRef", "endnoteRef" -> {
                        // LibreOffice raises a note's own number whatever its run says
                        if (noteMark != null) {
                            text(noteMark, style.withVerticalAlign(RunStyle.VerticalAlign.SUPERSCRIPT));
                        }
                    }
                    case "instrText" -> {
                        if (!openFields.isEmpty() && !openFields.peek().inResult) {
                            openFields.peek().instruction.append(WordXml.text(e));
                        }
                    }
                    default -> {
                        if (!IGNORED_RUN_CHILDREN.contains(e.getLocalName())) {
                            unsupported(e);
                        }
                    }
                }
            }
        }

        /**
         * A picture, chart or shape (a line, rectangle or ellipse), in the line ({@code wp:inline}) or floating
         * ({@code wp:anchor}); anything else in a drawing (text boxes, groups, other shapes) is named.
         */
        private void drawing(Element drawing) {
            Element inline = WordXml.childNs(drawing, WordXml.WP, "inline");
            Element frame = inline != null ? inline : WordXml.childNs(drawing, WordXml.WP, "anchor");
            if (frame == null) {
                unsupported(drawing);
                return;
            }
            Element extent = WordXml.childNs(frame, WordXml.WP, "extent");
            float width = WordXml.emuToPt(extent == null ? null : extent.getAttribute("cx"));
            float height = WordXml.emuToPt(extent == null ? null : extent.getAttribute("cy"));
            Element chartReference = WordXml.descendant(frame, ChartReader.C, "chart");
            Element blip = WordXml.descendant(frame, WordXml.A, "blip");
            Element wsp = WordXml.descendant(frame, ShapeReader.WPS, "wsp");
            Inline.Graphic shape = ShapeReader.read(wsp, width, height);
            Element textBoxContent = wsp == null ? null : ShapeReader.textBoxContent(wsp);
            if (textBoxContent != null) {
                shape = ShapeReader.textBox(wsp, textBoxes.read(textBoxContent, location + ", text box"), width,
                        height);
            } else if (WordXml.containsElement(frame, "txbxContent")) {
                unsupported(drawing);
                return;
            }
            Inline.Graphic graphic;
            if (chartReference != null) {
                graphic = chart(chartReference, width, height);
            } else if (blip != null && WordXml.containsElement(frame, "pic")) {
                graphic = picture(blip, width, height);
            } else if (shape != null) {
                graphic = shape;
                String compound = ShapeReader.compoundOutline(wsp);
                if (compound != null) {
                    warnings.add(location, "shape outline \"" + compound + "\" (several lines) drawn as one line");
                }
            } else {
                unsupported(drawing);
                return;
            }
            if (graphic != null) {
                visible(inline != null ? graphic : new Inline.Floating(graphic, FloatReader.placement(frame,
                        message -> warnings.add(location, message))));
            }
        }

        /** A footnote reference: its mark, numbered in reading order unless the text after it is the mark. */
        private void footnote(Element reference, RunStyle style) {
            String id = attr(reference, "id");
            boolean customMark = Boolean.TRUE.equals(WordXml.onOffAttr(reference, "customMarkFollows"));
            String mark = customMark ? "" : String.valueOf(footnotesNumbered + 1);
            List<Block> body = footnotes.read(id, mark);
            if (body == null) {
                warnings.add(location, "footnote " + id + " not rendered: the document has no such footnote");
                return;
            }
            if (!customMark) {
                footnotesNumbered++;
            }
            visible(new Inline.Note(mark, style, body));
        }

        /**
         * An endnote reference: its mark in the text, numbered in reading order unless the text after it is the
         * mark; the note goes to the endnotes at the end of the document.
         */
        private void endnote(Element reference, RunStyle style) {
            String id = attr(reference, "id");
            boolean customMark = Boolean.TRUE.equals(WordXml.onOffAttr(reference, "customMarkFollows"));
            String mark = customMark ? "" : Numbering.format(endnoteFormat, endnotesNumbered + 1);
            List<Block> body = endnotes.read(id, mark);
            if (body == null) {
                warnings.add(location, "endnote " + id + " not rendered: the document has no such endnote");
                return;
            }
            if (!customMark) {
                endnotesNumbered++;
            }
            endnoteBlocks.addAll(body);
            text(mark, style);
        }

        /** Markup compatibility ({@code mc:AlternateContent}): a choice of content, with a fallback for old readers. */
        private static boolean isAlternateContent(Element e) {
            return MC.equals(e.getNamespaceURI()) && e.getLocalName().equals("AlternateContent");
        }

        /** The {@code w:drawing} of the first choice that has one (LibreOffice and Word write shapes so). */
        private static Element drawingChoice(Element alternateContent) {
            for (Element choice : WordXml.children(alternateContent)) {
                if (MC.equals(choice.getNamespaceURI()) && choice.getLocalName().equals("Choice")) {
                    Element drawing = WordXml.child(choice, "drawing");
                    if (drawing != null) {
                        return drawing;
                    }
                }
            }
            return null;
        }

        private Inline.Graphic picture(Element blip, float width, float height) {
            String embed = blip.getAttributeNS(WordXml.R, "embed");
            byte[] image = embed == null || embed.isEmpty() ? null : parts.image(embed);
            if (image == null) {
                warnings.add(location, "picture not rendered: its image is not in the document (linked picture)");
            } else if (!Pictures.isReadable(image)) {
                warnings.add(location, "picture not rendered: the image format is not supported (PNG, JPEG, GIF, "
                        + "BMP and TIFF are)");
            } else if (width <= 0f || height <= 0f) {
                warnings.add(location, "picture not rendered: it has no size");
            } else {
                return new Inline.Picture(image, width, height);
            }
            return null;
        }

        /** A chart drawn from its cached values; a type that is not drawn gets a framed placeholder and a warning. */
        private Inline.Graphic chart(Element reference, float width, float height) {
            if (width <= 0f || height <= 0f) {
                warnings.add(location, "chart not rendered: it has no size");
                return null;
            }
            Element chartSpace = parts.chart(reference.getAttributeNS(WordXml.R, "id"));
            ChartModel chart;
            if (chartSpace == null) {
                warnings.add(location, "chart not rendered: its chart part is missing; an empty frame of its size "
                        + "stands in its place");
                chart = ChartModel.placeholder("chart", null, "Liberation Sans", 10f);
            } else {
                try {
                    chart = ChartReader.read(chartSpace);
                } catch (RuntimeException e) {
                    warnings.add(location, "chart not rendered, its part could not be read (" + e
                            + "); an empty frame of its size stands in its place");
                    chart = ChartModel.placeholder("chart", null, "Liberation Sans", 10f);
                }
                if (chart.kind() == ChartModel.Kind.PLACEHOLDER) {
                    warnings.add(location, chart.typeName() + " not drawn (bar, column, line and pie charts are); "
                            + "an empty frame of its size stands in its place");
                }
            }
            return new Inline.Chart(chart, width, height);
        }

        private static boolean isPageBreak(Element br) {
            String type = attr(br, "type");
            return "page".equals(type) || "column".equals(type);
        }

        private void fieldCharacter(Element fldChar, RunStyle style) {
            switch (String.valueOf(attr(fldChar, "fldCharType"))) {
                case "begin" -> openFields.push(new ComplexField(style));
                case "separate" -> {
                    if (!openFields.isEmpty()) {
                        ComplexField field = openFields.peek();
                        field.inResult = true;
                        field.kind = pageFieldKind(field.instruction.toString());
                    }
                }
                case "end" -> {
                    if (!openFields.isEmpty()) {
                        closeField(openFields.pop());
                    }
                }
                default -> {
                    // an unknown field character type: nothing to draw
                }
            }
        }

        private void closeField(ComplexField field) {
            if (!field.inResult) {
                field.kind = pageFieldKind(field.instruction.toString());
            }
            if (field.kind != null) {
                RunStyle style = field.resultStyle != null ? field.resultStyle : field.beginStyle;
                visible(new Inline.PageField(field.kind, style, field.cachedResult.toString()));
            }
        }

        private void simpleField(Element fldSimple) {
            Inline.PageField.Kind kind = pageFieldKind(attr(fldSimple, "instr"));
            if (kind == null) {
                content(fldSimple);
                return;
            }
            Element firstRun = child(fldSimple, "r");
            RunProperties properties = firstRun == null ? runBase : runProperties(firstRun);
            StringBuilder cached = new StringBuilder();
            for (Element r : WordXml.children(fldSimple, "r")) {
                for (Element t : WordXml.children(r, "t")) {
                    cached.append(WordXml.text(t));
                }
            }
            visible(new Inline.PageField(kind, properties.resolve(), cached.toString()));
        }

        private Inline.PageField.Kind pageFieldKind(String instruction) {
            if (instruction == null) {
                return null;
            }
            String[] words = instruction.trim().split("\\s+", 2);
            return switch (words[0].toUpperCase(Locale.ROOT)) {
                case "PAGE" -> Inline.PageField.Kind.PAGE;
                case "NUMPAGES", "SECTIONPAGES" -> {
                    usesPageCount = true;
                    yield Inline.PageField.Kind.NUMPAGES;
                }
                default -> null;
            };
        }

        private void text(String text, RunStyle style) {
            if (text.isEmpty()) {
                return;
            }
            for (ComplexField field : openFields) {
                if (!field.inResult) {
                    return;
                }
                if (field.kind != null) {
                    field.cachedResult.append(text);
                    if (field.resultStyle == null) {
                        field.resultStyle = style;
                    }
                    return;
                }
            }
            if (!inlines.isEmpty() && inlines.getLast() instanceof Inline.Text last && last.style().equals(style)
                    && Objects.equals(last.link(), link)) {
                inlines.set(inlines.size() - 1, new Inline.Text(last.text() + text, style, link));
            } else {
                inlines.add(new Inline.Text(text, style, link));
            }
        }

        /** Adds an inline unless it belongs to a field instruction or to a result that a page field replaces. */
        private void visible(Inline inline) {
            for (ComplexField field : openFields) {
                if (!field.inResult || field.kind != null) {
                    return;
                }
            }
            inlines.add(inline);
        }

        private void unsupported(Element e) {
            warnings.add(location, Unsupported.describe(e) + " not rendered");
        }

        List<Inline> finish() {
            while (!openFields.isEmpty()) {
                closeField(openFields.pop());
            }
            List<Inline> result = new ArrayList<>(inlines.size());
            for (Inline inline : inlines) {
                result.add(inline instanceof Inline.Text t
                        ? new Inline.Text(Normalizer.normalize(t.text(), Normalizer.Form.NFC), t.style(), t.link())
                        : inline);
            }
            return result;
        }
    }

    /** A field opened by {@code fldChar begin}: its instruction, then its result up to {@code fldChar end}. */
    private static final class ComplexField {
        final RunStyle beginStyle;
        final StringBuilder instruction = new StringBuilder();
        final StringBuilder cachedResult = new StringBuilder();
        boolean inResult;
        Inline.PageField.Kind kind;
        RunStyle resultStyle;

        ComplexField(RunStyle beginStyle) {
            this.beginStyle = beginStyle;
        }
    }
}
