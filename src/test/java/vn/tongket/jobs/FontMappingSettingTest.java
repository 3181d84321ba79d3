package vn.tongket.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.TongketApplication;
import vn.tongket.TongketProperties;
import vn.tongket.pdf.FontMapping;
import vn.tongket.render.DocumentMaker;
import vn.tongket.staging.UnitFingerprints;

/** {@code tongket.pdf.fonts} changes which bundled font draws a Word font, and a changed mapping remakes documents. */
@SpringBootTest(classes = TongketApplication.class, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:font-mapping-test;hsqldb.tx=mvcc",
        "tongket.pdf.fonts[Times\\ New\\ Roman]=DejaVu Serif"})
class FontMappingSettingTest {

    @Autowired
    ReviewLauncher launcher;

    @Autowired
    DocumentMaker documents;

    @Autowired
    UnitFingerprints fingerprints;

    @TempDir
    Path output;

    @Test
    void theTemplatesTimesNewRomanIsDrawnWithTheConfiguredFont() throws Exception {
        RunOutcome outcome = launcher.run(ReviewRequest.yearEnd(2023, List.of("thuong-tin"), Path.of("input"),
                output, Path.of("templates")));

        assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
        byte[] pdf = Files.readAllBytes(output.resolve("year-end/2023/thuong-tin/bao-cao-kiem-diem.pdf"));
        assertThat(baseFonts(pdf)).isNotEmpty().allMatch(name -> name.contains("DejaVuSerif"),
                "every font is a subset of DejaVu Serif");
    }

    @Test
    void aDocumentMadeWithAnotherMappingIsMadeAgainOnTheNextNight() throws Exception {
        String theDefault = new DocumentMaker(FontMapping.defaults()).fontMappingFingerprint();
        assertThat(documents.fontMappingFingerprint()).isNotEqualTo(theDefault);

        UnitFingerprint madeWithTheDefault = UnitFingerprint.of("{}", "t", theDefault, "v");
        UnitFingerprint now = UnitFingerprint.of("{}", "t", documents.fontMappingFingerprint(), "v");
        assertThat(now.changesSince(madeWithTheDefault)).isEqualTo("PDF font mapping changed");
        assertThat(UnitFingerprint.parse(now.toString())).isEqualTo(now);

        launcher.run(new ReviewRequest(vn.tongket.render.DocumentKind.YEAR_END, "2023", null, List.of("thuong-tin"),
                Path.of("input"), output, Path.of("templates"), LocalDate.parse("2026-11-20")));
        assertThat(fingerprints.lastPublished("yearEndJob", "2023", output.toString(), "thuong-tin"))
                .get().extracting(p -> UnitFingerprint.parse(p.fingerprint()).fonts())
                .isEqualTo(documents.fontMappingFingerprint());
    }

    @Test
    void aFingerprintKeptByAnOlderVersionCountsTheFontMappingAsChanged() {
        UnitFingerprint older = UnitFingerprint.parse("data=d;templates=t;version=0.1");
        UnitFingerprint now = new UnitFingerprint("d", "t", "f", "0.1");
        assertThat(now.changesSince(older)).isEqualTo("PDF font mapping changed");
    }

    @Test
    void aFamilyThatIsNotBundledIsRefusedByName() {
        TongketProperties properties = new TongketProperties(null, 1, 10,
                new TongketProperties.Pdf(Map.of("Arial", "Comic Sans")));
        assertThatThrownBy(() -> new DocumentMaker(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Arial'").hasMessageContaining("'Comic Sans' is not a bundled font");
    }

    private static TreeSet<String> baseFonts(byte[] pdf) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        PdfReader reader = new PdfReader(pdf);
        try {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (PdfReader.getPdfObjectRelease(reader.getPdfObject(i)) instanceof PdfDictionary dictionary
                        && PdfName.FONT.equals(dictionary.getAsName(PdfName.TYPE))
                        && PdfName.TYPE0.equals(dictionary.getAsName(PdfName.SUBTYPE))) {
                    names.add(PdfName.decodeName(dictionary.getAsName(PdfName.BASEFONT).toString()));
                }
            }
        } finally {
            reader.close();
        }
        return names;
    }
}
