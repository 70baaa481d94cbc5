package se.samverkan.gvi.rules;

import java.util.Map;

/**
 * How stored data of a site uses the codes of the vocabulary ({@code rules/vocabulary/}), so a reload
 * can refuse to remove an entry that stored persons, incidents or exclusions still use. Each module
 * that stores a kind of code answers for it.
 */
public interface StoredCodes {

    /** The vocabulary file whose codes this counts, as the rule folder names it ({@code vocabulary/...}). */
    String vocabularyFile();

    /** What is counted, in Swedish plural as a sentence uses it after a number: "lagrade personer". */
    String countedSv();

    /** How many stored things of the site use each code; codes nothing uses may be left out. */
    Map<String, Long> uses(String site);
}
