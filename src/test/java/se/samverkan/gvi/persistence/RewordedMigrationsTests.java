package se.samverkan.gvi.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.samverkan.gvi.persistence.RewordedMigrations.Rewording;

/** A database migrated before a migration's comments were reworded still starts; nothing else is forgiven. */
class RewordedMigrationsTests {

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:reworded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final Flyway flyway = Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/h2")
            .cleanDisabled(false)
            .load();

    @Test
    void theNewChecksumsAreTheOnesFlywayComputesForTheFilesToday() {
        for (Rewording rewording : RewordedMigrations.REWORDINGS) {
            Path file = migrationFile(rewording.version());
            int computed = ChecksumCalculator.calculate(
                    new FileSystemResource(null, file.toString(), StandardCharsets.UTF_8, false));
            assertThat(computed).as("checksum of %s", file).isEqualTo(rewording.after());
        }
    }

    @Test
    void aDatabaseMigratedUnderTheOldWordingStartsAndIsRealigned() {
        freshlyMigrated();
        storeChecksum("2", 634801733);
        storeChecksum("3", 1083781915);
        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayException.class);

        assertThat(RewordedMigrations.realign(flyway.getConfiguration())).isEqualTo(2);

        flyway.validate();
        assertThat(storedChecksum("2")).isEqualTo(-1701434273);
        assertThat(storedChecksum("3")).isEqualTo(-1195590990);
    }

    @Test
    void anyOtherChecksumDifferenceStillFailsValidation() {
        freshlyMigrated();
        storeChecksum("2", 12345);

        assertThat(RewordedMigrations.realign(flyway.getConfiguration())).isZero();

        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayException.class);
        assertThat(storedChecksum("2")).isEqualTo(12345);
    }

    @Test
    void aNewDatabaseHasNothingToRealign() {
        flyway.clean();

        assertThat(RewordedMigrations.realign(flyway.getConfiguration())).isZero();
    }

    private void freshlyMigrated() {
        flyway.clean();
        flyway.migrate();
    }

    private void storeChecksum(String version, int checksum) {
        jdbc.update("update \"flyway_schema_history\" set checksum = ? where version = ?", checksum, version);
    }

    private int storedChecksum(String version) {
        Integer checksum = jdbc.queryForObject(
                "select checksum from \"flyway_schema_history\" where version = ?", Integer.class, version);
        assertThat(checksum).isNotNull();
        return checksum;
    }

    private Path migrationFile(String version) {
        for (MigrationInfo info : Flyway.configure()
                .locations(
                        "filesystem:src/main/resources/db/migration",
                        "filesystem:src/main/resources/db/vendor/postgresql")
                .dataSource(dataSource)
                .load()
                .info()
                .all()) {
            if (info.getVersion().getVersion().equals(version)) {
                return Path.of(info.getPhysicalLocation());
            }
        }
        throw new AssertionError("no migration V" + version);
    }
}
