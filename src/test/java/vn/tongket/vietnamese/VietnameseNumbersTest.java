package vn.tongket.vietnamese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tongket.vietnamese.VietnameseNumbers.Kind;
import vn.tongket.vietnamese.VietnameseNumbers.NumberTextException;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "{0} as {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.528                      | NUMBER     | 1528
            1.528                      | TY_DONG    | 1528
            1.605.680                  | TRIEU_DONG | 1605680
            14.563,145                 | NUMBER     | 14563.145
            14.563,145                 | TY_DONG    | 14563.145
            2167.098                   | NUMBER     | 2167.098
            87,67%                     | PERCENT    | 87.67
            87,67 %                    | PERCENT    | 87.67
            87,67                      | PERCENT    | 87.67
            87.67                      | PERCENT    | 87.67
            132%                       | PERCENT    | 132
            1,528                      | PERCENT    | 1.528
            -3,5                       | PERCENT    | -3.5
            −3,5%                      | PERCENT    | -3.5
            2.167 tỷ 098 triệu         | TY_DONG    | 2167.098
            2.167 tỷ 098 triệu đồng    | TY_DONG    | 2167.098
            14.563 tỷ 145 triệu đồng   | TY_DONG    | 14563.145
            1.528 tỷ đồng              | TY_DONG    | 1528
            1 tỷ 599trđ                | TY_DONG    | 1.599
            599 triệu đồng             | TY_DONG    | 0.599
            258.868 triệu đồng         | TRIEU_DONG | 258868
            1.500.000 đồng             | DONG       | 1500000
            02                         | WHOLE      | 2
            1.528                      | WHOLE      | 1528
            ' 64 '                     | WHOLE      | 64
            100,0                      | NUMBER     | 100
            """)
    void readsVietnameseNumbers(String text, Kind kind, String expected) {
        BigDecimal value = VietnameseNumbers.parse(text, kind);
        assertThat(value).isEqualByComparingTo(expected);
        assertThat(value.scale()).isEqualTo(new BigDecimal(expected).stripTrailingZeros().scale() < 0 ? 0
                : new BigDecimal(expected).stripTrailingZeros().scale());
    }

    @ParameterizedTest(name = "{0} as {1} is ambiguous")
    @CsvSource(delimiter = '|', textBlock = """
            1,528          | NUMBER
            1,528          | TY_DONG
            871,267 triệu  | TRIEU_DONG
            1,528          | WHOLE
            1.528          | PERCENT
            """)
    void refusesTextThatCouldBeTwoNumbers(String text, Kind kind) {
        assertThatThrownBy(() -> VietnameseNumbers.parse(text, kind))
                .isInstanceOf(NumberTextException.class)
                .hasMessageStartingWith("ambiguous number \"" + text + "\"")
                .hasMessageContaining("expected " + kind.expected());
    }

    @ParameterizedTest(name = "{0} as {1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            1.528,5.3       | NUMBER     | expected a number such as 1.528 or 14.563,145, found "1.528,5.3"
            nhiều           | NUMBER     | expected a number such as 1.528 or 14.563,145, found "nhiều"
            1,5             | WHOLE      | expected a whole number such as 64 or 1.528, found "1,5"
            1,528.5         | NUMBER     | found "1,528.5"
            1 528           | NUMBER     | found "1 528"
            1.528 tỷ        | TRIEU_DONG | found an amount in tỷ "1.528 tỷ"
            2.167 tỷ 1.098 triệu | TY_DONG | the triệu part must be below 1.000
            12 tỷ           | NUMBER     | expected a number such as 1.528 or 14.563,145, found "12 tỷ"
            %               | PERCENT    | expected a percentage such as 87,67 or 87,67%, found "%"
            """)
    void refusesWhatIsNotANumberOfThatKind(String text, Kind kind, String message) {
        assertThatThrownBy(() -> VietnameseNumbers.parse(text, kind))
                .isInstanceOf(NumberTextException.class)
                .hasMessageContaining(message);
    }
}
