/**
 * The PDF maker: a filled DOCX to PDF with the Java runtime's XML parser and OpenPDF, without an office suite.
 * <p>
 * {@link vn.tongket.pdf.DocxToPdf} is the entry point. A conversion has two stages:
 * <ol>
 *   <li><b>Reading</b> ({@code DocxPackage}, {@code DocxReader}, {@code BlockReader}, {@code ParagraphReader},
 *       {@code TableReader}) unpacks the DOCX, parses the parts that the relationships lead to (main document,
 *       styles, numbering, settings, headers, footers, charts) into DOM elements, and turns the WordprocessingML
 *       into a small layout model ({@code DocumentModel}, {@code ParagraphBlock}, {@code TableBlock},
 *       {@code Inline}) whose formatting is fully resolved: {@code StyleResolver} applies
 *       document defaults, table style, paragraph style ({@code w:basedOn} chains), character style and direct
 *       formatting, held as {@code ParagraphProperties}/{@code RunProperties}/{@code TableProperties} per level
 *       and resolved into {@code ParagraphStyle}/{@code RunStyle}. Lengths are converted to points on reading.
 *       {@code GlyphCoverage} then checks every character against the font that will draw it.</li>
 *   <li><b>Rendering</b> ({@code PdfRenderer}, {@code BodyFlow}, {@code BlockRenderer},
 *       {@code ParagraphRenderer}, {@code TableRenderer}, {@code HeaderFooterEvent}) lays the model out with
 *       OpenPDF: the body flows through a column continued page by page; headers and footers are drawn when a
 *       page ends, with page numbers filled in.</li>
 * </ol>
 * <p>
 * <b>Sections.</b> A {@code w:sectPr} in a paragraph ends a section; the body's own ends the last one. Each section
 * has its page size and orientation, margins, headers and footers (a kind it does not name is inherited from the
 * section before), title page and page number start; a section starts on a new page, on the same page
 * (continuous, same page size), or on an even or odd page with a blank page between when needed
 * ({@code DocxReader}, {@code BodyFlow}, {@code HeaderFooterEvent}).
 * <p>
 * <b>Page breaks inside and between paragraphs</b> follow Word ({@code BodyFlow}): widow and orphan control (on
 * unless turned off), keep lines together, keep with next (with the lines of the next paragraph widow control
 * needs; left undone, as LibreOffice does, where LibreOffice's page guess at load puts the next block on a later
 * page, {@code LibreOfficePageGuess}), at every page end a paragraph crosses; a table row breaks unless it says
 * {@code w:cantSplit}, row by row ({@code FlowColumn}, {@code WordTable}), and proportional line spacing is
 * counted in whole twips; widow control is on unless a level turns it off, in a document
 * whose styles have paragraph defaults ({@code w:pPrDefault}), as LibreOffice reads it. A line may reach into
 * the bottom margin by the extra of proportional line spacing, which LibreOffice puts above the text; a
 * horizontal table border takes room between the rows. In table cells the lines carry that extra above the text,
 * the first line of a cell none, and a cell's last paragraph is followed by the extra of its style's font, as in
 * LibreOffice. The space between two paragraphs is the larger of the
 * space after and before when the document's settings ask for HTML paragraph spacing (a settings part without
 * {@code w:doNotUseHTMLParagraphAutoSpacing}), their sum otherwise.
 * <p>
 * <b>Lines</b> ({@code ParagraphRenderer}) put the baseline where LibreOffice does: under the line gap and the
 * ascent in single and proportional spacing, at four fifths of an exact height, under the extra space of an
 * at-least height; a line of pictures without text stands on its bottom, above only the extra of
 * proportional spacing. Tabs go to custom stops of every
 * kind (left, centre, right, decimal comma) with their leader, the hanging indent, or the default stops
 * ({@code Tabs}); a justified line that ends in a line break is stretched. Small caps, character spacing, highlight
 * and run shading are drawn.
 * <p>
 * <b>Footnotes</b> ({@code Footnotes}, {@code FootnoteArea}) are numbered in reading order and drawn at the foot of
 * the page where their mark lands, under LibreOffice's separator line; the body column keeps clear of them.
 * <b>Endnotes</b> are drawn after the text on a page of their own, as LibreOffice lays out those of a DOCX
 * ({@code DocxReader}). Lines under and through text are drawn where and as thick as LibreOffice draws them
 * ({@code TextLines}).
 * Anything the converter does not draw is named, with its location, in the warnings of the result; a block that
 * fails to read or render is skipped with a warning. Output is reproducible: fonts are subset with names drawn
 * from a generator seeded by the document key ({@code SubsetPrefixRandom}), and the dates and the file
 * identifier come from the metadata ({@code ReproduciblePdfWriter} writes the trailer {@code /ID} without
 * leaving OpenPDF's {@code /FileId} entry in the document information).
 * <p>
 * <b>Lists.</b> {@code Numbering} reads {@code numbering.xml} and counts the items of the lists in reading order,
 * the lists of one abstract definition together unless a list restarts a level ({@code w:startOverride}); the label (decimal, letters, Roman numerals, bullets) is put before the text with the suffix
 * the level asks for, a tab by default, which goes to the hanging indent; the level's indents lie between the
 * paragraph style and direct formatting, as in Word.
 * <p>
 * <b>Shapes</b> drawn in the text ({@code wps:wsp}: lines with their arrow heads, rectangles, rounded rectangles,
 * ellipses, triangles, diamonds, right arrows, dashed or solid; {@code ShapeReader}, {@code ShapeDrawer}), also inside
 * {@code mc:AlternateContent}, are drawn like pictures; so are rectangular text boxes (a LibreOffice frame), their
 * content laid out inside their insets.
 * <p>
 * <b>Boxes and pictures.</b> A paragraph with borders or shading is drawn as a one-cell table whose cell holds
 * the text with its indents; the border lines lie outside the text by their {@code w:space}. Inline pictures
 * ({@code wp:inline} with an embedded {@code a:blip}) are drawn at their extent on the baseline and make their
 * line taller; alone in a paragraph without text they stand on the bottom of the line, as in LibreOffice.
 * Floating pictures and charts ({@code wp:anchor}, {@code FloatReader}, {@code FloatPlacement}) that do not wrap
 * text are drawn over or under it at their place relative to the page, the margins or their paragraph;
 * those that wrap it take a band of the column above their paragraph (square and tight wrapping are drawn as top
 * and bottom, and a wrapping graphic placed relative to the page is drawn at its paragraph; both are reported).
 * VML pictures and formats OpenPDF cannot read (EMF, WMF, SVG) are named in the warnings.
 * <p>
 * <b>Charts</b> ({@code c:chart} in a drawing; {@code ChartReader}, {@code ChartModel}, {@code ChartDrawer}) are
 * drawn as vector forms from the values Word cached in the chart part: clustered bar and column charts, line charts
 * and pie charts, with title, axes and tick labels, legend, data labels and series colours, in the bundled fonts.
 * An automatic value axis is scaled as LibreOffice scales it ({@code ChartDrawer.Scale}).
 * Any other type is named in a warning and leaves a framed box of its size.
 * <p>
 * <b>Links.</b> A hyperlink to an address becomes a link annotation with a URI action, one to a bookmark
 * ({@code w:anchor}) a GoTo to the named destination that the bookmark's place gets; both carry the print flag that
 * PDF/A asks for.
 * <p>
 * <b>Fonts.</b> A {@code FontMapping} (defaults in {@code font-mapping.properties}, configurable through
 * {@code new DocxToPdf(mapping)}) says which bundled family draws a Word font: Liberation Serif, Sans and Mono for
 * Times New Roman, Arial and Courier New, the DejaVu families by name; an unmapped font is drawn with Liberation
 * Serif and named once in the warnings. Characters the chosen face lacks are drawn with DejaVu Sans (or DejaVu
 * Serif) of the same weight and slant; a character no bundled font has is reported with its paragraph. The faces are
 * loaded once per converter ({@code org.openpdf.text.pdf.IndexedTrueTypeFont}, which keeps OpenPDF's glyph metrics
 * in an array) and shared by the conversions.
 * <p>
 * <b>Outline.</b> The PDF gets bookmarks from the headings of the body ({@code Outline}, {@code OutlineEvent}):
 * paragraphs with an outline level, set directly ({@code w:outlineLvl}) or by their style (the built-in Heading
 * styles). When no paragraph of the document has an outline level, a heuristic for Party documents, whose
 * templates format headings directly as bold body text, is used instead: an all-bold paragraph whose text starts
 * with a Roman numeral and a full stop ("I. ", "II. ", up to "XXXIX. ") is a level-1 entry, an all-bold paragraph
 * starting with a number and a full stop ("1. ", "2. ") a level-2 entry below the last level-1 one. Paragraphs in
 * tables, headers and footers never become entries.
 * <p>
 * Output is PDF/A-2u (PDF 1.7; {@code PdfA}): XMP metadata with title, author, subject, language and the fixed
 * dates, an sRGB output intent with the Java runtime's profile, embedded Identity-H fonts without a CIDSet. The
 * tests check it with veraPDF on the shipped template filled with the sample data. Streams and font subsets are
 * compressed at zlib's fastest level ({@code PdfRenderer.COMPRESSION_LEVEL}); the subsets keep OpenPDF's glyph
 * numbers, with the widths of the glyphs they leave out zeroed ({@code org.openpdf.text.pdf.UnusedGlyphMetrics}).
 * <p>
 * <b>Speed.</b> {@code BodyFlow} renders a block once for the page-break rules and writes it from those elements,
 * and tries a paragraph where it stands only when an upper bound of its height ({@code WorstCaseHeight}) does not
 * fit in the room left (docs/benchmarks.md).
 * <p>
 * Layout follows Word where OpenPDF differs: baselines sit an ascent below the top of the line (chunks are
 * raised), pages fit lines exactly, lines after a line break keep the left indent, space before a paragraph is
 * kept on page 1 and after page breaks, tables of documents laid out as by Word 2010 or earlier are shifted left
 * by the cell margin, the last line of a justified paragraph keeps natural word spacing
 * ({@code org.openpdf.text.pdf.NaturalLastLinePdfDocument}; OpenPDF would carry over the spacing of the line
 * above).
 */
package vn.tongket.pdf;
