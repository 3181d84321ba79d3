package vn.tongket.staging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** One schedule per PostgreSQL schema: a second is refused while the first runs, and admitted once it ends. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+",
        disabledReason = PostgresSchema.SKIPPED)
class PostgresScheduleLockTest {

    private static PostgresSchema schema;
    private static PostgresSchema other;

    @BeforeAll
    static void schemas() {
        schema = PostgresSchema.create("schedule_lock");
        other = PostgresSchema.create("schedule_lock_other");
    }

    @AfterAll
    static void dropSchemas() {
        schema.close();
        other.close();
    }

    private static DriverManagerDataSource dataSource(PostgresSchema on) {
        return new DriverManagerDataSource(on.url(), PostgresSchema.user(), PostgresSchema.password());
    }

    @Test
    void aSecondScheduleOnTheSameSchemaIsRefusedUntilTheFirstEnds() throws Exception {
        Optional<ScheduleLock> first = ScheduleLock.acquire(dataSource(schema));
        assertThat(first).isPresent();

        assertThat(ScheduleLock.acquire(dataSource(schema))).as("second schedule on the same schema").isEmpty();
        Optional<ScheduleLock> elsewhere = ScheduleLock.acquire(dataSource(other));
        assertThat(elsewhere).as("a schedule on another schema").isPresent();

        first.get().close();
        elsewhere.get().close();
        Optional<ScheduleLock> after = ScheduleLock.acquire(dataSource(schema));
        assertThat(after).as("after the first ended").isPresent();
        after.get().close();
    }
}
