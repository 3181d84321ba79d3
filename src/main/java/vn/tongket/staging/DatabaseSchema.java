package vn.tongket.staging;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the Spring Batch tables (once, when they are missing) and the product's own run tables, on HSQLDB or
 * PostgreSQL. Boot would only initialise the batch schema for an in-memory database, and its "always" mode fails
 * noisily on every later start.
 */
@Component
public class DatabaseSchema implements InitializingBean {

    private final DataSource dataSource;

    /** @param lock taken before the first connection, so that two processes never open one embedded database */
    public DatabaseSchema(DataSource dataSource, EmbeddedDatabaseLock lock) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        String platform = DatabasePlatform.of(dataSource).scriptName();
        if (!batchTablesExist()) {
            new ResourceDatabasePopulator(
                    new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
                    .execute(dataSource);
        }
        new ResourceDatabasePopulator(new ClassPathResource("db/tongket-" + platform + ".sql")).execute(dataSource);
    }

    private boolean batchTablesExist() {
        try {
            new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE 1 = 0",
                    Integer.class);
            return true;
        } catch (org.springframework.dao.DataAccessException missing) {
            return false;
        }
    }
}
