package vn.tongket.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/meeting.schema.json and the Java model describe the same format: the same fields and the same codes. */
class SchemaConsistencyTest {

    private static final JsonNode SCHEMA = JsonMapper.builder().build()
            .readTree(Path.of("docs/meeting.schema.json").toFile());

    private static final List<Class<? extends Record>> RECORDS = List.of(Meeting.Unit.class, Meeting.Superior.class,
            Meeting.Term.class, Meeting.Participant.class, Meeting.TargetTally.class, Meeting.Finding.class,
            Meeting.Direction.class, Meeting.Directive.class, Meeting.Source.class, Period.class, Indicator.class,
            Indicator.Attainment.class, Indicator.Growth.class);

    private static final List<Class<? extends Coded>> VOCABULARIES = List.of(Area.class, Body.class,
            CauseKind.class, Measure.class, MeetingKind.class, PlanKind.class, Role.class, SetBy.class,
            TimeOfDay.class, UnitKind.class, UnitLevel.class);

    @Test
    void theTopLevelObjectHasTheMeetingsFields() {
        assertThat(names(SCHEMA.get("properties"))).isEqualTo(components(Meeting.class));
        assertThat(SCHEMA.get("properties").get("format").toString()).contains(Meeting.FORMAT_V1);
    }

    @Test
    void everyObjectHasItsRecordsFields() {
        for (Class<? extends Record> type : RECORDS) {
            JsonNode definition = SCHEMA.get("$defs").get(definitionName(type));
            assertThat(definition).as(type.getName()).isNotNull();
            assertThat(names(definition.get("properties"))).as(type.getName()).isEqualTo(components(type));
            assertThat(definition.get("additionalProperties").asBoolean()).as(type.getName()).isFalse();
        }
    }

    @Test
    void everyVocabularyListsTheSameCodes() {
        for (Class<? extends Coded> type : VOCABULARIES) {
            assertCodes(definitionName(type), type);
        }
        assertCodes("periodKind", Period.Kind.class);
    }

    private static void assertCodes(String definition, Class<? extends Coded> type) {
        Set<String> codes = new LinkedHashSet<>();
        SCHEMA.get("$defs").get(definition).get("enum").forEach(code -> codes.add(code.asString()));
        assertThat(codes).as(definition).isEqualTo(new LinkedHashSet<>(
                Arrays.stream(type.getEnumConstants()).map(Coded::code).toList()));
    }

    private static String definitionName(Class<?> type) {
        String simple = type.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static Set<String> components(Class<? extends Record> type) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static Set<String> names(JsonNode properties) {
        return new LinkedHashSet<>(properties.propertyNames());
    }
}
