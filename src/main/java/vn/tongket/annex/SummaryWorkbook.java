package vn.tongket.annex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tongket.aggregate.TermComparison;
import vn.tongket.aggregate.TermComparison.ComparedIndicator;
import vn.tongket.aggregate.TermComparison.ComparedUnit;
import vn.tongket.aggregate.TermComparison.Total;
import vn.tongket.aggregate.TermComparison.UnitFigure;
import vn.tongket.aggregate.UnitSummary.AttainmentResult;
import vn.tongket.aggregate.UnitSummary.IndicatorResult;
import vn.tongket.meeting.PlanKind;
import vn.tongket.render.MidTermModel;
import vn.tongket.render.MidTermSummaryModel;

/**
 * The summary across units as a workbook: a sheet with one row per indicator and unit (the figure, the number it is
 * ranked by, the rank, why a unit is not ranked) and a total row where adding up means something; a sheet of the
 * units and their gaps.
 */
public final class SummaryWorkbook {

    public static final String FILE = "tong-hop-giua-nhiem-ky.xlsx";
    static final String COMPARISON_SHEET = "So sánh";
    static final String UNITS_SHEET = "Đơn vị";

    public static final List<String> HEADERS = List.of("Lĩnh vực", "Chỉ tiêu", "Mã chỉ tiêu", "Kỳ so sánh",
            "Cách xếp hạng", "Đơn vị", "Kỳ số liệu", "Giá trị", "ĐVT", "Trên tổng số", "So với kế hoạch",
            "Số dùng để xếp hạng", "Hạng", "Ghi chú");
    private static final int[] WIDTHS = {20, 36, 24, 16, 40, 18, 22, 14, 12, 10, 12, 12, 7, 45};
    private static final List<String> UNIT_HEADERS = List.of("Đơn vị", "Mã đơn vị", "Năm có số liệu cả năm",
            "Chỉ có số liệu 6 tháng", "Năm không có số liệu", "Số liệu cả giai đoạn", "Số hội nghị");

    private SummaryWorkbook() {
    }

    public static byte[] write(TermComparison c) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter w = new SheetWriter(workbook);
            XSSFSheet sheet = w.sheet(COMPARISON_SHEET, HEADERS, WIDTHS);
            int r = 1;
            for (ComparedIndicator indicator : c.indicators()) {
                for (UnitFigure figure : indicator.figures()) {
                    Row row = sheet.createRow(r++);
                    indicatorCells(w, row, indicator);
                    ComparedUnit unit = c.units().stream().filter(u -> u.unitId().equals(figure.unitId()))
                            .findFirst().orElseThrow();
                    w.text(row, 5, MidTermSummaryModel.fullName(unit.unit()));
                    w.text(row, 6, figure.spanLabel());
                    IndicatorResult v = figure.value();
                    if (v.part() != null && v.total() != null) {
                        w.number(row, 7, BigDecimal.valueOf(v.part()));
                        w.integer(row, 9, v.total());
                    } else {
                        w.number(row, 7, v.actual());
                    }
                    w.text(row, 8, MidTermModel.unitLabel(v.measure(), v.countNoun()));
                    v.attainment().stream()
                            .filter(a -> a.against() != PlanKind.ANNUAL_PLAN)
                            .map(SummaryWorkbook::percentOf)
                            .filter(java.util.Objects::nonNull)
                            .findFirst().ifPresent(p -> w.percent(row, 10, p));
                    if (indicator.basis() == TermComparison.RankBasis.VALUE) {
                        w.number(row, 11, figure.rankedBy());
                    } else {
                        w.percent(row, 11, figure.rankedBy());
                    }
                    w.integer(row, 12, figure.rank());
                    w.text(row, 13, MidTermSummaryModel.note(figure, indicator));
                }
                Total total = indicator.total();
                if (total != null) {
                    Row row = sheet.createRow(r++);
                    indicatorCells(w, row, indicator);
                    w.text(row, 5, "Tổng " + total.unitCount() + " đơn vị");
                    w.text(row, 6, total.span());
                    if (total.parts() != null) {
                        w.number(row, 7, BigDecimal.valueOf(total.parts()));
                        w.integer(row, 9, total.wholes());
                    } else {
                        w.number(row, 7, total.sum());
                        w.text(row, 8, MidTermModel.unitLabel(total.measure(), null));
                    }
                }
            }
            SheetWriter.filter(sheet, HEADERS.size());

            XSSFSheet units = w.sheet(UNITS_SHEET, UNIT_HEADERS, new int[] {22, 16, 18, 16, 16, 14, 10});
            r = 1;
            for (ComparedUnit unit : c.units()) {
                Row row = units.createRow(r++);
                w.text(row, 0, MidTermSummaryModel.fullName(unit.unit()));
                w.text(row, 1, unit.unitId());
                w.text(row, 2, MidTermModel.joinYears(unit.fullYears()));
                w.text(row, 3, MidTermModel.joinYears(unit.halfYearOnly()));
                w.text(row, 4, unit.gapYears().isEmpty() ? "không" : MidTermModel.joinYears(unit.gapYears()));
                w.text(row, 5, unit.termFigures() ? "có" : "không");
                w.integer(row, 6, unit.meetingIds().size());
            }
            SheetWriter.filter(units, UNIT_HEADERS.size());
            return w.finish("Tổng hợp sơ kết giữa nhiệm kỳ " + c.term().key() + " - " + c.superior().committee(),
                    c.asOf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicatorCells(SheetWriter w, Row row, ComparedIndicator indicator) {
        w.text(row, 0, indicator.area().label());
        w.text(row, 1, indicator.name());
        w.text(row, 2, indicator.key());
        w.text(row, 3, indicator.span() == null ? "" : indicator.span());
        w.text(row, 4, MidTermSummaryModel.basis(indicator));
    }

    private static BigDecimal percentOf(AttainmentResult a) {
        return a.reportedPercent() != null ? a.reportedPercent() : a.computedPercent();
    }
}
