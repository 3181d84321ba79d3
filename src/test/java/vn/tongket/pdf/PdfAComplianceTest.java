package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The converter writes PDF/A-2u, checked with veraPDF on the shipped template filled with the sample data. */
class PdfAComplianceTest {

    private static final DocxToPdf CONVERTER = new DocxToPdf();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void yearEndTemplateFilledForEveryUnitAndYearOfTheSampleIsPdfA2u() throws Exception {
        List<ShippedDocuments.Filled> documents = ShippedDocuments.yearEnd();

        assertThat(documents).isNotEmpty();
        for (ShippedDocuments.Filled filled : documents) {
            assertCompliant(CONVERTER.convert(filled.docx(), filled.meta()).pdf());
        }
    }

    @Test
    void documentWithPicturesListsBordersAndShadingIsPdfA2u() throws Exception {
        String body = "<w:p><w:r><w:t>Hình</w:t></w:r>" + PictureTest.picture("rId2", 635_000, 317_500) + "</w:p>"
                + "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\"/></w:pBdr>"
                + "<w:shd w:val=\"clear\" w:fill=\"DDEEFF\"/></w:pPr><w:r><w:t>Khung</w:t></w:r></w:p>";

        assertCompliant(CONVERTER.convert(PictureTest.withImage(body, PictureTest.png(java.awt.Color.ORANGE)),
                new PdfMetadata("Hình", null, null, "vi-VN", null, "pictures")).pdf());
    }

    @Test
    void documentWithoutMetadataIsStillPdfA2u() throws Exception {
        assertCompliant(CONVERTER.convert(SampleDocx.partyReport(),
                new PdfMetadata(null, null, null, null, null, null)).pdf());
    }

    @Test
    void xmpMetadataRepeatsTheDocumentInformationWithTheLanguage() throws Exception {
        ShippedDocuments.Filled filled = ShippedDocuments.first();
        PdfReader reader = new PdfReader(CONVERTER.convert(filled.docx(), filled.meta()).pdf());

        String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);

        assertThat(String.valueOf(reader.getPdfVersion())).isEqualTo("1.7");
        assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                filled.meta().title(), filled.meta().author(), filled.meta().subject(),
                "<dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>",
                "<xmp:CreateDate>" + w3c(filled.meta().created()) + "</xmp:CreateDate>");
        assertThat(reader.getCatalog().getAsArray(PdfName.OUTPUTINTENTS).size()).isEqualTo(1);
    }

    @Test
    void informationDictionaryHasNoFileIdEntry() throws Exception {
        PdfReader reader = new PdfReader(CONVERTER.convert(SampleDocx.partyReport(),
                new PdfMetadata("T", null, null, "vi-VN", Instant.parse("2023-12-25T01:30:00Z"), "k")).pdf());

        assertThat(reader.getInfo()).doesNotContainKey("FileId").containsKey("Title");
        assertThat(reader.getTrailer().getAsArray(PdfName.ID).size()).isEqualTo(2);
    }

    @Test
    void validatorRejectsAPdfWrittenWithoutThePdfASettings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("plain"));
        document.close();

        assertThat(validate(out.toByteArray()).isCompliant()).isFalse();
    }

    private static String w3c(Instant instant) {
        return instant.toString();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString("2u");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        }
    }

    static void assertCompliant(byte[] pdf) throws Exception {
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant())
                .as(() -> result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                                + a.getMessage() + " @ " + a.getLocation().getContext())
                        .distinct().limit(20).collect(Collectors.joining("\n")))
                .isTrue();
    }
}
