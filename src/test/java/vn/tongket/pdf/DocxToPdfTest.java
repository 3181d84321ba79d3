package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class DocxToPdfTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();
    private static final PdfMetadata META = new PdfMetadata("Báo cáo kiểm điểm năm 2023", "Huyện ủy Thường Tín",
            "Kiểm điểm sự lãnh đạo, chỉ đạo", "vi-VN", Instant.parse("2023-12-25T01:30:00Z"), "HU-125-BC-2023");
    private static final byte[] REPORT = SampleDocx.partyReport();
    /** The header area: the page number sits 10 mm from the top edge, the body starts at 20 mm. */
    private static final float HEADER_AREA_PT = 56f;
    private static final Set<String> BASE_14 = Set.of("Courier", "Courier-Bold", "Courier-Oblique",
            "Courier-BoldOblique", "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
            "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats");

    @Test
    void extractedTextHoldsTheVietnameseStringsExactlyInNfc() {
        String text = new PdfInspection(CONVERTER.convert(REPORT, META).pdf()).allWords();

        assertThat(text).contains(SampleDocx.PARTY, SampleDocx.PLACE_AND_DATE, SampleDocx.SIGNER,
                SampleDocx.MONEY, SampleDocx.PERCENT, "HUYỆN ỦY THƯỜNG TÍN", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void reportConvertsWithoutWarnings() {
        assertThat(CONVERTER.convert(REPORT, META).warnings()).isEmpty();
    }

    @Test
    void pageBreakStartsTheSecondPage() {
        PdfInspection pdf = new PdfInspection(CONVERTER.convert(REPORT, META).pdf());

        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(pdf.words(1)).contains(SampleDocx.MONEY).doesNotContain(SampleDocx.PAGE_TWO_HEADING);
        assertThat(pdf.words(2)).contains(SampleDocx.PAGE_TWO_HEADING, SampleDocx.SIGNER);
    }

    @Test
    void pageNumberIsInTheHeaderOfPageTwoButNotOfPageOne() {
        PdfInspection pdf = new PdfInspection(CONVERTER.convert(REPORT, META).pdf());

        assertThat(pdf.textNearTop(1, HEADER_AREA_PT)).isEmpty();
        assertThat(pdf.textNearTop(2, HEADER_AREA_PT)).isEqualTo("2");
    }

    @Test
    void simplePageAndNumPagesFieldsInTheFooterShowPageOfCount() {
        PdfInspection pdf = new PdfInspection(CONVERTER.convert(SampleDocx.withPageCountFooter(), META).pdf());

        assertThat(pdf.pageCount()).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            assertThat(pdf.textNearBottom(page, HEADER_AREA_PT)).isEqualTo("Trang " + page + "/3");
        }
    }

    @Test
    void everyFontIsAnEmbeddedLiberationSubsetAndNoneIsBase14() {
        List<PdfInspection.FontResource> fonts = new PdfInspection(CONVERTER.convert(REPORT, META).pdf()).fonts();

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.baseFont()).isTrue();
            assertThat(font.subtype()).isEqualTo("/Type0");
            assertThat(font.baseFont()).matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)?");
            assertThat(BASE_14).doesNotContain(font.baseFont());
        });
    }

    @Test
    void twoConversionsOfTheSameInputAreByteIdentical() {
        byte[] first = CONVERTER.convert(REPORT, META).pdf();
        byte[] second = CONVERTER.convert(REPORT, META).pdf();
        byte[] byAnotherConverter = new DocxToPdf().convert(REPORT, META).pdf();

        assertThat(second).isEqualTo(first);
        assertThat(byAnotherConverter).isEqualTo(first);
    }

    @Test
    void conversionsOnParallelThreadsGiveTheSameBytesAsOneByOne() throws Exception {
        List<PdfMetadata> metas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            metas.add(new PdfMetadata("Báo cáo " + i, null, null, "vi-VN", META.created(), "key-" + i));
        }
        List<byte[]> sequential = metas.stream().map(meta -> CONVERTER.convert(REPORT, meta).pdf()).toList();

        List<Future<byte[]>> parallel = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (PdfMetadata meta : metas) {
                parallel.add(pool.submit(() -> CONVERTER.convert(REPORT, meta).pdf()));
            }
            for (int i = 0; i < metas.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        }
    }

    @Test
    void fileIdentifierIsDerivedFromTheDocumentKey() throws Exception {
        byte[] expected = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                .digest(META.documentKey().getBytes(StandardCharsets.UTF_8)), 16);
        PdfMetadata otherKey = new PdfMetadata(META.title(), META.author(), META.subject(), META.language(),
                META.created(), "HU-126-BC-2023");

        assertThat(new PdfInspection(CONVERTER.convert(REPORT, META).pdf()).fileId()).isEqualTo(expected);
        assertThat(new PdfInspection(CONVERTER.convert(REPORT, otherKey).pdf()).fileId()).isNotEqualTo(expected);
    }

    @Test
    void metadataIsWrittenWithFixedProducerAndDates() {
        PdfInspection pdf = new PdfInspection(CONVERTER.convert(REPORT, META).pdf());

        assertThat(pdf.info("Title")).isEqualTo(META.title());
        assertThat(pdf.info("Author")).isEqualTo(META.author());
        assertThat(pdf.info("Subject")).isEqualTo(META.subject());
        assertThat(pdf.info("Producer")).isEqualTo(PdfRenderer.PRODUCER);
        assertThat(pdf.info("CreationDate")).isEqualTo("D:20231225013000Z");
        assertThat(pdf.info("ModDate")).isEqualTo("D:20231225013000Z");
        assertThat(pdf.language()).isEqualTo("vi-VN");
    }

    @Test
    void missingKeyAndDateStillGiveReproducibleOutput() {
        PdfMetadata bare = new PdfMetadata(null, null, null, null, null, null);

        byte[] first = CONVERTER.convert(REPORT, bare).pdf();

        assertThat(CONVERTER.convert(REPORT, bare).pdf()).isEqualTo(first);
        assertThat(new PdfInspection(first).info("CreationDate")).isNull();
    }

    @Test
    void unreadableInputIsRefused() {
        byte[] notAZip = "ĐẢNG CỘNG SẢN VIỆT NAM".getBytes(StandardCharsets.UTF_8);
        byte[] zipWithoutDocument = RawDocx.withBody("").clone();
        zipWithoutDocument[zipWithoutDocument.length / 2] ^= 0x5A;

        assertThatThrownBy(() -> CONVERTER.convert(notAZip, META)).isInstanceOf(PdfConversionException.class);
        assertThatThrownBy(() -> CONVERTER.convert(new byte[0], META)).isInstanceOf(PdfConversionException.class);
        assertThatThrownBy(() -> CONVERTER.convert(zipWithoutDocument, META))
                .isInstanceOf(PdfConversionException.class);
    }
}
