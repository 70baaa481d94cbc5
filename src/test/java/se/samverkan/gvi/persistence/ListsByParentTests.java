package se.samverkan.gvi.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The rows of list tables read by parent: in the order of their {@code ord}, and mapped to records
 * by column name. Pages of recommendations map thousands of such rows a request, so the mapper must
 * find each column by the name it has: a lookup of a name the result set lacks makes the driver
 * build an exception, once a row.
 */
class ListsByParentTests {

    record Item(String personRef, @Nullable String lever, String legalBasis) {}

    @Test
    void rowsMapToRecordsByTheirColumnNamesWithoutLookingUpColumnsThatAreNotThere() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:lists-by-parent");
                Statement sql = db.createStatement()) {
            sql.execute("create table item (parent_id int, ord int, person_ref varchar(16), lever varchar(32),"
                    + " legal_basis varchar(64))");
            sql.execute("insert into item values (1, 0, 'P-0001', 'fordonskontroller', '[PL-24]'),"
                    + " (1, 1, 'P-0002', null, '[BRB-1]'), (2, 0, 'P-0003', 'kronofogden', '[UB-4]')");
            AtomicInteger missing = new AtomicInteger();
            List<Item> items = new ArrayList<>();
            ListsByParent.RowMapper<Item> mapper = ListsByParent.RowMapper.of(Item.class);
            try (ResultSet rows = sql.executeQuery("select * from item order by parent_id, ord")) {
                ResultSet counted = countingMissingColumns(rows, missing);
                while (counted.next()) {
                    items.add(mapper.map(counted));
                }
            }

            assertThat(items)
                    .containsExactly(
                            new Item("P-0001", "fordonskontroller", "[PL-24]"),
                            new Item("P-0002", null, "[BRB-1]"),
                            new Item("P-0003", "kronofogden", "[UB-4]"));
            assertThat(missing)
                    .as("column names looked up that the rows do not have")
                    .hasValue(0);
        }
    }

    @Test
    void eachParentsRowsComeInTheOrderOfTheirOrdWhateverOrderTheDatabaseReturnsThemIn() {
        UUID first = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID second = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID other = UUID.fromString("00000000-0000-0000-0000-000000000003");
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:lists-in-order", true);
        try {
            JdbcClient jdbc = JdbcClient.create(db);
            jdbc.sql("create table item (parent_id uuid, ord int, person_ref varchar(16))")
                    .update();
            // stored out of order, and read back in an order that is not by ord
            jdbc.sql("insert into item values (:a, 2, 'P-0003'), (:b, 1, 'P-0012'), (:a, 0, 'P-0001'),"
                            + " (:c, 0, 'P-0099'), (:b, 0, 'P-0011'), (:a, 1, 'P-0002')")
                    .param("a", first)
                    .param("b", second)
                    .param("c", other)
                    .update();

            Map<UUID, List<String>> lists = ListsByParent.readInOrder(
                    jdbc,
                    List.of(first, second),
                    "select * from item where parent_id in (:ids) order by person_ref desc",
                    "parent_id",
                    rs -> rs.getString("person_ref"));

            assertThat(lists)
                    .containsOnly(
                            entry(first, List.of("P-0001", "P-0002", "P-0003")),
                            entry(second, List.of("P-0011", "P-0012")));
            assertThat(ListsByParent.readInOrder(jdbc, List.of(), "never run", "parent_id", rs -> "row"))
                    .isEmpty();
        } finally {
            db.destroy();
        }
    }

    /** The rows as they are, counting each {@code findColumn} that fails for want of the column. */
    private static ResultSet countingMissingColumns(ResultSet rows, AtomicInteger missing) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return method.invoke(rows, args);
            } catch (InvocationTargetException e) {
                if (method.getName().equals("findColumn")) {
                    missing.incrementAndGet();
                }
                throw e.getCause();
            }
        };
        return (ResultSet) Proxy.newProxyInstance(
                ListsByParentTests.class.getClassLoader(), new Class<?>[] {ResultSet.class}, handler);
    }
}
