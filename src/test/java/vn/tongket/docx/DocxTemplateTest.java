package vn.tongket.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.docx.Templates.bodyTexts;
import static vn.tongket.docx.Templates.bookmark;
import static vn.tongket.docx.Templates.docx;
import static vn.tongket.docx.Templates.open;
import static vn.tongket.docx.Templates.paragraph;
import static vn.tongket.docx.Templates.paragraphs;
import static vn.tongket.docx.Templates.proofErrEnd;
import static vn.tongket.docx.Templates.proofErrStart;
import static vn.tongket.docx.Templates.run;
import static vn.tongket.docx.Templates.table;
import static vn.tongket.docx.Templates.tableTexts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxTemplateTest {

    public record Unit(String name, String level) {
    }

    public record Chair(String name, boolean acting) {
    }

    @Test
    void placeholderSplitOverRunsAndProofingMarksIsFilledWithTheFirstRunsFormatting() throws IOException {
        byte[] template = docx(doc -> {
            XWPFParagraph p = doc.createParagraph();
            run(p, "Kính gửi: ");
            XWPFRun first = run(p, "${unit.na");
            first.setBold(true);
            proofErrStart(p);
            bookmark(p, 0, "_GoBack");
            XWPFRun second = run(p, "me}");
            second.setItalic(true);
            proofErrEnd(p);
            run(p, " – thành phố Hà Nội");
        });
        assertThat(new String(entry(template, "word/document.xml"), "UTF-8"))
                .as("the template really splits the placeholder around proofing and bookmark marks")
                .containsPattern("\\$\\{unit\\.na</w:t>.*<w:proofErr.*<w:bookmarkStart.*me}</w:t>");

        byte[] filled = DocxTemplate.compile("kinh-gui.docx", template)
                .fill(Map.of("unit", new Unit("Huyện ủy Ba Vì", "huyện")));

        try (XWPFDocument doc = open(filled)) {
            XWPFParagraph p = doc.getParagraphs().get(0);
            assertThat(p.getText()).isEqualTo("Kính gửi: Huyện ủy Ba Vì – thành phố Hà Nội");
            XWPFRun value = p.getRuns().stream().filter(r -> r.text().contains("Ba Vì")).findFirst().orElseThrow();
            assertThat(value.text()).isEqualTo("Huyện ủy Ba Vì");
            assertThat(value.isBold()).isTrue();
            assertThat(value.isItalic()).isFalse();
            assertThat(p.getRuns().get(0).isBold()).isFalse();
        }
    }

    @Test
    void placeholderSplitIntoOneCharacterPiecesIsFound() {
        byte[] template = docx(doc -> paragraph(doc.createParagraph(), "Năm ", "$", "{", "ye", "ar", "}", "."));

        byte[] filled = DocxTemplate.compile("nam.docx", template).fill(Map.of("year", "2025"));

        assertThat(bodyTexts(filled)).containsExactly("Năm 2025.");
    }

    @Test
    void tagParagraphsRepeatTheParagraphsBetweenThem() {
        byte[] template = paragraphs(
                "I. Kết quả đạt được",
                "<#list achievements as a>",
                "${a?counter}. ${a}",
                "</#list>",
                "II. Hạn chế");

        byte[] filled = DocxTemplate.compile("ket-qua.docx", template).fill(Map.of("achievements", List.of(
                "Kinh tế tăng trưởng 8,5%", "Thu ngân sách đạt 1.528 tỷ đồng", "Xây dựng nông thôn mới")));

        assertThat(bodyTexts(filled)).containsExactly(
                "I. Kết quả đạt được",
                "1. Kinh tế tăng trưởng 8,5%",
                "2. Thu ngân sách đạt 1.528 tỷ đồng",
                "3. Xây dựng nông thôn mới",
                "II. Hạn chế");
    }

    @Test
    void emptyListDropsTheParagraphsBetweenTheTags() {
        byte[] template = paragraphs("Trước", "<#list items as i>", "${i}", "</#list>", "Sau");

        byte[] filled = DocxTemplate.compile("rong.docx", template).fill(Map.of("items", List.of()));

        assertThat(bodyTexts(filled)).containsExactly("Trước", "Sau");
    }

    @Test
    void nestedListsRepeatWholeSectionsWithTheirTables() throws IOException {
        byte[] template = docx(doc -> {
            paragraph(doc.createParagraph(), "<#list areas as area>");
            paragraph(doc.createParagraph(), "${area?counter}. Lĩnh vực ", "${area.name}");
            table(doc, new String[] {"Chỉ tiêu", "${area.indicator}"});
            paragraph(doc.createParagraph(), "<#list area.items as item>");
            paragraph(doc.createParagraph(), "– ${item}");
            paragraph(doc.createParagraph(), "</#list>");
            paragraph(doc.createParagraph(), "</#list>");
            paragraph(doc.createParagraph(), "Hết.");
        });
        Map<String, Object> model = Map.of("areas", List.of(
                Map.of("name", "Kinh tế", "indicator", "8,5%", "items", List.of("Công nghiệp", "Nông nghiệp")),
                Map.of("name", "Văn hóa – xã hội", "indicator", "100%", "items", List.of("Giáo dục"))));

        byte[] filled = DocxTemplate.compile("linh-vuc.docx", template).fill(model);

        assertThat(bodyTexts(filled)).containsExactly(
                "1. Lĩnh vực Kinh tế", "– Công nghiệp", "– Nông nghiệp",
                "2. Lĩnh vực Văn hóa – xã hội", "– Giáo dục",
                "Hết.");
        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getTables()).hasSize(2);
            assertThat(tableTexts(doc.getTables().get(0))).containsExactly(List.of("Chỉ tiêu", "8,5%"));
            assertThat(tableTexts(doc.getTables().get(1))).containsExactly(List.of("Chỉ tiêu", "100%"));
        }
    }

    @Test
    void tagRowsRepeatTheTableRowsBetweenThem() throws IOException {
        byte[] template = docx(doc -> {
            paragraph(doc.createParagraph(), "Bảng 1. Chỉ tiêu chủ yếu");
            table(doc,
                    new String[] {"STT", "Chỉ tiêu", "Kết quả"},
                    new String[] {"<#list indicators as i>", "", ""},
                    new String[] {"${i?counter}", "${i.name}", "${i.result}"},
                    new String[] {"</#list>", "", ""},
                    new String[] {"", "Tổng số", "${indicators?size}"});
        });
        Map<String, Object> model = Map.of("indicators", List.of(
                Map.of("name", "Tốc độ tăng trưởng kinh tế", "result", "8,5%"),
                Map.of("name", "Tỷ lệ hộ nghèo", "result", "0,5%"),
                Map.of("name", "Thu ngân sách", "result", "1.528 tỷ đồng")));

        byte[] filled = DocxTemplate.compile("chi-tieu.docx", template).fill(model);

        try (XWPFDocument doc = open(filled)) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(tableTexts(t)).containsExactly(
                    List.of("STT", "Chỉ tiêu", "Kết quả"),
                    List.of("1", "Tốc độ tăng trưởng kinh tế", "8,5%"),
                    List.of("2", "Tỷ lệ hộ nghèo", "0,5%"),
                    List.of("3", "Thu ngân sách", "1.528 tỷ đồng"),
                    List.of("", "Tổng số", "3"));
        }
    }

    @Test
    void tagRowsAroundARowMakeItConditional() throws IOException {
        byte[] template = docx(doc -> table(doc,
                new String[] {"Chỉ tiêu", "Kết quả"},
                new String[] {"<#if total??>", ""},
                new String[] {"Tổng cộng", "${total}"},
                new String[] {"</#if>", ""}));
        DocxTemplate compiled = DocxTemplate.compile("tong.docx", template);

        try (XWPFDocument doc = open(compiled.fill(Map.of("total", "12")))) {
            assertThat(tableTexts(doc.getTables().get(0)))
                    .containsExactly(List.of("Chỉ tiêu", "Kết quả"), List.of("Tổng cộng", "12"));
        }
        try (XWPFDocument doc = open(compiled.fill(Map.of()))) {
            assertThat(tableTexts(doc.getTables().get(0))).containsExactly(List.of("Chỉ tiêu", "Kết quả"));
        }
    }

    @Test
    void groupsOfRowsRepeatTogether() throws IOException {
        byte[] template = docx(doc -> table(doc,
                new String[] {"<#list units as u>", ""},
                new String[] {"${u.name}", ""},
                new String[] {"<#list u.people as p>", ""},
                new String[] {"", "${p}"},
                new String[] {"</#list>", ""},
                new String[] {"</#list>", ""}));
        Map<String, Object> model = Map.of("units", List.of(
                Map.of("name", "Đảng ủy xã Ba Trại", "people", List.of("Nguyễn Văn A", "Trần Thị B")),
                Map.of("name", "Đảng ủy phường Sơn Tây", "people", List.of("Lê Văn C"))));

        byte[] filled = DocxTemplate.compile("nhom.docx", template).fill(model);

        try (XWPFDocument doc = open(filled)) {
            assertThat(tableTexts(doc.getTables().get(0))).containsExactly(
                    List.of("Đảng ủy xã Ba Trại", ""), List.of("", "Nguyễn Văn A"), List.of("", "Trần Thị B"),
                    List.of("Đảng ủy phường Sơn Tây", ""), List.of("", "Lê Văn C"));
        }
    }

    @Test
    void tagParagraphsInsideACellRepeatParagraphsInTheCellAndNeverLeaveItEmpty() throws IOException {
        byte[] template = docx(doc -> {
            XWPFTable t = table(doc, new String[] {"Ý kiến", "<#list opinions as o>"});
            XWPFParagraph body = t.getRow(0).getCell(1).addParagraph();
            paragraph(body, "${o}");
            paragraph(t.getRow(0).getCell(1).addParagraph(), "</#list>");
        });
        DocxTemplate compiled = DocxTemplate.compile("y-kien.docx", template);

        byte[] some = compiled.fill(Map.of("opinions", List.of("Đồng ý", "Bổ sung mục III")));
        byte[] none = compiled.fill(Map.of("opinions", List.of()));

        try (XWPFDocument doc = open(some)) {
            var cell = doc.getTables().get(0).getRow(0).getCell(1);
            assertThat(cell.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("Đồng ý", "Bổ sung mục III");
        }
        try (XWPFDocument doc = open(none)) {
            var cell = doc.getTables().get(0).getRow(0).getCell(1);
            assertThat(cell.getParagraphs()).as("a cell must keep a paragraph").hasSize(1);
            assertThat(cell.getText()).isEmpty();
        }
    }

    @Test
    void placeholderInAHeaderIsFilled() throws IOException {
        byte[] template = docx(doc -> {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph hp = header.createParagraph();
            paragraph(hp, "ĐẢNG BỘ ", "${unit.na", "me?upper_case}");
            paragraph(doc.createParagraph(), "Nội dung");
        });

        byte[] filled = DocxTemplate.compile("tieu-de.docx", template)
                .fill(Map.of("unit", new Unit("Huyện Thường Tín", "huyện")));

        try (XWPFDocument doc = open(filled)) {
            assertThat(doc.getHeaderList()).hasSize(1);
            assertThat(doc.getHeaderList().get(0).getText().strip()).isEqualTo("ĐẢNG BỘ HUYỆN THƯỜNG TÍN");
        }
    }

    @Test
    void inlineIfKeepsOrDropsTextInsideTheParagraph() {
        byte[] template = paragraphs(
                "Đồng chí ${chair.name}<#if chair.acting>, Quyền Bí thư</#if> chủ trì hội nghị.");
        DocxTemplate compiled = DocxTemplate.compile("chu-tri.docx", template);

        assertThat(bodyTexts(compiled.fill(Map.of("chair", new Chair("Nguyễn Văn Hùng", true)))))
                .containsExactly("Đồng chí Nguyễn Văn Hùng, Quyền Bí thư chủ trì hội nghị.");
        assertThat(bodyTexts(compiled.fill(Map.of("chair", new Chair("Nguyễn Văn Hùng", false)))))
                .containsExactly("Đồng chí Nguyễn Văn Hùng chủ trì hội nghị.");
    }

    @Test
    void inlineTagsSplitOverRunsWithDifferentFormattingWork() throws IOException {
        byte[] template = docx(doc -> {
            XWPFParagraph p = doc.createParagraph();
            run(p, "Ý kiến: ");
            run(p, "<#list opin").setBold(true);
            proofErrStart(p);
            run(p, "ions as o>${o}<#sep>; </#s");
            proofErrEnd(p);
            run(p, "ep></#list>.").setItalic(true);
        });

        byte[] filled = DocxTemplate.compile("y-kien.docx", template)
                .fill(Map.of("opinions", List.of("đồng ý", "bổ sung")));

        assertThat(bodyTexts(filled)).containsExactly("Ý kiến: đồng ý; bổ sung.");
    }

    @Test
    void elseBranchOfABlockIf() {
        byte[] template = paragraphs("<#if shortcomings?has_content>", "Có ${shortcomings?size} hạn chế.",
                "<#else>", "Không có hạn chế.", "</#if>");
        DocxTemplate compiled = DocxTemplate.compile("han-che.docx", template);

        assertThat(bodyTexts(compiled.fill(Map.of("shortcomings", List.of("a", "b"))))).containsExactly("Có 2 hạn chế.");
        assertThat(bodyTexts(compiled.fill(Map.of("shortcomings", List.of())))).containsExactly("Không có hạn chế.");
    }

    @Test
    void valuesAreEscapedForXmlAndForbiddenCharactersDropped() {
        byte[] template = paragraphs("Ghi chú: ${note}");

        byte[] filled = DocxTemplate.compile("ghi-chu.docx", template)
                .fill(Map.of("note", "A < B & C > D \"trích\" 'dẫn' <w:p/> \u0001\u0008\uFFFE]]>"));

        assertThat(bodyTexts(filled)).containsExactly("Ghi chú: A < B & C > D \"trích\" 'dẫn' <w:p/> ]]>");
    }

    @Test
    void staticTextThatLooksLikeOtherFreemarkerSyntaxStaysText() {
        byte[] template = paragraphs("#{1 + 1} [=x] [#if x]y[/#if] $ {a} a<b & c>d $$", "Mục ${n}");

        byte[] filled = DocxTemplate.compile("van-ban.docx", template).fill(Map.of("n", 3));

        assertThat(bodyTexts(filled)).containsExactly("#{1 + 1} [=x] [#if x]y[/#if] $ {a} a<b & c>d $$", "Mục 3");
    }

    @Test
    void wordsTypographicQuotesAreReadAsStringDelimiters() {
        byte[] template = paragraphs("<#if unit.level == “huyện”>Huyện ủy<#else>Đảng ủy</#if> ${unit.name}",
                "${‘Thường trực’} ${\"“trích dẫn”\"}");

        byte[] filled = DocxTemplate.compile("ngoac.docx", template)
                .fill(Map.of("unit", new Unit("Ba Vì", "huyện")));

        assertThat(bodyTexts(filled)).containsExactly("Huyện ủy Ba Vì", "Thường trực “trích dẫn”");
    }

    @Test
    void numbersAreNeverGroupedByLocale() {
        byte[] template = paragraphs("${big} ${fraction}");

        byte[] filled = DocxTemplate.compile("so.docx", template).fill(Map.of("big", 1528000, "fraction", 87.67));

        assertThat(bodyTexts(filled)).containsExactly("1528000 87.67");
    }

    @Test
    void twoFillsWithTheSameModelAreByteIdenticalAndKeepTheEntryOrder() throws IOException {
        byte[] template = docx(doc -> {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("${unit.name}");
            paragraph(doc.createParagraph(), "<#list xs as x>");
            paragraph(doc.createParagraph(), "${x}");
            paragraph(doc.createParagraph(), "</#list>");
        });
        DocxTemplate compiled = DocxTemplate.compile("on-dinh.docx", template);
        Map<String, Object> model = Map.of("unit", new Unit("Quận ủy Hà Đông", "quận"), "xs", List.of("một", "hai"));

        byte[] a = compiled.fill(model);
        byte[] b = compiled.fill(model);

        assertThat(a).isEqualTo(b);
        assertThat(entryNames(a)).isEqualTo(entryNames(template));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).hasToString("2000-01-01T00:00");
                in.readAllBytes();
            }
        }
        try (XWPFDocument doc = open(a)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("một", "hai");
        }
    }

    @Test
    void partsWithoutTemplateTextKeepTheirBytes() throws IOException {
        byte[] template = paragraphs("${x}");

        byte[] filled = DocxTemplate.compile("giu-nguyen.docx", template).fill(Map.of("x", "y"));

        for (String name : entryNames(template)) {
            if (!name.equals("word/document.xml")) {
                assertThat(entry(filled, name)).as(name).isEqualTo(entry(template, name));
            }
        }
    }

    @Test
    void compilesFromAFileAndIsNamedAfterIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bao-cao-tong-ket.docx");
        Files.write(file, paragraphs("Báo cáo ${year}"));

        DocxTemplate t = DocxTemplate.compile(file);

        assertThat(t.name()).isEqualTo("bao-cao-tong-ket.docx");
        assertThat(bodyTexts(t.fill(Map.of("year", "2025")))).containsExactly("Báo cáo 2025");
    }

    @Test
    void fillsFromSeveralThreadsAtOnce() throws Exception {
        DocxTemplate compiled = DocxTemplate.compile("song-song.docx",
                paragraphs("<#list xs as x>", "${x} – ${n}", "</#list>"));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        byte[] expected = compiled.fill(Map.of("xs", List.of("a", "b"), "n", "1"));
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int k = 0; k < 50; k++) {
                        assertThat(compiled.fill(Map.of("xs", List.of("a", "b"), "n", "1"))).isEqualTo(expected);
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }

    static List<String> entryNames(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no entry " + name);
    }
}
