/**
 * The PDF maker: a filled DOCX to PDF with POI and OpenPDF, without an office suite.
 * <p>
 * {@link vn.tongket.pdf.DocxToPdf} is the entry point. A conversion has two stages:
 * <ol>
 *   <li><b>Reading</b> ({@code DocxReader}, {@code BlockReader}, {@code ParagraphReader}, {@code TableReader})
 *       turns the WordprocessingML into a small layout model ({@code DocumentModel}, {@code ParagraphBlock},
 *       {@code TableBlock}, {@code Inline}) whose formatting is fully resolved: {@code StyleResolver} applies
 *       document defaults, table style, paragraph style ({@code w:basedOn} chains), character style and direct
 *       formatting, held as {@code ParagraphProperties}/{@code RunProperties}/{@code TableProperties} per level
 *       and resolved into {@code ParagraphStyle}/{@code RunStyle}. Lengths are converted to points on reading.
 *       {@code GlyphCoverage} then checks every character against the font that will draw it.</li>
 *   <li><b>Rendering</b> ({@code PdfRenderer}, {@code BodyFlow}, {@code BlockRenderer},
 *       {@code ParagraphRenderer}, {@code TableRenderer}, {@code HeaderFooterEvent}) lays the model out with
 *       OpenPDF: the body flows through a column continued page by page; headers and footers are drawn when a
 *       page ends, with page numbers filled in.</li>
 * </ol>
 * Anything the converter does not draw is named, with its location, in the warnings of the result; a block that
 * fails to read or render is skipped with a warning. Output is reproducible: fonts are subset with names drawn
 * from a generator seeded by the document key ({@code SubsetPrefixRandom}), and the dates and the file
 * identifier come from the metadata ({@code ReproduciblePdfWriter} writes the trailer {@code /ID} without
 * leaving OpenPDF's {@code /FileId} entry in the document information).
 * <p>
 * <b>Lists.</b> {@code Numbering} reads {@code numbering.xml} and counts the items of each list ({@code w:numId})
 * in reading order; the label (decimal, letters, Roman numerals, bullets) is put before the text with the suffix
 * the level asks for, a tab by default, which goes to the hanging indent; the level's indents lie between the
 * paragraph style and direct formatting, as in Word.
 * <p>
 * <b>Boxes and pictures.</b> A paragraph with borders or shading is drawn as a one-cell table whose cell holds
 * the text with its indents; the border lines lie outside the text by their {@code w:space}. Inline pictures
 * ({@code wp:inline} with an embedded {@code a:blip}) are drawn at their extent on the baseline and make their
 * line taller; floating pictures ({@code wp:anchor}), VML pictures and formats OpenPDF cannot read (EMF, WMF,
 * SVG) are named in the warnings.
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
 * tests check it with veraPDF on the shipped template filled with the sample data.
 * <p>
 * Layout follows Word where OpenPDF differs: baselines sit an ascent below the top of the line (chunks are
 * raised), pages fit lines exactly, lines after a line break keep the left indent, space before a paragraph is
 * kept on page 1 and after page breaks, tables of documents laid out as by Word 2010 or earlier are shifted left
 * by the cell margin, the last line of a justified paragraph keeps natural word spacing
 * ({@code org.openpdf.text.pdf.NaturalLastLinePdfDocument}; OpenPDF would carry over the spacing of the line
 * above).
 */
package vn.tongket.pdf;
