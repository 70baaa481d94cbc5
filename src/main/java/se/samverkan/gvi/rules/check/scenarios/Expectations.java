package se.samverkan.gvi.rules.check.scenarios;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.Evaluation;
import se.samverkan.gvi.decision.EvaluationException;
import se.samverkan.gvi.decision.Exclusion;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.ProposedAction;
import se.samverkan.gvi.decision.Recommendation;

/**
 * What the scenarios expect of a recommendation, each check failing with a Swedish sentence that
 * shows what the rules actually proposed, so a legal reviewer can read why a scenario failed.
 */
final class Expectations {

    private static final Pattern RULE_SET_VERSION = Pattern.compile("[0-9a-f]{64}");
    private static final String PENDING_REVIEW = "PENDING_REVIEW";

    private final Map<String, Lever> levers;
    private final se.samverkan.gvi.decision.Vocabulary vocabulary;

    Expectations(Map<String, Lever> levers, se.samverkan.gvi.decision.Vocabulary vocabulary) {
        this.levers = levers;
        this.vocabulary = vocabulary;
    }

    void outcome(Recommendation r, Outcome expected) {
        check(
                r.outcome() == expected,
                "Gruppen \"" + r.groupRef() + "\" skulle " + Vocabulary.phrase(expected) + " (" + expected
                        + "), men utfallet blev " + r.outcome() + ": " + r.summary());
    }

    void priority(Recommendation r, Priority expected) {
        check(
                r.priority() == expected,
                "Rekommendationen för \"" + r.groupRef() + "\" skulle ha prioriteten " + expected + " men har "
                        + r.priority() + ".");
    }

    /** The person's actions are exactly these levers, each as many times as listed. */
    void exactActions(Recommendation r, String person, List<String> expected) {
        List<String> actual = r.actionsFor(person).stream()
                .map(ProposedAction::lever)
                .sorted()
                .toList();
        check(
                actual.equals(expected.stream().sorted().toList()),
                person + " skulle få " + names(expected) + ", men fick " + names(actual) + ".\n" + describe(r, person));
    }

    void hasAction(Recommendation r, String person, Lever lever) {
        check(
                !actions(r, person, lever).isEmpty(),
                person + " skulle få åtgärden \"" + lever.nameSv() + "\".\n" + describe(r, person));
    }

    void lacksAction(Recommendation r, String person, Lever lever) {
        check(
                actions(r, person, lever).isEmpty(),
                person + " skulle inte få åtgärden \"" + lever.nameSv() + "\".\n" + describe(r, person));
    }

    void actionFromRule(Recommendation r, String person, Lever lever, String ruleId) {
        hasAction(r, person, lever);
        check(
                actions(r, person, lever).stream().allMatch(a -> a.ruleId().equals(ruleId)),
                "Åtgärden \"" + lever.nameSv() + "\" för " + person + " skulle komma från regeln " + ruleId + ".\n"
                        + describe(r, person));
    }

    void noSanction(Recommendation r, String person, ExclusionReason reason) {
        check(
                r.actionsFor(person).stream().noneMatch(ProposedAction::sanction),
                person + " skulle inte få någon sanktion.\n" + describe(r, person));
        excluded(r, person, reason);
    }

    void excluded(Recommendation r, String person, ExclusionReason reason) {
        check(
                r.exclusionsFor(person).stream().anyMatch(e -> e.reason().equals(reason)),
                person
                        + " skulle vara undantagen med skälet \"" + Vocabulary.phrase(reason, vocabulary) + "\" ("
                        + reason + ").\n"
                        + describe(r, person));
    }

    /** Left out of one lever, with the reason, in an exclusion whose explanation names the lever. */
    void leverExcluded(Recommendation r, String person, Lever lever, ExclusionReason reason) {
        lacksAction(r, person, lever);
        Predicate<Exclusion> matching =
                e -> lever.code().equals(e.lever()) && e.reason().equals(reason);
        check(
                r.exclusionsFor(person).stream().anyMatch(matching),
                person + " skulle vara undantagen från \""
                        + lever.nameSv() + "\" med skälet \"" + Vocabulary.phrase(reason, vocabulary) + "\" (" + reason
                        + ").\n"
                        + describe(r, person));
        check(
                r.exclusionsFor(person).stream()
                        .filter(matching)
                        .allMatch(e -> e.explanation().contains(lever.nameSv())),
                "Förklaringen till undantaget för " + person + " nämner inte \"" + lever.nameSv() + "\".\n"
                        + describe(r, person));
    }

    void notExcluded(Recommendation r, String person) {
        check(r.exclusionsFor(person).isEmpty(), person + " skulle inte vara undantagen.\n" + describe(r, person));
    }

    void noActions(Recommendation r, String person) {
        check(r.actionsFor(person).isEmpty(), person + " skulle inte få några åtgärder alls.\n" + describe(r, person));
    }

    void noActions(Recommendation r) {
        check(
                r.actions().isEmpty(),
                "Gruppen \"" + r.groupRef() + "\" skulle inte få några åtgärder, men fick:\n"
                        + r.actions().stream().map(this::describe).collect(Collectors.joining("\n")));
    }

    void everyMemberGets(Recommendation r, List<String> members, Lever lever) {
        check(!members.isEmpty(), "Gruppen \"" + r.groupRef() + "\" har inga medlemmar i scenariot.");
        members.forEach(m -> hasAction(r, m, lever));
    }

    /** The recommendation and every one of its actions are due at the instant. */
    void due(Recommendation r, Instant expected) {
        check(
                expected.equals(r.dueBy()),
                "Rekommendationen för \"" + r.groupRef() + "\" skulle ha fristen " + local(expected) + " men har "
                        + local(r.dueBy()) + ".");
        check(
                !r.actions().isEmpty(),
                "Rekommendationen för \"" + r.groupRef() + "\" har inga åtgärder att ge en frist.");
        r.actions()
                .forEach(a -> check(
                        expected.equals(a.dueBy()),
                        "Åtgärden " + describe(a) + " skulle ha fristen " + local(expected) + " men har "
                                + local(a.dueBy()) + "."));
    }

    /** The recommendation itself (not necessarily each action) is due at the instant. */
    void recommendationDue(Recommendation r, Instant expected) {
        check(
                expected.equals(r.dueBy()),
                "Rekommendationen för \"" + r.groupRef() + "\" skulle ha fristen " + local(expected) + " men har "
                        + local(r.dueBy()) + ".");
    }

    /** Every action with the lever for the person is due at the instant. */
    void actionDue(Recommendation r, String person, Lever lever, Instant expected) {
        hasAction(r, person, lever);
        actions(r, person, lever)
                .forEach(a -> check(
                        expected.equals(a.dueBy()),
                        "Åtgärden " + describe(a) + " skulle ha fristen " + local(expected) + " men har "
                                + local(a.dueBy()) + "."));
    }

    void actionExplanationMentions(Recommendation r, String person, Lever lever, String text) {
        hasAction(r, person, lever);
        actions(r, person, lever)
                .forEach(a -> check(
                        a.explanation().contains(text),
                        "Förklaringen av åtgärden " + describe(a) + " skulle nämna \"" + text + "\"."));
    }

    /** Every action with the lever for the person is explained by exactly this text. */
    void actionExplanationReads(Recommendation r, String person, Lever lever, String text) {
        hasAction(r, person, lever);
        actions(r, person, lever)
                .forEach(a -> check(
                        a.explanation().equals(text),
                        "Förklaringen av åtgärden \""
                                + lever.nameSv() + "\" för " + person + " skulle lyda \"" + text + "\", men lyder: \""
                                + a.explanation() + "\""));
    }

    /**
     * The person is excluded from the lever (or, for {@code null}, as a whole: from every sanction or
     * every action), and every such exclusion is explained by exactly this text.
     */
    void exclusionExplanationReads(Recommendation r, String person, @Nullable Lever lever, String text) {
        String code = lever == null ? null : lever.code();
        String what =
                lever == null ? "undantaget för " + person : "undantaget från \"" + lever.nameSv() + "\" för " + person;
        List<Exclusion> found = r.exclusionsFor(person).stream()
                .filter(e -> Objects.equals(code, e.lever()))
                .toList();
        check(!found.isEmpty(), "Det finns inget " + what + ".\n" + describe(r, person));
        found.forEach(e -> check(
                e.explanation().equals(text),
                "Förklaringen av " + what + " skulle lyda \"" + text + "\", men lyder: \"" + e.explanation() + "\""));
    }

    /** Every action with the lever for the person cites this clause of the promise ("HUDDINGE-2024 §2"). */
    void actionCitesClause(Recommendation r, String person, Lever lever, String clause) {
        hasAction(r, person, lever);
        actions(r, person, lever)
                .forEach(a -> check(
                        a.promiseClause() != null && a.promiseClause().startsWith(clause + ":"),
                        "Åtgärden " + describe(a) + " skulle hänvisa till klausulen " + clause
                                + " i löftet, men hänvisar till: " + a.promiseClause()));
    }

    /** The person's exclusion from the lever has this legal basis and its explanation names it. */
    void exclusionLegalBasis(Recommendation r, String person, Lever lever, String legalBasis) {
        List<Exclusion> found = r.exclusionsFor(person).stream()
                .filter(e -> lever.code().equals(e.lever()))
                .toList();
        check(
                !found.isEmpty(),
                person + " skulle vara undantagen från \"" + lever.nameSv() + "\".\n" + describe(r, person));
        found.forEach(e -> check(
                e.legalBasis().equals(legalBasis) && e.explanation().contains(legalBasis),
                "Undantaget " + describe(e) + " skulle ha den rättsliga grunden \"" + legalBasis
                        + "\" och nämna den i förklaringen, men har \"" + e.legalBasis() + "\"."));
    }

    void noDueDate(Recommendation r) {
        check(
                r.dueBy() == null && r.actions().stream().allMatch(a -> a.dueBy() == null),
                "Rekommendationen för \"" + r.groupRef() + "\" skulle inte ha någon frist, men har " + local(r.dueBy())
                        + ".");
    }

    void summaryMentions(Recommendation r, String text) {
        check(
                r.summary().contains(text),
                "Sammanfattningen för \"" + r.groupRef() + "\" skulle nämna \"" + text + "\", men lyder: "
                        + r.summary());
    }

    void summaryReads(Recommendation r, String text) {
        check(
                r.summary().equals(text),
                "Sammanfattningen för \"" + r.groupRef() + "\" skulle lyda \"" + text + "\", men lyder: \""
                        + r.summary() + "\"");
    }

    void pendingReview(Recommendation r) {
        check(
                PENDING_REVIEW.equals(r.initialStatus()),
                "Rekommendationen för \"" + r.groupRef() + "\" skulle vänta på en människas beslut (" + PENDING_REVIEW
                        + "), men har status " + r.initialStatus() + ".");
    }

    /** Names the promise it follows and the version of the rule set that decided it. */
    void follows(Recommendation r, @Nullable String promiseId, String ruleSetVersion) {
        check(
                Objects.equals(promiseId, r.promiseId()),
                "Rekommendationen för \"" + r.groupRef() + "\" skulle följa "
                        + (promiseId == null ? "inget löfte" : "löftet " + promiseId) + ", men anger " + r.promiseId()
                        + ".");
        check(
                RULE_SET_VERSION.matcher(r.ruleSetVersion()).matches()
                        && r.ruleSetVersion().equals(ruleSetVersion),
                "Rekommendationen skulle ange regeluppsättningens version " + ruleSetVersion
                        + " (64 hexadecimala tecken), " + "men anger \"" + r.ruleSetVersion() + "\".");
    }

    /** Every action and exclusion names a rule of the rule set, a legal basis and one sentence naming the person. */
    void explained(Recommendation r, Set<String> ruleIds) {
        check(
                !r.actions().isEmpty() || !r.exclusions().isEmpty(),
                "Rekommendationen för \"" + r.groupRef() + "\" har varken åtgärder eller undantag att förklara.");
        for (ProposedAction a : r.actions()) {
            explainedBy(describe(a), a.personRef(), a.ruleId(), a.legalBasis(), a.explanation(), ruleIds);
        }
        for (Exclusion e : r.exclusions()) {
            explainedBy(describe(e), e.personRef(), e.ruleId(), e.legalBasis(), e.explanation(), ruleIds);
        }
    }

    /** Every sanction cites the clause of the applicable promise it follows. */
    void sanctionsCiteClauses(Recommendation r) {
        List<ProposedAction> sanctions =
                r.actions().stream().filter(ProposedAction::sanction).toList();
        check(!sanctions.isEmpty(), "Rekommendationen för \"" + r.groupRef() + "\" har inga sanktioner.");
        for (ProposedAction a : sanctions) {
            check(
                    a.promiseClause() != null && a.promiseClause().startsWith(r.promiseId() + " "),
                    "Sanktionen " + describe(a) + " hänvisar inte till en klausul i löftet " + r.promiseId() + ": "
                            + a.promiseClause());
        }
    }

    void fired(Recommendation r, String ruleId) {
        check(
                r.firedRules().contains(ruleId),
                "Regeln " + ruleId + " skulle ha använts för \"" + r.groupRef() + "\", men de regler som användes var "
                        + r.firedRules() + ".");
    }

    void unattributed(Evaluation evaluation, String person) {
        check(
                evaluation.unattributedSuspects().contains(person),
                person
                        + " skulle stå som misstänkt utan koppling till någon utpekad grupp, men listan är "
                        + evaluation.unattributedSuspects() + ".");
        evaluation
                .recommendations()
                .forEach(r -> check(
                        r.actionsFor(person).isEmpty(),
                        person + " skulle inte få några åtgärder, men får i gruppen \"" + r.groupRef() + "\":\n"
                                + describe(r, person)));
    }

    static void refusedWith(EvaluationException refusal, String message) {
        check(
                String.valueOf(refusal.getMessage()).contains(message),
                "Händelsen skulle avvisas med beskedet \"" + message + "\", men beskedet var: " + refusal.getMessage());
    }

    static void tableRowsRefusedWith(IllegalArgumentException refusal, String message) {
        check(
                String.valueOf(refusal.getMessage()).contains(message),
                "Tabellraderna skulle avvisas med beskedet \"" + message + "\", men beskedet var: "
                        + refusal.getMessage());
    }

    private void explainedBy(
            String what, String person, String ruleId, String legalBasis, String explanation, Set<String> ruleIds) {
        check(
                ruleIds.contains(ruleId),
                what + " anger regeln \"" + ruleId + "\", som inte finns i regeluppsättningen.");
        check(!legalBasis.isBlank(), what + " saknar rättslig grund.");
        check(
                explanation.contains(person) && explanation.strip().endsWith("."),
                what + " saknar en förklarande mening som nämner " + person + ": \"" + explanation + "\"");
    }

    private List<ProposedAction> actions(Recommendation r, String person, Lever lever) {
        return r.actionsFor(person).stream()
                .filter(a -> a.lever().equals(lever.code()))
                .toList();
    }

    /** Everything the recommendation says about one person, for failure messages. */
    private String describe(Recommendation r, String person) {
        String actions = r.actionsFor(person).stream().map(this::describe).collect(Collectors.joining("\n  "));
        String exclusions = r.exclusionsFor(person).stream().map(this::describe).collect(Collectors.joining("\n  "));
        return "Utfall för \"" + r.groupRef() + "\": " + r.outcome() + ". För " + person + " föreslogs:\n  "
                + (actions.isEmpty() ? "(inga åtgärder)" : actions) + "\noch undantogs:\n  "
                + (exclusions.isEmpty() ? "(inga undantag)" : exclusions);
    }

    private String describe(ProposedAction a) {
        return a.personRef() + ": \"" + name(a.lever()) + "\" (" + a.ruleId() + ") – " + a.explanation();
    }

    private String describe(Exclusion e) {
        return e.personRef() + ": " + Vocabulary.phrase(e.reason(), vocabulary)
                + (e.lever() == null ? "" : " för \"" + name(e.lever()) + "\"") + " (" + e.ruleId() + ") – "
                + e.explanation();
    }

    private String names(List<String> codes) {
        return codes.isEmpty()
                ? "inga åtgärder"
                : codes.stream().sorted().map(c -> "\"" + name(c) + "\"").collect(Collectors.joining(", "));
    }

    private String name(String code) {
        Lever lever = levers.get(code);
        return lever == null ? code : lever.nameSv();
    }

    private static String local(@Nullable Instant instant) {
        return instant == null
                ? "ingen frist"
                : instant.atZone(ScenarioCase.ZONE).toLocalDateTime().toString().replace('T', ' ');
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
