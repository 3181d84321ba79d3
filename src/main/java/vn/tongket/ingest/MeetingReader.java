package vn.tongket.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import vn.tongket.meeting.Meeting;
import vn.tongket.vietnamese.VietnameseText;

/**
 * Reads one meeting file (JSON, input format version 1). Never throws for bad input: every problem comes back with
 * the file, the JSON pointer and the line and column, and the meeting is given only when the file is valid.
 */
public final class MeetingReader {

    /** What to do with text that is not in Unicode NFC (decomposed marks). */
    public enum NonNfcPolicy { REJECT, NORMALIZE }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The largest meeting file accepted unless configured otherwise (tongket.input.max-file-bytes). */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final NonNfcPolicy nonNfcPolicy;
    private final long maxFileBytes;

    public MeetingReader(NonNfcPolicy nonNfcPolicy, long maxFileBytes) {
        this.nonNfcPolicy = nonNfcPolicy;
        this.maxFileBytes = maxFileBytes;
    }

    public MeetingReader() {
        this(NonNfcPolicy.REJECT, DEFAULT_MAX_FILE_BYTES);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public ReadResult read(Path file, String displayName) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return rejected(displayName, null, "file is " + size + " bytes, more than the limit of " + maxFileBytes
                        + " bytes for one meeting");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return rejected(displayName, null, "cannot read the file: " + e.getMessage());
        }
        return read(bytes, displayName);
    }

    public ReadResult read(byte[] bytes, String file) {
        List<InputProblem> problems = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, decoded, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return new ReadResult(file, null, List.of(InputProblem.error(file, null, line, null,
                    "the file is not UTF-8 text (byte " + (offset + 1) + " is not valid UTF-8); save it as UTF-8"
                            + " (Unicode), not in a legacy Vietnamese encoding such as TCVN3 or VNI")));
        }
        String text = decoded.flip().toString();
        if (text.startsWith("\uFEFF")) {
            problems.add(InputProblem.warning(file, "", 1, 1, "the file starts with a byte-order mark; it was ignored"));
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new ReadResult(file, null, append(problems,
                    InputProblem.error(file, "", 1, 1, "the file is empty; expected a JSON object with one meeting")));
        }

        LocationIndex locations;
        try {
            locations = scan(text, file, problems);
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            return new ReadResult(file, null, append(problems, InputProblem.error(file, null,
                    at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr(),
                    "not valid JSON: " + JsonProblemWording.syntax(e.getOriginalMessage()))));
        }
        if (problems.stream().anyMatch(InputProblem::isError)) {
            return new ReadResult(file, null, problems);
        }
        if (nonNfcPolicy == NonNfcPolicy.NORMALIZE) {
            text = VietnameseText.nfc(text);
        }

        Meeting meeting;
        try {
            meeting = MAPPER.readValue(text, Meeting.class);
        } catch (JacksonException e) {
            String pointer = pointerOf(e.getPath());
            TokenStreamLocation at = e.getLocation();
            Integer line = locations.line(pointer, at == null ? null : at.getLineNr());
            Integer column = locations.column(pointer, at == null ? null : at.getColumnNr());
            return new ReadResult(file, null, append(problems,
                    InputProblem.error(file, pointer, line, column, explain(e, text, pointer))));
        }
        if (meeting == null) {
            return new ReadResult(file, null, append(problems,
                    InputProblem.error(file, "", 1, 1, "expected a JSON object with one meeting, found null")));
        }
        for (MeetingValidator.Violation violation : MeetingValidator.validate(meeting)) {
            problems.add(InputProblem.error(file, violation.pointer(), locations.line(violation.pointer(), null),
                    locations.column(violation.pointer(), null), violation.message()));
        }
        return new ReadResult(file, problems.stream().anyMatch(InputProblem::isError) ? null : meeting, problems);
    }

    /** One streaming pass: where each value stands, and which strings are not NFC. */
    private LocationIndex scan(String text, String file, List<InputProblem> problems) {
        LocationIndex index = new LocationIndex();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                index.put(pointer, at.getLineNr(), at.getColumnNr());
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
                        && !VietnameseText.isNfc(parser.getString())) {
                    String message = "text is not in Unicode NFC (its marks are decomposed): \"" + parser.getString()
                            + "\"";
                    problems.add(nonNfcPolicy == NonNfcPolicy.REJECT
                            ? InputProblem.error(file, pointer, at.getLineNr(), at.getColumnNr(),
                                    message + "; save the file with precomposed Unicode (NFC)")
                            : InputProblem.warning(file, pointer, at.getLineNr(), at.getColumnNr(),
                                    message + "; normalized to NFC"));
                }
            }
        }
        return index;
    }

    private static String explain(JacksonException e, String text, String pointer) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return "unknown field \"" + unknown.getPropertyName() + "\"; expected one of: "
                    + (known == null ? "" : known.stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", ")));
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException illegal && illegal.getMessage() != null) {
            return illegal.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            JsonNode found = MAPPER.readTree(text).at(pointer);
            return JsonProblemWording.mismatch(describeType(mismatch.getTargetType()), found,
                    mismatch.getTargetType());
        }
        return JsonProblemWording.syntax(e.getOriginalMessage());
    }

    private static String describeType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD (2023-12-25)";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (type.isEnum()) {
            return "one of the codes of " + type.getSimpleName();
        }
        return "an object {...}";
    }

    private static String pointerOf(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static ReadResult rejected(String file, String pointer, String message) {
        return new ReadResult(file, null, List.of(InputProblem.error(file, pointer, null, null, message)));
    }

    private static List<InputProblem> append(List<InputProblem> problems, InputProblem problem) {
        problems.add(problem);
        return problems;
    }

    /** Line and column of the first token at each JSON pointer; a missing pointer falls back to its parent. */
    private static final class LocationIndex {
        private final Map<String, int[]> at = new HashMap<>();

        void put(String pointer, int line, int column) {
            at.putIfAbsent(pointer, new int[] {line, column});
        }

        Integer line(String pointer, Integer fallback) {
            int[] found = find(pointer);
            return found == null ? fallback : Integer.valueOf(found[0]);
        }

        Integer column(String pointer, Integer fallback) {
            int[] found = find(pointer);
            return found == null ? fallback : Integer.valueOf(found[1]);
        }

        private int[] find(String pointer) {
            String current = pointer;
            while (current != null) {
                int[] found = at.get(current);
                if (found != null) {
                    return found;
                }
                if (current.isEmpty()) {
                    return null;
                }
                int slash = current.lastIndexOf('/');
                current = slash <= 0 ? "" : current.substring(0, slash);
            }
            return null;
        }
    }
}
