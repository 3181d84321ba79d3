package vn.tongket.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STProofErr;

/** Builds Word templates with POI the way Word saves them: text split into runs, proofing marks between them. */
final class Templates {

    private Templates() {
    }

    static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document with one plain paragraph per argument. */
    static byte[] paragraphs(String... texts) {
        return docx(doc -> {
            for (String t : texts) {
                paragraph(doc.createParagraph(), t);
            }
        });
    }

    /** Fills the paragraph with one run per piece, in Times New Roman, Vietnamese. */
    static XWPFParagraph paragraph(XWPFParagraph p, String... pieces) {
        for (String piece : pieces) {
            run(p, piece);
        }
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily("Times New Roman");
        r.setText(text);
        return r;
    }

    /** Word's spell-check marks around the next runs: the kind of element that splits a typed placeholder. */
    static void proofErrStart(XWPFParagraph p) {
        p.getCTP().addNewProofErr().setType(STProofErr.SPELL_START);
    }

    static void proofErrEnd(XWPFParagraph p) {
        p.getCTP().addNewProofErr().setType(STProofErr.SPELL_END);
    }

    static void bookmark(XWPFParagraph p, int id, String name) {
        CTBookmark b = p.getCTP().addNewBookmarkStart();
        b.setId(BigInteger.valueOf(id));
        b.setName(name);
    }

    static XWPFTable table(XWPFDocument doc, String[]... rows) {
        XWPFTable table = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                if (!rows[r][c].isEmpty()) {
                    paragraph(p, rows[r][c]);
                }
            }
        }
        return table;
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the body's paragraphs (tables left out), in order. */
    static List<String> bodyTexts(byte[] docx) {
        try (XWPFDocument doc = open(docx)) {
            List<String> texts = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                texts.add(p.getText());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> tableTexts(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The same zip with one entry's content replaced (for templates POI would not write). */
    static byte[] withEntry(byte[] zip, String name, byte[] content) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] data = in.readAllBytes();
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    out.write(e.getName().equals(name) ? content : data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
