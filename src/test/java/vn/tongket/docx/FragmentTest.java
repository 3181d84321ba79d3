package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraph;
import static vn.tongket.docx.Templates.paragraphs;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class FragmentTest {

    @TempDir
    Path templates;

    private Path fragments() throws IOException {
        return Files.createDirectories(templates.resolve(Fragments.FOLDER));
    }

    private void fragment(String name, byte[] docx) throws IOException {
        Files.write(fragments().resolve(name + ".docx"), docx);
    }

    private DocxTemplate compile(byte[] template) throws IOException {
        return DocxTemplate.compile("bao-cao.docx", template, Fragments.folder(fragments()));
    }

    /** The signature block: a two-cell table, the right cell with the signer in a style of its own. */
    static byte[] signatureBlock() {
        return docx(doc -> {
            XWPFStyles styles = doc.createStyles();
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("KyTen");
            style.addNewName().setVal("Ký tên");
            style.setType(STStyleType.PARAGRAPH);
            style.addNewBasedOn().setVal("ChuKyCoSo");
            style.addNewRPr().addNewB();
            styles.addStyle(new XWPFStyle(style));
            CTStyle base = CTStyle.Factory.newInstance();
            base.setStyleId("ChuKyCoSo");
            base.addNewName().setVal("Chữ ký cơ sở");
            base.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(base));
            XWPFTable table = doc.createTable(1, 2);
            paragraph(table.getRow(0).getCell(0).getParagraphs().get(0), "Nơi nhận: ${recipients}");
            XWPFParagraph signer = table.getRow(0).getCell(1).getParagraphs().get(0);
            paragraph(signer, "${signature.name}");
            signer.setStyle("KyTen");
        });
    }

    @Test
    void anIncludeParagraphIsReplacedByTheFragmentWithItsStylesAndPlaceholders() throws IOException {
        fragment("khoi-chu-ky", signatureBlock());
        byte[] template = paragraphs("Nội dung báo cáo", "<#include \"khoi-chu-ky\">", "Hết");

        byte[] filled = compile(template).fill(Map.of("recipients", "Lưu VP",
                "signature", Map.of("name", "Tạ Hữu Thọ")));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getBodyElements()).hasSize(3);
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("Nội dung báo cáo", "Hết");
            XWPFTable table = doc.getTables().get(0);
            assertThat(Templates.tableTexts(table)).containsExactly(List.of("Nơi nhận: Lưu VP", "Tạ Hữu Thọ"));
            XWPFParagraph signer = table.getRow(0).getCell(1).getParagraphs().get(0);
            assertThat(signer.getStyle()).isEqualTo("KyTen");
            XWPFStyle style = doc.getStyles().getStyle("KyTen");
            assertThat(style).as("the fragment's style is copied into the template").isNotNull();
            assertThat(style.getName()).isEqualTo("Ký tên");
            assertThat(doc.getStyles().getStyle("ChuKyCoSo")).as("with the style it is based on").isNotNull();
        }
    }

    @Test
    void aFragmentIncludedInATableCellLeavesTheCellEndingWithAParagraph() throws IOException {
        fragment("khoi-chu-ky", signatureBlock());
        byte[] template = docx(doc -> Templates.table(doc, new String[] {"Trái", "<#include \"khoi-chu-ky\">"}));

        byte[] filled = compile(template).fill(Map.of("recipients", "Lưu", "signature", Map.of("name", "A")));

        try (XWPFDocument doc = open(filled)) {
            var cell = doc.getTables().get(0).getRow(0).getCell(1);
            assertThat(cell.getTables()).hasSize(1);
            assertThat(Templates.tableTexts(cell.getTables().get(0))).containsExactly(List.of("Nơi nhận: Lưu", "A"));
            assertThat(cell.getBodyElements().getLast()).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void aStyleTheTemplateHasKeepsTheTemplatesDefinition() throws IOException {
        fragment("khoi-chu-ky", signatureBlock());
        byte[] template = docx(doc -> {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("KyTen");
            style.addNewName().setVal("Ký tên của mẫu");
            style.setType(STStyleType.PARAGRAPH);
            doc.createStyles().addStyle(new XWPFStyle(style));
            paragraph(doc.createParagraph(), "<#include \"khoi-chu-ky\">");
        });

        byte[] filled = compile(template).fill(Map.of("recipients", "", "signature", Map.of("name", "A")));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getStyles().getStyle("KyTen").getName()).isEqualTo("Ký tên của mẫu");
        }
    }

    @Test
    void numberedListsPicturesAndLinksOfTheFragmentComeWithIt() throws Exception {
        byte[] logo = PictureBindingTest.image("png", 12, 12, Color.RED);
        fragment("dau-trang", docx(doc -> {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
            for (String item : List.of("Thứ nhất", "Thứ hai")) {
                XWPFParagraph p = paragraph(doc.createParagraph(), item);
                p.setNumID(numId);
            }
            try {
                doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(logo),
                        Document.PICTURE_TYPE_PNG, "logo.png", Units.toEMU(20), Units.toEMU(20));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            XWPFHyperlinkRun link = doc.createParagraph().createHyperlinkRun("https://hanoi.dcs.vn");
            link.setText("Cổng thông tin");
        }));
        byte[] template = docx(doc -> {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum own = CTAbstractNum.Factory.newInstance();
            own.setAbstractNumId(BigInteger.ZERO);
            own.addNewLvl().setIlvl(BigInteger.ZERO);
            BigInteger ownId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(own)));
            paragraph(doc.createParagraph(), "Danh sách của mẫu").setNumID(ownId);
            paragraph(doc.createParagraph(), "<#include \"dau-trang\">");
            paragraph(doc.createParagraph(), "<#include \"dau-trang\">");
        });

        byte[] filled = compile(template).fill(Map.of());

        try (XWPFDocument doc = open(filled)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps).extracting(XWPFParagraph::getText).containsExactly("Danh sách của mẫu", "Thứ nhất",
                    "Thứ hai", "", "Cổng thông tin", "Thứ nhất", "Thứ hai", "", "Cổng thông tin");
            BigInteger own = ps.get(0).getNumID();
            BigInteger fromFragment = ps.get(1).getNumID();
            assertThat(fromFragment).isNotNull().isNotEqualTo(own).isEqualTo(ps.get(2).getNumID())
                    .as("the fragment's list definition is copied once").isEqualTo(ps.get(5).getNumID());
            assertThat(doc.getNumbering().getNum(fromFragment)).isNotNull();
            BigInteger abstractId = doc.getNumbering().getNum(fromFragment).getCTNum().getAbstractNumId().getVal();
            assertThat(doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0).getLvlText()
                    .getVal()).isEqualTo("%1.");
            List<byte[]> pictures = ps.stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).map(p -> p.getPictureData().getData()).toList();
            assertThat(pictures).containsExactly(logo, logo);
            assertThat(doc.getAllPictures()).as("a picture included twice is stored once").hasSize(1);
            XWPFHyperlinkRun link = (XWPFHyperlinkRun) ps.get(4).getRuns().get(0);
            assertThat(link.getHyperlink(doc).getURL()).isEqualTo("https://hanoi.dcs.vn");
        }
    }

    @Test
    void aChartInAFragmentIsCopiedWithItsWorkbookAndFilled() throws IOException {
        fragment("bieu-do", ChartTest.columnChartTemplate("attainmentByArea"));
        byte[] template = docx(doc -> {
            WordCharts.addColumnChart(doc, doc.createParagraph(), "own", "", 9 * 360_000, 5 * 360_000);
            paragraph(doc.createParagraph(), "<#include \"bieu-do\">");
        });

        byte[] filled = compile(template).fill(Map.of("unit", "Ba Vì", "attainmentByArea", ChartTest.attainment(),
                "own", ChartTemplates.data("Riêng", List.of("x"), "S", List.of(7))));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getCharts()).hasSize(2);
            assertThat(doc.getCharts().stream().map(c -> ChartTemplates.shown(c).title()))
                    .containsExactlyInAnyOrder("Riêng", "Tỷ lệ chỉ tiêu đạt theo lĩnh vực");
            for (var chart : doc.getCharts()) {
                assertThat(ChartTemplates.workbook(chart).getFirst().get(1)).isIn("S", "Đạt và vượt");
            }
            assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("Biểu đồ của Ba Vì:");
        }
    }

    @Test
    void fragmentsMayIncludeFragmentsAndRepeatInLists() throws IOException {
        fragment("ngoai", paragraphs("Ngoài ${x}", "<#include \"trong\">"));
        fragment("trong", paragraphs("Trong ${x}"));
        byte[] template = paragraphs("<#list xs as x>", "<#include \"ngoai\">", "</#list>");

        byte[] filled = compile(template).fill(Map.of("xs", List.of("1", "2")));

        assertThat(Templates.bodyTexts(filled)).containsExactly("Ngoài 1", "Trong 1", "Ngoài 2", "Trong 2");
    }

    @Test
    void aFragmentIncludingItselfIsAProblemThatNamesTheChain() throws IOException {
        fragment("a", paragraphs("A", "<#include \"b\">"));
        fragment("b", paragraphs("B", "<#include \"a\">"));

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> compile(paragraphs("Mở đầu", "<#include \"a\">")));

        assertThat(p.template()).isEqualTo("bao-cao.docx");
        assertThat(p.detail()).isEqualTo("the fragment “a” includes itself: a → b → a");
    }

    @Test
    void namesThatLeaveTheFragmentsFolderAreRefused() throws IOException {
        Files.writeString(templates.resolve("bi-mat.docx"), "x");
        for (String name : List.of("../../etc/passwd", "/etc/passwd", "../bi-mat", "..\\\\bi-mat", "a/b",
                "C:bi-mat", "")) {
            TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                    () -> compile(paragraphs("Mở đầu", "<#include \"" + name + "\">")));
            assertThat(p).as(name).isNotNull();
            assertThat(p.location()).as(name).startsWith("document body, paragraph 2");
            assertThat(p.detail()).as(name).contains("is not a fragment name");
        }
    }

    @Test
    void aLinkLeadingOutOfTheFragmentsFolderIsRefused() throws IOException {
        Path outside = Files.write(templates.resolve("ngoai.docx"), paragraphs("bí mật"));
        Files.createSymbolicLink(fragments().resolve("lien-ket.docx"), outside);

        TemplateProblem p = catchThrowableOfType(TemplateProblem.class,
                () -> compile(paragraphs("<#include \"lien-ket\">")));

        assertThat(p.detail()).contains("the fragment “lien-ket” cannot be read").contains("leads outside");
    }

    @Test
    void aMissingFragmentOrAnIncludeAmongTextIsAProblem() throws IOException {
        TemplateProblem missing = catchThrowableOfType(TemplateProblem.class,
                () -> compile(paragraphs("<#include \"khong-co\">")));
        TemplateProblem inline = catchThrowableOfType(TemplateProblem.class,
                () -> compile(paragraphs("Xem <#include \"khoi-chu-ky\"> ở dưới")));
        TemplateProblem noFolder = catchThrowableOfType(TemplateProblem.class,
                () -> DocxTemplate.compile("x.docx", paragraphs("<#include \"khoi-chu-ky\">")));
        TemplateProblem imported = catchThrowableOfType(TemplateProblem.class,
                () -> compile(paragraphs("<#import \"lib\" as l>")));

        assertThat(missing.detail()).startsWith("there is no fragment “khong-co” (khong-co.docx) in ");
        assertThat(inline.detail()).contains("must stand alone in its own paragraph");
        assertThat(noFolder.detail()).contains("compiled without a fragments folder");
        assertThat(imported.detail()).contains("templates cannot import");
    }

    @Test
    void aTemplateFileFindsItsFragmentsBesideItsFolder() throws IOException {
        fragment("khoi-chu-ky", paragraphs("Ký tên: ${name}"));
        Path template = Files.write(Files.createDirectories(templates.resolve("year-end")).resolve("t.docx"),
                paragraphs("Đầu", "<#include \"khoi-chu-ky.docx\">"));

        byte[] filled = DocxTemplate.compile(template).fill(Map.of("name", "Tạ Hữu Thọ"));

        assertThat(Templates.bodyTexts(filled)).containsExactly("Đầu", "Ký tên: Tạ Hữu Thọ");
    }

    @Test
    void aFragmentIncludedInAHeaderWorksThere() throws IOException {
        fragment("dau-trang", paragraphs("ĐẢNG BỘ ${unit}"));
        byte[] template = docx(doc -> {
            var header = doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            paragraph(header.createParagraph(), "<#include \"dau-trang\">");
            paragraph(doc.createParagraph(), "Thân");
        });

        byte[] filled = compile(template).fill(Map.of("unit", "HUYỆN BA VÌ"));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getHeaderList().get(0).getText().strip()).isEqualTo("ĐẢNG BỘ HUYỆN BA VÌ");
        }
        assertThat(new String(DocxTemplateTest.entry(filled, "word/header1.xml"), StandardCharsets.UTF_8))
                .doesNotContain("include");
    }
}
