package vn.tongket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Finding the parts of a DOCX package through its relationships, and refusing what is not a readable one. */
class DocxPackageTest {

    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String ROOT_RELS = "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
            + TYPES + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String DOCUMENT = "<w:document " + W + "><w:body><w:p><w:r><w:t>Nghị quyết</w:t></w:r>"
            + "</w:p></w:body></w:document>";
    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    @Test
    void partsAreFoundThroughRelativeAndAbsoluteTargetsWhateverTheCaseOfTheirNames() throws IOException {
        DocxPackage docx = DocxPackage.read(zip(Map.of(
                "_rels/.rels", ROOT_RELS,
                "word/document.xml", DOCUMENT,
                "word/_rels/document.xml.rels", relationships(
                        relationship("rId1", "styles", "/word/Styles.xml"),
                        relationship("rId2", "image", "../media/hinh%201.png"),
                        relationship("rId3", "header", "header1.xml")),
                "word/styles.xml", "<w:styles " + W + "/>",
                "word/header1.xml", "<w:hdr " + W + "><w:p/></w:hdr>"), Map.of("media/hinh 1.png", PICTURE)));

        assertThat(docx.body().getLocalName()).isEqualTo("body");
        assertThat(docx.mainRelated(DocxPackage.STYLES).getLocalName()).isEqualTo("styles");
        assertThat(docx.mainRelated(DocxPackage.NUMBERING)).isNull();
        assertThat(docx.main().related("rId2", DocxPackage.IMAGE).bytes()).isEqualTo(PICTURE);
        assertThat(docx.main().related("rId3", DocxPackage.HEADER, DocxPackage.FOOTER).root().getLocalName())
                .isEqualTo("hdr");
    }

    @Test
    void aRelationshipLeadsToItsPartOnlyWhenItHasOneOfTheTypesAskedFor() throws IOException {
        DocxPackage docx = DocxPackage.read(zip(Map.of(
                "_rels/.rels", ROOT_RELS,
                "word/document.xml", DOCUMENT,
                "word/_rels/document.xml.rels", relationships(
                        relationship("rId1", "chart", "media/a.png"),
                        relationship("rId2", "image", "media/missing.png"))), Map.of("word/media/a.png", PICTURE)));

        assertThat(docx.main().related("rId1", DocxPackage.IMAGE)).isNull();
        assertThat(docx.main().related("rId2", DocxPackage.IMAGE)).isNull();
        assertThat(docx.main().related("rId9", DocxPackage.IMAGE)).isNull();
    }

    @Test
    void anExternalTargetIsTheAddressAsWritten() throws IOException {
        DocxPackage docx = DocxPackage.read(zip(Map.of(
                "_rels/.rels", ROOT_RELS,
                "word/document.xml", DOCUMENT,
                "word/_rels/document.xml.rels", relationships(
                        "<Relationship Id=\"rId5\" Type=\"" + TYPES + "hyperlink\" TargetMode=\"External\""
                                + " Target=\"https://thuvienphapluat.vn/van-ban?q=nghi%20quyet&amp;p=2#muc-1\"/>")),
                Map.of()));

        assertThat(docx.main().target("rId5")).isEqualTo("https://thuvienphapluat.vn/van-ban?q=nghi%20quyet&p=2#muc-1");
        assertThat(docx.main().related("rId5", TYPES + "hyperlink")).isNull();
        assertThat(docx.main().target("rId6")).isNull();
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsExpanded() {
        byte[] docx = zip(Map.of(
                "_rels/.rels", ROOT_RELS,
                "word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "
                        + "\"file:///etc/passwd\">]><w:document " + W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r>"
                        + "</w:p></w:body></w:document>"), Map.of());

        assertThatThrownBy(() -> new DocxToPdf().convert(docx, new PdfMetadata(null, null, null, null, null, "k")))
                .isInstanceOf(PdfConversionException.class)
                .hasMessageStartingWith("not a readable DOCX: word/document.xml, line 1, column ")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void brokenXmlIsReportedWithItsPartAndLine() {
        byte[] docx = zip(Map.of(
                "_rels/.rels", ROOT_RELS,
                "word/document.xml", "<w:document " + W + ">\n<w:body>\n<w:p></w:body></w:document>"), Map.of());

        assertThatThrownBy(() -> DocxPackage.read(docx).body())
                .hasMessageStartingWith("word/document.xml, line 3, column ");
    }

    @Test
    void whatIsNotAWordPackageIsNamed() {
        assertThatThrownBy(() -> DocxPackage.read(new byte[0])).hasMessage("the file is empty");
        assertThatThrownBy(() -> DocxPackage.read("Báo cáo".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("not a ZIP file (a DOCX file is one)");
        assertThatThrownBy(() -> DocxPackage.read(zip(Map.of("word/document.xml", DOCUMENT), Map.of())))
                .hasMessage("the package has no main document (_rels/.rels names none)");
        assertThatThrownBy(() -> DocxPackage.read(zip(Map.of("_rels/.rels", ROOT_RELS), Map.of())))
                .hasMessage("the main document word/document.xml is missing");
        assertThatThrownBy(() -> DocxPackage.read(zip(Map.of("_rels/.rels", ROOT_RELS,
                "word/document.xml", "<w:document " + W + "/>"), Map.of())).body())
                .hasMessage("word/document.xml has no w:body");
    }

    private static String relationships(String... relationships) {
        return "<Relationships xmlns=\"" + RELS + "\">" + String.join("", relationships) + "</Relationships>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + TYPES + type + "\" Target=\"" + target + "\"/>";
    }

    private static byte[] zip(Map<String, String> xmlParts, Map<String, byte[]> binaryParts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        xmlParts.forEach((name, xml) -> entries.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        entries.putAll(binaryParts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
