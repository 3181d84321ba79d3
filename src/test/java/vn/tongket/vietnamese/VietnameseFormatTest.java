package vn.tongket.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void writesMoneyInTheReportsOwnStyle() {
        assertThat(VietnameseFormat.billions(new BigDecimal("1528"))).isEqualTo("1.528 tỷ đồng");
        assertThat(VietnameseFormat.billions(new BigDecimal("2167.098"))).isEqualTo("2.167 tỷ 098 triệu đồng");
        assertThat(VietnameseFormat.billions(new BigDecimal("14563.145"))).isEqualTo("14.563 tỷ 145 triệu đồng");
        assertThat(VietnameseFormat.billions(new BigDecimal("1.599"))).isEqualTo("1 tỷ 599 triệu đồng");
        assertThat(VietnameseFormat.billions(new BigDecimal("0.5"))).isEqualTo("500 triệu đồng");
        assertThat(VietnameseFormat.millions(new BigDecimal("258868"))).isEqualTo("258.868 triệu đồng");
        assertThat(VietnameseFormat.millions(new BigDecimal("871.267"))).isEqualTo("871,267 triệu đồng");
    }

    @Test
    void writesPercentagesAndFractionsWithVietnameseSeparators() {
        assertThat(VietnameseFormat.percent(new BigDecimal("87.67"))).isEqualTo("87,67%");
        assertThat(VietnameseFormat.percent(new BigDecimal("132"))).isEqualTo("132%");
        assertThat(VietnameseFormat.percent(new BigDecimal("12.50"))).isEqualTo("12,5%");
        assertThat(VietnameseFormat.fraction(64, 73)).isEqualTo("64/73");
        assertThat(VietnameseFormat.number(new BigDecimal("1605680"))).isEqualTo("1.605.680");
    }

    @Test
    void padsDaysAndOnlyTheFirstTwoMonthsInDateLines() {
        assertThat(VietnameseFormat.dateLine(LocalDate.of(2023, 12, 25))).isEqualTo("ngày 25 tháng 12 năm 2023");
        assertThat(VietnameseFormat.dateLine(LocalDate.of(2024, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2024");
        assertThat(VietnameseFormat.dateLine(LocalDate.of(2024, 3, 5))).isEqualTo("ngày 05 tháng 3 năm 2024");
        assertThat(VietnameseFormat.shortDate(LocalDate.of(2023, 12, 22))).isEqualTo("22/12/2023");
    }

    @Test
    void writesCongressNumbersInRomanAndHeadingsInCapitals() {
        assertThat(VietnameseFormat.roman(24)).isEqualTo("XXIV");
        assertThat(VietnameseFormat.roman(6)).isEqualTo("VI");
        assertThat(VietnameseFormat.upper("Huyện ủy Thường Tín")).isEqualTo("HUYỆN ỦY THƯỜNG TÍN");
    }

    @Test
    void foldsNamesToAsciiSlugs() {
        assertThat(VietnameseText.slug("Thường Tín")).isEqualTo("thuong-tin");
        assertThat(VietnameseText.slug("Đống Đa")).isEqualTo("dong-da");
        assertThat(VietnameseText.slug("../Tây Hồ")).isEqualTo("tay-ho");
    }

    @Test
    void sortsDAfterDButBeforeE() {
        assertThat(java.util.stream.Stream.of("Đào", "Dũng", "Anh", "Em").sorted(VietnameseText.collator()))
                .containsExactly("Anh", "Dũng", "Đào", "Em");
    }
}
