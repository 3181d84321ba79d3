package vn.tongket.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
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
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import vn.tongket.meeting.Meeting;
import vn.tongket.vietnamese.VietnameseText;

/**
 * Reads one meeting file (JSON, input format version 1). Never throws for bad input: every problem comes back with
 * the file, the JSON pointer and the line and column, and the meeting is given only when the file is valid.
 */
public final class MeetingReader {

    /** What to do with text that is not in Unicode NFC (decomposed marks). */
    public enum NonNfcPolicy { REJECT, NORMALIZE }

    /** Deeper nesting than this is no meeting file (the format nests 4 levels). */
    private static final int MAX_DEPTH = 32;
    /** A number written with more characters than this is no figure. */
    private static final int MAX_NUMBER_CHARS = 64;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The largest meeting file accepted unless configured otherwise (tongket.input.max-file-bytes). */
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final InputSettings settings;

    public MeetingReader(InputSettings settings) {
        this.settings = settings;
    }

    public MeetingReader(NonNfcPolicy nonNfcPolicy, long maxFileBytes) {
        this(InputSettings.DEFAULTS.withNonNfc(nonNfcPolicy).withMaxFileBytes(maxFileBytes));
    }

    public MeetingReader() {
        this(InputSettings.DEFAULTS);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public ReadResult read(Path file, String displayName) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                return rejected(displayName, null, "file is " + size + " bytes, more than the limit of "
                        + settings.maxFileBytes() + " bytes for one meeting (tongket.input.max-file-bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return rejected(displayName, null, "cannot read the file: " + e.getMessage());
        }
        return read(bytes, displayName);
    }

    public ReadResult read(byte[] bytes, String file) {
        try {
            return readBytes(bytes, file);
        } catch (RuntimeException e) {
            // a failure of the parser or binder no rule above foresaw: still a located refusal, never a trace
            return new ReadResult(file, null, List.of(InputProblem.error(file, "", 1, 1, "the file cannot be read as"
                    + " a meeting (" + e.getClass().getSimpleName() + ")")));
        }
    }

    private ReadResult readBytes(byte[] bytes, String file) {
        List<InputProblem> problems = new ArrayList<>();
        if (bytes.length > settings.maxFileBytes()) {
            return rejected(file, null, "file is " + bytes.length + " bytes, more than the limit of "
                    + settings.maxFileBytes() + " bytes for one meeting (tongket.input.max-file-bytes)");
        }
        String text = decode(bytes, file, problems);
        if (text == null) {
            return new ReadResult(file, null, problems);
        }
        if (text.startsWith("\uFEFF")) {
            problems.add(InputProblem.warning(file, "", 1, 1, "the file starts with a byte-order mark; it was ignored"));
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new ReadResult(file, null, append(problems, InputProblem.error(file, "", 1, 1,
                    text.isEmpty() ? "the file is empty; expected a JSON object with one meeting"
                            : "the file is empty (only spaces or line breaks); expected a JSON object with one"
                            + " meeting")));
        }

        LocationIndex locations;
        JsonNode tree;
        try {
            locations = scan(text, file, problems);
            if (problems.stream().anyMatch(InputProblem::isError)) {
                return new ReadResult(file, null, problems);
            }
            tree = MAPPER.readTree(text);
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            return new ReadResult(file, null, append(problems, InputProblem.error(file, null,
                    at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr(),
                    "not valid JSON: " + JsonProblemWording.syntax(e.getOriginalMessage()))));
        }
        new TextCleaner(file, locations, problems).clean(tree, "");
        if (problems.stream().anyMatch(InputProblem::isError)) {
            return new ReadResult(file, null, problems);
        }

        Meeting meeting;
        try {
            meeting = MAPPER.treeToValue(tree, Meeting.class);
        } catch (JacksonException e) {
            String pointer = pointerOf(e.getPath());
            return new ReadResult(file, null, append(problems, InputProblem.error(file, pointer,
                    locations.line(pointer), locations.column(pointer), explain(e, tree, pointer))));
        }
        if (meeting == null) {
            return new ReadResult(file, null, append(problems,
                    InputProblem.error(file, "", 1, 1, "expected a JSON object with one meeting, found null")));
        }
        for (MeetingValidator.Violation violation : MeetingValidator.validate(meeting, settings)) {
            // a missing field is shown at the object that lacks it
            String pointer = locations.nearest(violation.pointer());
            problems.add(new InputProblem(violation.severity(), file, pointer, locations.line(pointer),
                    locations.column(pointer), violation.message()));
        }
        return new ReadResult(file, problems.stream().anyMatch(InputProblem::isError) ? null : meeting, problems);
    }

    /**
     * The file's text: UTF-8, or (with a warning, or refused) a legacy Vietnamese encoding that is recognised in a
     * file that is not UTF-8; null with an error for anything else.
     */
    private String decode(byte[] bytes, String file, List<InputProblem> problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, decoded, true);
        if (!result.isError()) {
            return decoded.flip().toString();
        }
        int offset = in.position();
        int line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        String single = new String(bytes, Charset.forName("windows-1252"));
        Optional<LegacyVietnamese.Detection> legacy = LegacyVietnamese.detect(single);
        if (legacy.isEmpty()) {
            problems.add(InputProblem.error(file, null, line, null, "the file is not UTF-8 text (byte "
                    + (offset + 1) + " is not valid UTF-8); save it as UTF-8 (Unicode), not in a legacy Vietnamese"
                    + " encoding such as TCVN3 or VNI"));
            return null;
        }
        String name = legacy.get().encoding().label();
        if (settings.legacyEncoding() == InputSettings.LegacyEncodingPolicy.REJECT) {
            problems.add(InputProblem.error(file, null, line, null, "the file is not UTF-8: it is written in the"
                    + " legacy Vietnamese encoding " + name + " (byte " + (offset + 1) + "); convert it to Unicode"
                    + " (UTF-8), for example with Unikey's converter"));
            return null;
        }
        problems.add(InputProblem.warning(file, null, line, null, "the file is not UTF-8: it is written in the"
                + " legacy Vietnamese encoding " + name + "; it was read as such and converted to Unicode; save it as"
                + " UTF-8"));
        return legacy.get().converted();
    }

    /** One streaming pass: where each value stands, texts over the length limit, numbers no meeting has. */
    private LocationIndex scan(String text, String file, List<InputProblem> problems) {
        LocationIndex index = new LocationIndex();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = next(parser)) != null) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                index.put(pointer, at.getLineNr(), at.getColumnNr());
                if (token == JsonToken.VALUE_STRING && parser.getString().length() > settings.maxStringChars()) {
                    problems.add(InputProblem.error(file, pointer, index.line(pointer), index.column(pointer), "the text has "
                            + parser.getString().length() + " characters, more than the limit of "
                            + settings.maxStringChars() + " (tongket.input.max-string-chars)"));
                }
            }
        }
        return index;
    }

    /** The next token; a limit of the parser (nesting, number length) is reported where the parser stands. */
    private static JsonToken next(JsonParser parser) {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw new StreamReadException(parser, e.getOriginalMessage(), parser.currentLocation()) {
            };
        }
    }

    /** Puts every text value of the tree in NFC and legacy-encoded text in Unicode, or refuses them. */
    private final class TextCleaner {
        private final String file;
        private final LocationIndex locations;
        private final List<InputProblem> problems;
        private final TextCleaning<String> cleaning = new TextCleaning<>(settings);

        TextCleaner(String file, LocationIndex locations, List<InputProblem> problems) {
            this.file = file;
            this.locations = locations;
            this.problems = problems;
        }

        void clean(JsonNode root, String pointer) {
            walk(root, pointer);
            problems.addAll(cleaning.warnings((at, message) -> InputProblem.warning(file, at, locations.line(at),
                    locations.column(at), message)));
        }

        private JsonNode walk(JsonNode node, String pointer) {
            if (node instanceof ObjectNode object) {
                for (String name : List.copyOf(object.propertyNames())) {
                    JsonNode child = object.get(name);
                    JsonNode cleaned = walk(child, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
                    if (cleaned != child) {
                        object.set(name, cleaned);
                    }
                }
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode child = array.get(i);
                    if (child.isNull()) {
                        String at = pointer + "/" + i;
                        problems.add(InputProblem.error(file, at, locations.line(at), locations.column(at),
                                "a list item is null; leave it out of the list"));
                        continue;
                    }
                    JsonNode cleaned = walk(child, pointer + "/" + i);
                    if (cleaned != child) {
                        array.set(i, cleaned);
                    }
                }
            } else if (node.isString()) {
                String value = node.asString();
                String cleaned = cleaning.clean(value, pointer, message -> problems.add(InputProblem.error(file,
                        pointer, locations.line(pointer), locations.column(pointer), message)));
                return cleaned == null || cleaned.equals(value) ? node : StringNode.valueOf(cleaned);
            }
            return node;
        }
    }

    /** A text cut for a message: at most 80 characters. */
    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String explain(JacksonException e, JsonNode tree, String pointer) {
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
        if (e instanceof ValueInstantiationException) {
            return "this object cannot be read as it is written (a list in it holds null, or a value of the wrong"
                    + " kind)";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            JsonNode found = tree.at(pointer);
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

        /** The pointer itself when the file has it, else its nearest parent that the file has. */
        String nearest(String pointer) {
            String current = pointer;
            while (!current.isEmpty() && !at.containsKey(current)) {
                int slash = current.lastIndexOf('/');
                current = slash <= 0 ? "" : current.substring(0, slash);
            }
            return current;
        }

        Integer line(String pointer) {
            int[] found = at.get(nearest(pointer));
            return found == null ? null : Integer.valueOf(found[0]);
        }

        Integer column(String pointer) {
            int[] found = at.get(nearest(pointer));
            return found == null ? null : Integer.valueOf(found[1]);
        }
    }
}
