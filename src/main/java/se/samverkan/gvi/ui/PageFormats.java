package se.samverkan.gvi.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import se.samverkan.gvi.GviSettings;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;

/**
 * How the pages write times, deadlines and lever names; used from the templates as
 * {@code @pageFormats}. Times are shown in the zone incidents are judged in.
 */
@Component("pageFormats")
public class PageFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final Clock clock;
    private final ActiveRuleSet ruleSet;

    PageFormats(GviSettings settings, Clock clock, ActiveRuleSet ruleSet) {
        this.zone = settings.zone();
        this.clock = clock;
        this.ruleSet = ruleSet;
    }

    /** The time left until a deadline, or how long it is overdue, in days and hours (or hours and minutes). */
    public record TimeLeft(boolean overdue, String amount) {}

    /** Today in the zone incidents are judged in. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The calendar date of an instant in that zone, as the rules read an incident's date. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant.atZone(zone));
    }

    /** The machine-readable form of a time for {@code <time datetime>}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().toString();
    }

    public @Nullable TimeLeft timeLeft(@Nullable Instant due) {
        if (due == null) {
            return null;
        }
        Duration left = Duration.between(clock.instant(), due);
        boolean overdue = left.isNegative();
        Duration d = left.abs();
        String amount = d.toDays() > 0
                ? d.toDays() + " d " + d.toHoursPart() + " h"
                : d.toHours() > 0 ? d.toHours() + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
        return new TimeLeft(overdue, amount);
    }

    /**
     * The lever's name in the page language as a heading or table cell shows it (the catalogue
     * writes it lower-case for sentences), or its code when the active rule set does not know it.
     */
    public String lever(String code, Locale locale) {
        @Nullable Lever lever = ruleSet.lever(code).orElse(null);
        if (lever == null) {
            return code;
        }
        return StringUtils.capitalize("en".equals(locale.getLanguage()) ? lever.nameEn() : lever.nameSv());
    }

    /**
     * An incident type's name in the page language as a label shows it ("en skjutning" → "Skjutning"),
     * from the vocabulary, so a type added to it is named too; its code when no site's vocabulary knows it.
     */
    public String incidentType(String code, Locale locale) {
        return ruleSet.incidentType(code)
                .map(term -> noun("en".equals(locale.getLanguage()) ? term.en() : term.sv()))
                .orElse(code);
    }

    /** The vocabulary's words without their article, as a label shows them: "en skjutning" → "Skjutning". */
    static String noun(String words) {
        return StringUtils.capitalize(words.replaceFirst("^(?i)(en|ett|an|a) ", ""));
    }
}
