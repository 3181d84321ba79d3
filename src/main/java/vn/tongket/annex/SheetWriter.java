package vn.tongket.annex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the annex workbooks the same way: a header row that stays in view and filters, fixed column widths (so the
 * bytes do not depend on the fonts of the machine), numbers as number cells in Vietnamese display format, and
 * deterministic bytes.
 *
 * <p>The number formats carry the Vietnamese locale ({@code [$-42A]}): LibreOffice then shows "12.993" and
 * "96,3%" whatever the viewer's own locale; Excel takes the separators from the viewer's system settings, which on a
 * Vietnamese system are the same.
 */
final class SheetWriter {

    static final String VI = "[$-42A]";
    private static final String FONT = "Times New Roman";

    private final XSSFWorkbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    SheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** A new sheet with its header row, widths (in characters), frozen header and filter over {@code rows}. */
    XSSFSheet sheet(String name, List<String> headers, int[] widths) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(style("header"));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        // printed (or made a PDF) landscape on A4, one page wide, the header on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        return sheet;
    }

    /** The filter over the header and {@code lastRow}; a sheet without data rows filters its header alone. */
    static void filter(XSSFSheet sheet, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 0), 0, columns - 1));
    }

    void text(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style("text"));
    }

    void integer(Row row, int column, Integer value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style("num:0"));
    }

    /** A year, without a thousands separator: 2022. */
    void year(Row row, int column, Integer value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style("year"));
    }

    /** A number shown with as many decimals as reported: 12993 as "12.993", 14563.145 as "14.563,145". */
    void number(Row row, int column, BigDecimal value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style("num:" + decimals(value)));
    }

    /** A percentage given in percent (151 for 151%), stored as a fraction (1.51) with a percent format. */
    void percent(Row row, int column, BigDecimal percent) {
        if (percent == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(percent.movePointLeft(2).doubleValue());
        cell.setCellStyle(style("pct:" + decimals(percent)));
    }

    private static int decimals(BigDecimal value) {
        return Math.min(Math.max(0, value.stripTrailingZeros().scale()), 6);
    }

    private CellStyle style(String kind) {
        return styles.computeIfAbsent(kind, k -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) 11);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (k.equals("header")) {
                font.setBold(true);
                style.setWrapText(true);
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
            } else if (k.equals("text")) {
                style.setWrapText(true);
            } else if (k.equals("year")) {
                style.setDataFormat(workbook.createDataFormat().getFormat("0"));
            } else if (k.startsWith("num:")) {
                int n = Integer.parseInt(k.substring(4));
                style.setDataFormat(workbook.createDataFormat().getFormat(
                        VI + "#,##0" + (n == 0 ? "" : "." + "0".repeat(n))));
            } else if (k.startsWith("pct:")) {
                int n = Integer.parseInt(k.substring(4));
                style.setDataFormat(workbook.createDataFormat().getFormat(
                        VI + "0" + (n == 0 ? "" : "." + "0".repeat(n)) + "%"));
            }
            style.setFont(font);
            return style;
        });
    }

    /** The workbook's bytes, with fixed document dates and zip entry times. */
    byte[] finish(String title, LocalDate date) {
        var core = workbook.getProperties().getCoreProperties();
        core.setCreator("tongket");
        core.setTitle(title);
        Date fixed = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return DeterministicZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
