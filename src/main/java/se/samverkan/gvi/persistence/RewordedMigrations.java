package se.samverkan.gvi.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Migrations whose comments were reworded after databases had applied them. Flyway's checksum
 * covers comments too, so such a database would refuse to start. Before migrating, the stored
 * checksum of exactly these migrations is moved from the value the old wording had to the value
 * the new one has; any other difference, in these migrations or others, still fails Flyway's
 * validation as it should. An entry is added only for a change of comments, never of statements.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class RewordedMigrations {

    private static final Logger log = LoggerFactory.getLogger(RewordedMigrations.class);

    /** One reworded migration: its version and its checksum under the old and the new wording. */
    public record Rewording(String version, int before, int after) {}

    /** The comments cited a document outside the repository; they cite the project's own docs now. */
    public static final List<Rewording> REWORDINGS = List.of(
            new Rewording("2", 634801733, -1701434273),
            new Rewording("3", 1083781915, -1195590990),
            new Rewording("20", -1009654392, -654628247));

    @Bean
    FlywayMigrationStrategy migrationAcceptingRewordedComments() {
        return flyway -> {
            realign(flyway.getConfiguration());
            flyway.migrate();
        };
    }

    /**
     * Moves each reworded migration's stored checksum from its old to its new value, where the
     * history table exists and holds exactly the old value.
     *
     * @return how many history rows were realigned
     */
    public static int realign(Configuration configuration) {
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            String schema = historySchema(configuration, connection);
            String table = configuration.getTable();
            if (schema == null || !exists(connection, schema, table)) {
                return 0;
            }
            int realigned = 0;
            String update = "update \"" + schema + "\".\"" + table
                    + "\" set checksum = ? where version = ? and checksum = ? and success";
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Rewording rewording : REWORDINGS) {
                    statement.setInt(1, rewording.after());
                    statement.setString(2, rewording.version());
                    statement.setInt(3, rewording.before());
                    int rows = statement.executeUpdate();
                    if (rows > 0) {
                        log.info(
                                "Migration V{}: stored checksum realigned after a change of its comments only",
                                rewording.version());
                    }
                    realigned += rows;
                }
            }
            return realigned;
        } catch (SQLException e) {
            throw new FlywayException("Could not realign the checksums of reworded migrations", e);
        }
    }

    private static @Nullable String historySchema(Configuration configuration, Connection connection)
            throws SQLException {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        String[] schemas = configuration.getSchemas();
        return schemas.length > 0 ? schemas[0] : connection.getSchema();
    }

    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
            return tables.next();
        }
    }
}
