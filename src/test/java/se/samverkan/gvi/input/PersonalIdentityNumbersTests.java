package se.samverkan.gvi.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The personnummer check against generated variants of the same identity: the number in 10 or 12
 * digits, a personnummer or a samordningsnummer (day + 60), any separator people or tools use
 * (hyphen and every dash or minus look-alike, plus, dot, slash, spaces of any width), digits of any
 * Unicode script, invisible characters between any two characters, and text around it. And the
 * other way: pseudonymous references, dates, times and case numbers are never taken for one.
 */
class PersonalIdentityNumbersTests {

    /** The zero of each decimal digit block used: ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, full-width, mathematical bold. */
    private static final List<Integer> DIGIT_ZEROS = List.of(0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1D7CE);
    /** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus, small and full-width hyphen-minus, heavy minus, hyphen bullet, modifier minus. */
    private static final List<String> DASHES = List.of(
            "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uFE63", "\uFF0D", "\u2796", "\u2043",
            "\u02D7");
    /** Space, no-break, en, em, thin, hair, narrow no-break, ideographic, figure space. */
    private static final List<String> SPACES =
            List.of(" ", "\u00A0", "\u2002", "\u2003", "\u2009", "\u200A", "\u202F", "\u3000", "\u2007");
    /** Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen. */
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD");

    @Property(tries = 2000, seed = "20261204")
    void anIdentityNumberIsFoundHoweverItIsWritten(@ForAll("written") String text) {
        assertThat(PersonalIdentityNumbers.contains(text)).as(escaped(text)).isTrue();
        assertThat(Pseudonymous.Check.isPseudonymous(text)).as(escaped(text)).isFalse();
        assertThat(PersonalIdentityNumbers.masked(text)).as(escaped(text)).contains("***");
    }

    @Property(tries = 1000, seed = "20261204")
    void pseudonymousReferencesDatesAndCaseNumbersPass(@ForAll("harmless") String text) {
        assertThat(PersonalIdentityNumbers.contains(text)).as(escaped(text)).isFalse();
    }

    @Example
    void theFindingsOfTheAttackAreRefused() {
        assertThat(PersonalIdentityNumbers.contains("Personen 850101\u20131234 hörs"))
                .isTrue();
        assertThat(PersonalIdentityNumbers.contains("850101\u00A01234")).isTrue();
        assertThat(PersonalIdentityNumbers.contains("\uFF18\uFF15\uFF10\uFF11\uFF10\uFF11-\uFF11\uFF12\uFF13\uFF14"))
                .isTrue();
        assertThat(PersonalIdentityNumbers.contains("\u0668\u0665\u0660\u0661\u0660\u0661-\u0661\u0662\u0663\u0664"))
                .isTrue();
        assertThat(PersonalIdentityNumbers.contains("850101.1234")).isTrue();
        assertThat(PersonalIdentityNumbers.contains("850101/1234")).isTrue();
        assertThat(PersonalIdentityNumbers.contains("8501\u200B01-1234")).isTrue();
    }

    @Provide
    Arbitrary<String> written() {
        Arbitrary<LocalDate> born = Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2025, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> separator = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.just("+"),
                Arbitraries.just("."),
                Arbitraries.just("/"),
                Arbitraries.of(DASHES),
                Arbitraries.of(SPACES),
                Combinators.combine(Arbitraries.of(SPACES), Arbitraries.of(DASHES))
                        .as((s, d) -> s + d + s));
        return Combinators.combine(
                        born,
                        Arbitraries.of(false, true),
                        Arbitraries.of(false, true),
                        Arbitraries.strings().numeric().ofLength(4),
                        separator,
                        Arbitraries.of(DIGIT_ZEROS),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of("", "Personen ", "Ärende: ", "reason: ", "P-0042 och "))
                .flatAs((date, coordination, century, serial, sep, zero, invisibles, prefix) -> {
                    String day = String.format("%02d", date.getDayOfMonth() + (coordination ? 60 : 0));
                    String digits =
                            (century ? String.valueOf(date.getYear()) : String.format("%02d", date.getYear() % 100))
                                    + String.format("%02d", date.getMonthValue())
                                    + day;
                    String number = inScript(digits, zero) + sep + inScript(serial, zero);
                    return sprinkled(number, invisibles).map(n -> prefix + n + " hörs i morgon");
                });
    }

    @Provide
    Arbitrary<String> harmless() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 9999).map(n -> String.format("P-%04d", n)),
                Arbitraries.longs()
                        .between(
                                LocalDate.of(1970, 1, 1).toEpochDay(),
                                LocalDate.of(2030, 1, 1).toEpochDay())
                        .map(d -> "den " + LocalDate.ofEpochDay(d) + " kl. 21.40"),
                Arbitraries.integers().between(1000, 9999).map(n -> "K-2026-" + n + "-123, ärende 5000-K123456-26"),
                Arbitraries.integers().between(0, 99_999).map(n -> "Skott " + n + " gånger, " + (n % 7) + " hylsor"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40));
    }

    private static String inScript(String asciiDigits, int zero) {
        StringBuilder out = new StringBuilder();
        asciiDigits.chars().forEach(c -> out.appendCodePoint(zero + (c - '0')));
        return out.toString();
    }

    /** The text with {@code count} invisible characters inserted at random places. */
    private static Arbitrary<String> sprinkled(String text, int count) {
        if (count == 0) {
            return Arbitraries.just(text);
        }
        return Combinators.combine(Arbitraries.integers().between(1, text.length() - 1), Arbitraries.of(INVISIBLE))
                .as((at, c) -> safeInsert(text, at, c))
                .flatMap(t -> sprinkled(t, count - 1));
    }

    /** Inserts without splitting a surrogate pair. */
    private static String safeInsert(String text, int at, String c) {
        int i = Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
        return text.substring(0, i) + c + text.substring(i);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x7F ? String.valueOf((char) c) : String.format("\\u{%X}", c)));
        return out.toString();
    }
}
