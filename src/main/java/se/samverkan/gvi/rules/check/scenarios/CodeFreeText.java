package se.samverkan.gvi.rules.check.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Recommendation;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleSet;

/**
 * What a coordinator reads of a recommendation — its summary, and every action's and exclusion's
 * explanation, legal basis and promise clause — is Swedish without the API's codes: no incident
 * type, lever, outcome, priority, role, confidence or exclusion reason code, no person fact's field
 * name, and nothing shaped like one ({@code SOME_CODE}). Every scenario evaluation is held to it, so
 * the rule check refuses a rule whose words let a code through.
 */
final class CodeFreeText {

    private static final Pattern CODE_SHAPE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern WORD = Pattern.compile("\\b[\\p{L}_][\\p{L}0-9_]*\\b");

    private CodeFreeText() {}

    /** @throws AssertionError naming the text and the codes in it, in Swedish */
    static void require(Recommendation r, RuleSet rules) {
        Set<String> codes = codes(rules);
        List<String> found = new ArrayList<>();
        texts(r).forEach(text -> {
            Set<String> inText = new LinkedHashSet<>();
            Matcher shape = CODE_SHAPE.matcher(text);
            while (shape.find()) {
                inText.add(shape.group());
            }
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                if (codes.contains(word.group())) {
                    inText.add(word.group());
                }
            }
            if (!inText.isEmpty()) {
                found.add("\"" + text + "\" innehåller " + String.join(", ", inText));
            }
        });
        if (!found.isEmpty()) {
            throw new AssertionError("Det en samordnare läser om gruppen \"" + r.groupRef() + "\" ska vara svenska "
                    + "utan koder, men: " + String.join("; ", found) + ". Skriv orden i regeln eller i ordlistan "
                    + "(vocabulary/) i stället för koden.");
        }
    }

    private static Stream<String> texts(Recommendation r) {
        return Stream.of(
                        Stream.of(r.summary()),
                        r.actions().stream()
                                .flatMap(a -> Stream.of(a.explanation(), a.legalBasis(), a.promiseClause())),
                        r.exclusions().stream().flatMap(e -> Stream.of(e.explanation(), e.legalBasis())))
                .flatMap(s -> s)
                .filter(t -> t != null && !t.isBlank());
    }

    private static Set<String> codes(RuleSet rules) {
        Set<String> codes = new LinkedHashSet<>(rules.levers().keySet());
        Stream.of(Outcome.values(), Priority.values(), Role.values(), Confidence.values())
                .flatMap(Arrays::stream)
                .map(Enum::name)
                .forEach(codes::add);
        codes.addAll(rules.vocabulary().incidentTypes().keySet());
        codes.addAll(rules.vocabulary().exclusionReasons().keySet());
        codes.addAll(rules.vocabulary().personFacts().keySet());
        return codes;
    }
}
