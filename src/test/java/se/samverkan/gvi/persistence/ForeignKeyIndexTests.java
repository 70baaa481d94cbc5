package se.samverkan.gvi.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.samverkan.gvi.support.PostgresAvailable;
import se.samverkan.gvi.support.TestPostgres;

/**
 * Every foreign key of the PostgreSQL schema is served by an index that leads with the key's
 * columns, so that reading a parent's rows (a round's recommendations, a group's call-ins) and
 * deleting a parent never scans the whole child table. A group page read its rounds'
 * recommendations through such a scan: 50-110 ms a page on the national data set
 * (docs/performance.md).
 */
@ExtendWith(PostgresAvailable.class)
class ForeignKeyIndexTests {

    @Test
    void everyForeignKeyLeadsAnIndex() {
        String schema = "fk_index_" + ProcessHandle.current().pid();
        DriverManagerDataSource admin = new DriverManagerDataSource(TestPostgres.url(), TestPostgres.USER, "");
        JdbcClient jdbc = JdbcClient.create(admin);
        TestPostgres.ensureApplicationRole(jdbc);
        jdbc.sql("drop schema if exists " + schema + " cascade").update();
        jdbc.sql("create schema " + schema).update();
        try {
            Flyway.configure()
                    .dataSource(admin)
                    .schemas(schema)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .load()
                    .migrate();

            List<String> unserved =
                    jdbc.sql("""
                            select c.conrelid::regclass || ' ' || c.conname
                            from pg_constraint c
                            where c.contype = 'f' and c.connamespace = cast(:schema as regnamespace)
                              and not exists (
                                select 1 from pg_index i
                                where i.indrelid = c.conrelid
                                  and (i.indkey::int2[])[0 : cardinality(c.conkey) - 1] @> c.conkey
                                  and (i.indkey::int2[])[0 : cardinality(c.conkey) - 1] <@ c.conkey)
                            order by 1""").param("schema", schema).query(String.class).list();
            long keys = jdbc.sql("""
                            select count(*) from pg_constraint
                            where contype = 'f' and connamespace = cast(:schema as regnamespace)""").param("schema", schema).query(Long.class).single();

            assertThat(keys).as("foreign keys in the schema").isGreaterThan(20);
            assertThat(unserved)
                    .as("foreign keys without an index led by their columns")
                    .isEmpty();
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }
}
