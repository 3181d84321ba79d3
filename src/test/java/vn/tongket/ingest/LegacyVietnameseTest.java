package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tongket.ingest.LegacyVietnamese.Encoding;

/**
 * The TCVN3 texts are what glibc's iconv gives for the Unicode text (iconv -t TCVN5712-1, the bytes read as
 * Latin-1), an independent table; the VNI texts are typed with the VNI-Times key map.
 */
class LegacyVietnameseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hµ Néi|Hà Nội",
        "HÖ thèng chÝnh trÞ|Hệ thống chính trị",
        "§¶ng bé huyÖn Th\u00ADêng TÝn|Đảng bộ huyện Thường Tín",
        "thu ng©n s¸ch nhµ n\u00ADíc ®¹t 1.528 tû ®ång|thu ngân sách nhà nước đạt 1.528 tỷ đồng",
        "Kinh tÕ t¨ng tr\u00ADëng kh¸.|Kinh tế tăng trưởng khá.",
    })
    void tcvn3TextIsRecognisedAndConverted(String legacy, String unicode) {
        assertThat(LegacyVietnamese.detect(legacy)).hasValueSatisfying(d -> {
            assertThat(d.encoding()).isEqualTo(Encoding.TCVN3);
            assertThat(d.converted()).isEqualTo(unicode);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Haø Noäi|Hà Nội",
        "Xin chaøo caùc baïn|Xin chào các bạn",
        "Ñaûng boä huyeän Thöôøng Tín|Đảng bộ huyện Thường Tín",
        "Coâng taùc xaây döïng Ñaûng naêm 2023|Công tác xây dựng Đảng năm 2023",
        "VIEÄT NAM|VIỆT NAM",
    })
    void vniTextIsRecognisedAndConverted(String legacy, String unicode) {
        assertThat(LegacyVietnamese.detect(legacy)).hasValueSatisfying(d -> {
            assertThat(d.encoding()).isEqualTo(Encoding.VNI);
            assertThat(d.converted()).isEqualTo(unicode);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hà Nội", "Thường Tín", "Hội nghị kiểm điểm tập thể Ban Thường vụ Huyện ủy năm 2023",
        "hoà, khoá, thuê, quân, muôn, tiên, yên, quý, giữa", "diện tích 1.000 m² đất", "nhiệt độ 30°C",
        "Müller, François, José, Øresund", "5µm", "« trích dẫn »", "Tổng thu ngân sách đạt 132% kế hoạch",
        "CÔNG TÁC XÂY DỰNG ĐẢNG", "§ 3 Điều 5", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", "plain ASCII text"
    })
    void unicodeTextIsLeftAlone(String text) {
        assertThat(LegacyVietnamese.detect(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nghiêng", "thuở", "khuya", "giữa", "quyết", "ươu", "Trường", "gì"})
    void syllablesAreSyllables(String word) {
        assertThat(LegacyVietnamese.isSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hµ", "HÖ", "coâng", "aá", "Müller", "thànhh", "tiếếng", "xyz"})
    void otherWordsAreNot(String word) {
        assertThat(LegacyVietnamese.isSyllable(word)).isFalse();
    }
}
