package se.samverkan.gvi.rules.governance;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How stored data of a site uses the codes of the vocabulary ({@code rules/vocabulary/}), so a reload
 * can refuse to remove an entry that stored persons, incidents or exclusions still use. Each module
 * that stores a kind of code answers for it, usually as a {@link Counted} over its own table.
 */
public interface StoredCodes {

    /** The vocabulary file whose codes this counts, as the rule folder names it ({@code vocabulary/...}). */
    String vocabularyFile();

    /** What is counted, in Swedish plural as a sentence uses it after a number: "lagrade personer". */
    String countedSv();

    /** How many stored things of the site use each code; codes nothing uses may be left out. */
    Map<String, Long> uses(String site);

    /**
     * The uses counted by one query of the module's own table, which takes {@code :site} and answers
     * the columns {@code code} and {@code uses}.
     */
    abstract class Counted implements StoredCodes {

        private final String vocabularyFile;
        private final String countedSv;
        private final JdbcClient jdbc;
        private final String query;

        protected Counted(String vocabularyFile, String countedSv, JdbcClient jdbc, String query) {
            this.vocabularyFile = vocabularyFile;
            this.countedSv = countedSv;
            this.jdbc = jdbc;
            this.query = query;
        }

        @Override
        public String vocabularyFile() {
            return vocabularyFile;
        }

        @Override
        public String countedSv() {
            return countedSv;
        }

        @Override
        public Map<String, Long> uses(String site) {
            Map<String, Long> counts = new TreeMap<>();
            jdbc.sql(query)
                    .param("site", site)
                    .query((rs, n) -> counts.put(rs.getString("code"), rs.getLong("uses")))
                    .list();
            return counts;
        }
    }
}
