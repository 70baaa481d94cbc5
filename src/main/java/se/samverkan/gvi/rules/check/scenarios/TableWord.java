package se.samverkan.gvi.rules.check.scenarios;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A word a scenario's table may use, such as a member table's column or a promise's change, in
 * Swedish or in English; either matches, whatever its case and surrounding blanks.
 */
record TableWord(String swedish, String english) {

    boolean matches(String written) {
        String wanted = written.strip().toLowerCase(Locale.ROOT);
        return swedish.equals(wanted) || english.equals(wanted);
    }

    /** The one of {@code choices} whose word is {@code written}, if any. */
    static <T> Optional<T> find(T[] choices, Function<T, TableWord> word, String written) {
        return Arrays.stream(choices)
                .filter(c -> word.apply(c).matches(written))
                .findFirst();
    }

    /** The Swedish words of {@code choices}, quoted and separated by commas, for a message. */
    static <T> String listed(T[] choices, Function<T, TableWord> word) {
        return Arrays.stream(choices)
                .map(c -> "\"" + word.apply(c).swedish() + "\"")
                .collect(Collectors.joining(", "));
    }
}
