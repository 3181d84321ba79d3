package vn.tongket.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.tongket.meeting.Area;
import vn.tongket.meeting.MeetingKind;

class MeetingReaderTest {

    private static final String VALID = """
            {
              "format": "tongket-meeting/1",
              "id": "test-2023",
              "unit": {"name": "Thường Tín", "kind": "huyen", "level": "district",
                       "committee": "Huyện ủy Thường Tín",
                       "superior": {"name": "Thành phố Hà Nội", "committee": "Thành ủy Hà Nội"}},
              "kind": "year-end-review",
              "date": "2023-12-25",
              "period": {"kind": "year", "year": 2023},
              "indicators": [
                {"name": "Tổng thu ngân sách", "area": "budget", "measure": "ty-dong", "actual": 1528}
              ],
              "source": {"title": "Tin bài", "publisher": "không rõ"}
            }
            """;

    private final MeetingReader reader = new MeetingReader();

    private ReadResult read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "input/test.json");
    }

    private InputProblem onlyError(ReadResult result) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.meeting()).isNull();
        return result.problems().stream().filter(InputProblem::isError).findFirst().orElseThrow();
    }

    @Test
    void readsAValidMeetingKeepingNumbersExact() {
        ReadResult result = read(VALID);
        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).isTrue();
        assertThat(result.meeting().kind()).isEqualTo(MeetingKind.YEAR_END_REVIEW);
        assertThat(result.meeting().indicators().getFirst().actual()).isEqualByComparingTo("1528");
        assertThat(result.meeting().indicators().getFirst().area()).isEqualTo(Area.BUDGET);
    }

    @Test
    void readsEverySampleFile() {
        Path input = Path.of("input");
        for (Path file : InputFiles.list(input)) {
            ReadResult result = reader.read(file, InputFiles.displayName(input, file));
            assertThat(result.problems()).as(file.toString()).isEmpty();
            assertThat(result.accepted()).as(file.toString()).isTrue();
        }
    }

    @Test
    void reportsBrokenJsonWithLineAndColumn() {
        InputProblem problem = onlyError(read("{\n  \"format\": \"tongket-meeting/1\",\n  \"id\": }"));
        assertThat(problem.file()).isEqualTo("input/test.json");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(9);
        assertThat(problem.message()).startsWith("not valid JSON");
    }

    @Test
    void reportsAWrongTypeWithItsPointerAndLine() {
        InputProblem problem = onlyError(read(VALID.replace("\"actual\": 1528", "\"actual\": \"nhiều\"")));
        assertThat(problem.pointer()).isEqualTo("/indicators/0/actual");
        assertThat(problem.line()).isEqualTo(11);
        assertThat(problem.message()).contains("expected a number");
    }

    @Test
    void reportsAMissingRequiredField() {
        InputProblem problem = onlyError(read(VALID.replace("\"date\": \"2023-12-25\",", "")));
        // at the object that lacks it: here the whole meeting, which opens at 1:1
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).contains("missing \"date\"");

        InputProblem nested = onlyError(read(VALID.replace("\"publisher\": \"không rõ\"", "\"authors\": []")));
        assertThat(nested.pointer()).isEqualTo("/source");
        assertThat(nested.line()).isEqualTo(13);
        assertThat(nested.column()).isEqualTo(3);
        assertThat(nested.message()).contains("missing \"publisher\"");
    }

    @Test
    void reportsAnUnknownKindListingTheKnownOnes() {
        InputProblem problem = onlyError(read(VALID.replace("year-end-review", "annual-party")));
        assertThat(problem.pointer()).isEqualTo("/kind");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message()).contains("unknown value \"annual-party\"").contains("year-end-review");
    }

    @Test
    void reportsAnUnknownArea() {
        InputProblem problem = onlyError(read(VALID.replace("\"area\": \"budget\"", "\"area\": \"tax\"")));
        assertThat(problem.pointer()).isEqualTo("/indicators/0/area");
        assertThat(problem.message()).contains("unknown value \"tax\"").contains("budget");
    }

    @Test
    void reportsAnUnknownField() {
        InputProblem problem = onlyError(read(VALID.replace("\"kind\": \"year-end-review\",",
                "\"kind\": \"year-end-review\", \"chairman\": \"x\",")));
        assertThat(problem.pointer()).isEqualTo("/chairman");
        assertThat(problem.message()).contains("unknown field \"chairman\"");
    }

    @Test
    void rejectsDecomposedTextWithItsPlace() {
        String decomposed = VALID.replace("Tin bài", Normalizer.normalize("Tin bài", Normalizer.Form.NFD));
        InputProblem problem = onlyError(new MeetingReader(MeetingReader.NonNfcPolicy.REJECT, 1 << 20)
                .read(decomposed.getBytes(StandardCharsets.UTF_8), "input/test.json"));
        assertThat(problem.pointer()).isEqualTo("/source/title");
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.message()).contains("not in Unicode NFC");
    }

    @Test
    void normalizesDecomposedTextByDefaultWithOneWarningForTheFile() {
        String decomposed = VALID.replace("Tin bài", Normalizer.normalize("Tin bài", Normalizer.Form.NFD))
                .replace("Tổng thu ngân sách", Normalizer.normalize("Tổng thu ngân sách", Normalizer.Form.NFD));
        ReadResult result = read(decomposed);
        assertThat(result.accepted()).isTrue();
        assertThat(result.meeting().source().title()).isEqualTo("Tin bài");
        assertThat(result.meeting().indicators().getFirst().name()).isEqualTo("Tổng thu ngân sách");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.pointer()).isEqualTo("/indicators/0/name");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).startsWith("2 texts were not in Unicode NFC");
        });
    }

    @Test
    void rejectsAnEmptyFileAndTextThatIsNotUtf8() {
        assertThat(onlyError(read("  \n")).message()).contains("empty");
        byte[] latin1 = "{\"id\": \"Tín\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(onlyError(reader.read(latin1, "input/x.json")).message()).contains("not UTF-8");
    }

    @Test
    void rejectsAPartLargerThanItsTotal() {
        InputProblem problem = onlyError(read(VALID.replace("\"actual\": 1528", "\"part\": 80, \"total\": 73")));
        assertThat(problem.pointer()).isEqualTo("/indicators/0/part");
        assertThat(problem.message()).contains("between 0 and the total 73");
    }

    @Test
    void legacyEncodedTextIsConvertedByDefaultAndRefusedWhenConfiguredTo() {
        String tcvn3 = VALID.replace("Tin bài", "Tin bµi vÒ héi nghÞ");
        ReadResult converted = read(tcvn3);
        assertThat(converted.accepted()).isTrue();
        assertThat(converted.meeting().source().title()).isEqualTo("Tin bài về hội nghị");
        assertThat(converted.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.pointer()).isEqualTo("/source/title");
            assertThat(p.message()).contains("in TCVN3");
        });

        InputProblem refused = onlyError(new MeetingReader(InputSettings.DEFAULTS.withLegacyEncoding(
                InputSettings.LegacyEncodingPolicy.REJECT)).read(tcvn3.getBytes(StandardCharsets.UTF_8), "input/t.json"));
        assertThat(refused.pointer()).isEqualTo("/source/title");
        assertThat(refused.line()).isEqualTo(13);
        assertThat(refused.message()).startsWith("text in a legacy Vietnamese encoding: \"Tin bµi vÒ héi nghÞ\" reads"
                + " \"Tin bài về hội nghị\" in TCVN3");
    }

    @Test
    void aFileWrittenInTcvn3BytesIsReadAsSuchWithAWarning() throws Exception {
        Path file = Path.of("src/test/resources/bad-input/legacy-tcvn3-bytes.json");
        ReadResult result = reader.read(file, "input/x.json");
        assertThat(result.accepted()).isTrue();
        assertThat(result.meeting().unit().name()).isEqualTo("Thường Tín");
        assertThat(result.meeting().unit().superior().committee()).isEqualTo("Thành ủy Hà Nội");
        assertThat(result.meeting().achievements().getFirst().text()).isEqualTo("Kinh tế tăng trưởng khá.");

        InputProblem refused = onlyError(new MeetingReader(InputSettings.DEFAULTS.withLegacyEncoding(
                InputSettings.LegacyEncodingPolicy.REJECT)).read(file, "input/x.json"));
        assertThat(refused.line()).isEqualTo(4);
        assertThat(refused.message()).contains("legacy Vietnamese encoding TCVN3");
    }

    @Test
    void limitsAreConfigurable() {
        byte[] twoLessons = VALID.replace("\"source\": {", "\"lessons\": [\"Một\", \"Hai\"],\n  \"source\": {")
                .getBytes(StandardCharsets.UTF_8);
        InputSettings shortTexts = new InputSettings(MeetingReader.NonNfcPolicy.NORMALIZE,
                InputSettings.LegacyEncodingPolicy.CONVERT, 1 << 20, 12, 1000, 500, 6);
        ReadResult result = new MeetingReader(shortTexts).read(twoLessons, "input/t.json");
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(InputProblem::pointer).contains("/format", "/indicators/0/name");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).contains("more than the limit of 12"));

        InputSettings shortLists = new InputSettings(MeetingReader.NonNfcPolicy.NORMALIZE,
                InputSettings.LegacyEncodingPolicy.CONVERT, 1 << 20, 20_000, 1, 500, 6);
        InputProblem problem = onlyError(new MeetingReader(shortLists).read(twoLessons, "input/t.json"));
        assertThat(problem.pointer()).isEqualTo("/lessons");
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.message()).isEqualTo("the list has 2 items, more than the limit of 1"
                + " (tongket.input.max-list-items)");
    }

    @Test
    void aFileWrittenInVniBytesIsReadAsSuch() {
        String vni = """
                {"format": "tongket-meeting/1", "id": "tan-lap-2023",
                 "unit": {"name": "Taân Laäp", "kind": "xa", "level": "commune", "committee": "Ñaûng uûy xaõ",
                          "superior": {"name": "Huyeän Ñan Phöôïng", "committee": "Huyeän uûy Ñan Phöôïng"}},
                 "kind": "year-end-review", "date": "2023-12-25", "period": {"kind": "year", "year": 2023},
                 "source": {"title": "Hoäi nghò toång keát", "publisher": "khoâng roõ"}}
                """;
        ReadResult result = reader.read(vni.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "input/x.json");
        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        assertThat(result.meeting().unit().name()).isEqualTo("Tân Lập");
        assertThat(result.meeting().unit().superior().committee()).isEqualTo("Huyện ủy Đan Phượng");
        assertThat(result.meeting().source().title()).isEqualTo("Hội nghị tổng kết");
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("legacy Vietnamese encoding VNI"));
    }

    @Test
    void aNullInAListIsNamedWhereItIs() {
        InputProblem problem = onlyError(read(VALID.replace("\"source\": {",
                "\"lessons\": [\"Một\", null],\n  \"source\": {")));
        assertThat(problem.pointer()).isEqualTo("/lessons/1");
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.message()).isEqualTo("a list item is null; leave it out of the list");
    }
}
