package vn.tongket.ingest.xlsx;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.tongket.vietnamese.VietnameseText;

/**
 * An .xlsx workbook read as a stream: POI's {@link XSSFReader} gives the parts, each sheet is read with a SAX
 * handler into its non-blank cells, and no {@code XSSFWorkbook} is ever built. POI's protections stay as they are:
 * {@code ZipSecureFile} refuses parts that inflate suspiciously (zip bombs), and POI's XML parsers refuse document
 * type declarations (XXE). On top of them, every XML part read here is limited to {@link #MAX_PART_BYTES}, and a
 * sheet to the rows and columns the caller allows.
 */
public final class StreamingWorkbook implements Closeable {

    /** The most uncompressed XML read from one part (a sheet, the shared strings). */
    public static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** The most XML read from the styles part, which POI holds as a document tree. */
    public static final long MAX_STYLES_BYTES = 4L * 1024 * 1024;

    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String OLE2_MESSAGE = "the file is an Excel 97-2003 workbook (.xls) or a password-protected"
            + " one; save it as an Excel Workbook (.xlsx) without a password";

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, boolean[]> formats = new HashMap<>();

    private StreamingWorkbook(OPCPackage pkg, Map<String, PackagePart> sheets, ReadOnlySharedStringsTable strings,
                              StylesTable styles, boolean date1904) {
        this.pkg = pkg;
        this.sheets = sheets;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** Opens a workbook for reading; nothing is written back to the file. */
    public static StreamingWorkbook open(Path file) throws WorkbookException {
        checkSignature(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new WorkbookException(OLE2_MESSAGE, null, null, e);
        } catch (ODFNotOfficeXmlFileException e) {
            throw new WorkbookException("the file is an OpenDocument spreadsheet (.ods); save it as an Excel"
                    + " Workbook (.xlsx)", null, null, e);
        } catch (Exception e) {
            throw new WorkbookException(explain(e, "the file is not an Excel workbook (.xlsx)"), null, null, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                iterator.next().close();
                sheets.putIfAbsent(VietnameseText.nfc(iterator.getSheetName()), iterator.getSheetPart());
            }
            boolean date1904 = readDate1904(reader);
            ReadOnlySharedStringsTable strings = null;
            List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (!stringParts.isEmpty()) {
                try (InputStream in = limited(stringParts.getFirst(), MAX_PART_BYTES)) {
                    strings = new ReadOnlySharedStringsTable(in, false);
                }
            }
            StylesTable styles = null;
            List<PackagePart> styleParts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
            if (!styleParts.isEmpty()) {
                try (InputStream in = limited(styleParts.getFirst(), MAX_STYLES_BYTES)) {
                    styles = new StylesTable(in);
                }
            }
            return new StreamingWorkbook(pkg, sheets, strings, styles, date1904);
        } catch (Exception e) {
            pkg.revert();
            throw new WorkbookException(explain(e, "the workbook cannot be read"), null, null, e);
        }
    }

    /** Refuses, before POI is involved, what is plainly no .xlsx: an .xlsx is a zip ("PK\3\4"). */
    private static void checkSignature(Path file) throws WorkbookException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkbookException("cannot read the file: " + e.getMessage(), null, null, e);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return;
        }
        if (n == 8 && Arrays.equals(head, OLE2_SIGNATURE)) {
            throw new WorkbookException(OLE2_MESSAGE, null, null);
        }
        throw new WorkbookException("the file is not an Excel workbook (.xlsx): "
                + (n == 0 ? "it is empty" : "it is not a zip file, as every .xlsx is"), null, null);
    }

    /** The sheet names in the workbook's order, in Unicode NFC. */
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * The rows of a sheet that hold at least one non-blank cell, in order, without their blank cells. A value below
     * row {@code maxRows} or right of column {@code maxColumns} (1-based) stops the reading with an error.
     */
    public List<SheetRow> rows(String sheet, int maxRows, int maxColumns) throws WorkbookException {
        PackagePart part = sheets.get(sheet);
        if (part == null) {
            throw new WorkbookException("the workbook has no sheet \"" + sheet + "\"", sheet, null);
        }
        SheetHandler handler = new SheetHandler(sheet, maxRows, maxColumns);
        try (InputStream in = limited(part, MAX_PART_BYTES)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.setErrorHandler(handler); // the problem is reported with its place; POI's handler would log it too
            xml.parse(new InputSource(in));
        } catch (LimitReached e) {
            throw e.problem;
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            throw new WorkbookException(explain(e, "the sheet cannot be read"), sheet, handler.currentRef(), e);
        }
        return handler.rows;
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static boolean readDate1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    if ("workbookPr".equals(local)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return found[0];
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
    public boolean date1904() {
        return date1904;
    }

    /** The part's content, cut off with an error after {@code max} bytes. */
    private static InputStream limited(PackagePart part, long max) throws IOException {
        String name = part.getPartName().getName();
        return new FilterInputStream(part.getInputStream()) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) throws IOException {
                count += n;
                if (count > max) {
                    throw new IOException("the part " + name + " holds more than " + max
                            + " bytes of XML, more than one meeting needs");
                }
            }
        };
    }

    /** A clear sentence for what POI or the XML parser refused; never a stack trace. */
    public static String explain(Throwable failure, String context) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith("Zip bomb detected")) {
                int entry = message.lastIndexOf("Entry: ");
                return "refused as a possible zip bomb: the part "
                        + (entry < 0 ? "" : message.substring(entry + "Entry: ".length()).trim() + " ")
                        + "expands far more than a spreadsheet does (POI's ZipSecureFile limits)";
            }
            if (message.contains("DOCTYPE")) {
                return "refused: the workbook's XML has a document type declaration (DOCTYPE), which a spreadsheet"
                        + " never needs and which can be used to read other files (XXE)";
            }
            if (message.startsWith("the part ") && message.contains("more than")) {
                return "refused: " + message;
            }
            if (t instanceof SAXParseException parse) {
                return context + ": its XML is damaged (line " + parse.getLineNumber() + ": " + message + ")";
            }
        }
        // a library's message may quote its cause as "org.apache…SomeException: what went wrong": keep the words
        String message = failure.getMessage() == null ? ""
                : failure.getMessage().replaceAll("\\b(?:[a-z0-9_]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
        if (message.isBlank()) {
            return context + " (the file is damaged or is not an .xlsx workbook)";
        }
        int newline = message.indexOf('\n');
        return context + ": " + (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private boolean[] format(int style) {
        return formats.computeIfAbsent(style, s -> {
            if (styles == null || s < 0 || s >= styles.getNumCellStyles()) {
                return new boolean[] {false, false};
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(s);
            int index = cellStyle.getDataFormat() & 0xFFFF;
            String pattern = cellStyle.getDataFormatString();
            boolean date = pattern != null && DateUtil.isADateFormat(index, pattern);
            boolean percent = pattern != null && pattern.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%");
            return new boolean[] {date, percent};
        });
    }

    /** Carries a limit error out of the SAX parser. */
    private static final class LimitReached extends SAXException {
        private final transient WorkbookException problem;

        LimitReached(WorkbookException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    /** Collects the non-blank cells of one sheet. */
    private final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final int maxRows;
        private final int maxColumns;
        final List<SheetRow> rows = new ArrayList<>();

        private int rowNumber;
        private TreeMap<Integer, SheetCell> cells = new TreeMap<>();
        private int column = -1;
        private String type;
        private int style;
        private boolean formula;
        private StringBuilder value;
        private final StringBuilder inline = new StringBuilder();
        private boolean inInline;
        private boolean inPhonetic;
        private boolean capture;

        SheetHandler(String sheet, int maxRows, int maxColumns) {
            this.sheet = sheet;
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        String currentRef() {
            return column < 0 || rowNumber <= 0 ? null : CellReference.convertNumToColString(column) + rowNumber;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            switch (local) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value = null;
                    inline.setLength(0);
                }
                case "v" -> {
                    value = new StringBuilder();
                    capture = true;
                }
                case "f" -> formula = true;
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> capture = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!capture) {
                return;
            }
            if (value != null) {
                value.append(ch, start, length);
            } else if (inInline) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v", "t" -> capture = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> endCell();
                case "row" -> {
                    if (!cells.isEmpty()) {
                        rows.add(new SheetRow(rowNumber, cells));
                    }
                }
                default -> {
                }
            }
        }

        private void endCell() throws SAXException {
            SheetCell cell = cell();
            if (cell == null || cell.isBlank()) {
                return;
            }
            if (rowNumber > maxRows) {
                throw new LimitReached(new WorkbookException("the sheet has values down to row " + rowNumber
                        + "; at most " + maxRows + " rows are read", sheet, cell.ref()));
            }
            if (column >= maxColumns) {
                throw new LimitReached(new WorkbookException("the sheet has values in column "
                        + CellReference.convertNumToColString(column) + "; at most "
                        + CellReference.convertNumToColString(maxColumns - 1) + " columns are read", sheet,
                        cell.ref()));
            }
            cells.put(column, cell);
        }

        private SheetCell cell() throws SAXException {
            String v = value == null ? null : value.toString();
            String t = type == null ? "n" : type.toLowerCase(Locale.ROOT);
            return switch (t) {
                case "s" -> {
                    if (v == null || v.isBlank()) {
                        yield null;
                    }
                    int index;
                    try {
                        index = Integer.parseInt(v.trim());
                    } catch (NumberFormatException e) {
                        index = -1;
                    }
                    if (strings == null || index < 0 || index >= strings.getUniqueCount()) {
                        throw new LimitReached(new WorkbookException("the cell refers to text number " + v
                                + " that the workbook does not have; the workbook is damaged", sheet, currentRef()));
                    }
                    yield text(strings.getItemAt(index).getString());
                }
                case "inlinestr" -> text(inline.toString());
                case "str" -> text(v == null ? "" : v);
                case "b" -> v == null ? null : new SheetCell(rowNumber, column, SheetCell.Type.BOOLEAN, v.trim(),
                        false, false);
                case "e" -> new SheetCell(rowNumber, column, SheetCell.Type.ERROR, v == null ? "#ERROR" : v,
                        false, false);
                case "d" -> v == null ? null : new SheetCell(rowNumber, column, SheetCell.Type.ISO_DATE, v.trim(),
                        false, false);
                default -> {
                    if (v == null || v.isBlank()) {
                        yield formula ? new SheetCell(rowNumber, column, SheetCell.Type.FORMULA_WITHOUT_VALUE, "",
                                false, false) : null;
                    }
                    if (!isExcelNumber(v.trim())) {
                        throw new LimitReached(new WorkbookException("the cell stores \"" + shorten(v.trim())
                                + "\" as its number, which no spreadsheet writes; the workbook is damaged", sheet,
                                currentRef()));
                    }
                    boolean[] f = format(style);
                    yield new SheetCell(rowNumber, column, SheetCell.Type.NUMBER, v.trim(), f[0], f[1]);
                }
            };
        }

        /** A number as a spreadsheet stores it: decimal, within the range of a double (Excel's own numbers). */
        private static boolean isExcelNumber(String raw) {
            try {
                BigDecimal number = new BigDecimal(raw);
                return number.signum() == 0 || (number.precision() - number.scale() <= 309
                        && number.precision() - number.scale() >= -330);
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }

        private SheetCell text(String text) {
            return new SheetCell(rowNumber, column, SheetCell.Type.TEXT, text, false, false);
        }
    }
}
