package se.samverkan.gvi.delivery;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names of the exchanges and queues of delivery, each after the configured prefix:
 * <ul>
 *   <li>{@code gvi.actions}: direct exchange; routing key = agency code</li>
 *   <li>{@code gvi.actions.<agency>}: one durable queue per agency (e.g. {@code gvi.actions.polismyndigheten})</li>
 *   <li>{@code gvi.outcomes}: durable queue of the agencies' outcome reports (sent to the default exchange)</li>
 *   <li>{@code gvi.outcomes.dlx} / {@code gvi.outcomes.dlq}: where refused outcome reports are parked</li>
 * </ul>
 */
record Topology(String prefix) {

    String actionsExchange() {
        return prefix + "gvi.actions";
    }

    String agencyQueue(String agencyCode) {
        return prefix + "gvi.actions." + agencyCode;
    }

    String outcomesQueue() {
        return prefix + "gvi.outcomes";
    }

    String deadLetterExchange() {
        return prefix + "gvi.outcomes.dlx";
    }

    String deadLetterQueue() {
        return prefix + "gvi.outcomes.dlq";
    }

    /**
     * The codes of the agencies an action goes to, the leading agency first: each agency joined by
     * {@code +} takes part ("Polismyndigheten + Socialtjänsten" → {@code polismyndigheten},
     * {@code socialtjansten}); of alternatives joined by {@code /} the first leads and is the one
     * ("Polismyndigheten / Transportstyrelsen" → {@code polismyndigheten}).
     */
    static List<String> agencyCodes(String agency) {
        return Arrays.stream(agency.split("\\+"))
                .map(Topology::agencyCode)
                .distinct()
                .toList();
    }

    /**
     * The code of the agency that leads an action, from the lever catalogue's agency text: the first
     * agency named ("Polismyndigheten / Transportstyrelsen" → {@code polismyndigheten},
     * "Kriminalvården / övervakningsnämnd" → {@code kriminalvarden}), in lower-case ASCII.
     */
    static String agencyCode(String agency) {
        String lead = agency.split("[/+(,]", 2)[0].trim();
        String ascii = Normalizer.normalize(lead, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.isEmpty()) {
            throw new IllegalArgumentException("no agency code in \"" + agency + "\"");
        }
        return ascii;
    }
}
