package se.samverkan.gvi.rules.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.gvi.decision.Promise;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.persistence.RowLock;
import se.samverkan.gvi.refusal.ConflictException;
import se.samverkan.gvi.rules.runtime.ActiveRuleSet;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * A promise that has been delivered to a group at a stored call-in is frozen: its text, clauses,
 * triggers, levers, deadlines, escalation window and validFrom stay exactly as the group heard them.
 * Only its {@code validTo} may still be set or changed; a changed policy is a new promise with a new
 * id. The content of each promise is recorded the first time a call-in delivers it, in the call-in's
 * own transaction; a reload and an impact run are refused when their rule set changes or removes a
 * delivered promise, naming the promise file, the changed field's line and the call-ins.
 *
 * <p>Call-ins stored before this record existed are recorded when the service starts, from the rule
 * set that serves then (the version that was checked when it was put into service).
 */
@Service
public class FrozenPromises {

    private static final Logger log = LoggerFactory.getLogger(FrozenPromises.class);

    /** How many call-ins a refusal names before it only counts the rest. */
    private static final int NAMED_CALL_INS = 5;

    /** Each frozen field as a reviewer reads it, with its key in the promise file. */
    private static final Map<String, String> FIELD_NAMES = Map.of(
            "id", "id",
            "text", "texten (text)",
            "validFrom", "dagen då löftet börjar gälla (validFrom)",
            "triggers", "de utlösande händelserna (triggers)",
            "levers", "de utlovade åtgärderna (levers)",
            "deadlines", "fristerna (deadlines)",
            "escalationWindowDays", "eskaleringsfönstret (escalationWindowDays)",
            "clauses", "klausulerna (clauses)");

    private final ActiveRuleSet active;
    private final DeliveredPromises delivered;
    private final RuleHistory history;
    private final PromiseDeliveries callIns;
    private final Clock clock;

    FrozenPromises(
            ActiveRuleSet active,
            DeliveredPromises delivered,
            RuleHistory history,
            PromiseDeliveries callIns,
            Clock clock) {
        this.active = active;
        this.delivered = delivered;
        this.history = history;
        this.callIns = callIns;
        this.clock = clock;
    }

    /**
     * Records that a call-in delivered a promise of the rule set serving the site, in the call-in's own
     * transaction. It takes the site's active-version lock, so it never interleaves with a reload's
     * comparison: a reload either sees this delivery or has already put its version into service.
     *
     * @throws ConflictException when another version is being put into service for the site right now
     *                           (this instance does not serve it yet), so the delivered content is not
     *                           certain; the call-in can be registered again a moment later
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDelivery(String site, String promiseId, UUID callInId, String groupRef, LocalDate heldOn) {
        Optional<RuleHistory.ActiveVersion> recorded = history.active(site, RowLock.FOR_UPDATE);
        RuleSet serving = active.current(site);
        if (recorded.isPresent() && !recorded.get().version().equals(serving.version())) {
            throw new ConflictException("the rules of the site are being put into service (version "
                    + recorded.get().version() + "); register the call-in again in a moment");
        }
        Promise promise = serving.promises().get(promiseId);
        if (promise == null) {
            throw new IllegalArgumentException("no promise " + promiseId + " serves the site " + site);
        }
        delivered.recordFirst(site, promiseId, PromiseContent.of(promise), callInId, groupRef, heldOn, clock.instant());
    }

    /**
     * The refusals of a rule set proposed for the site: each delivered promise it changes (anything
     * but {@code validTo}) or no longer has. Runs in the caller's transaction.
     *
     * @param files the proposed folder's files for the site, to name each promise file as it lies in
     *              the folder
     */
    List<RuleProblem> refusals(String site, RuleSet proposed, SiteRuleFolder.SiteFiles files) {
        List<DeliveredPromises.Delivered> frozen = delivered.all(site);
        if (frozen.isEmpty()) {
            return List.of();
        }
        Map<String, List<PromiseDeliveries.Delivery>> byPromise = new LinkedHashMap<>();
        for (PromiseDeliveries.Delivery d : callIns.deliveries(site)) {
            byPromise.computeIfAbsent(d.promiseId(), id -> new ArrayList<>()).add(d);
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (DeliveredPromises.Delivered d : frozen) {
            String deliveredAt = deliveredAt(byPromise.getOrDefault(d.promiseId(), List.of()), d);
            Promise now = proposed.promises().get(d.promiseId());
            if (now == null) {
                problems.add(new RuleProblem(
                        removedFile(site, d.promiseId(), files),
                        1,
                        "Löftet " + d.promiseId()
                                + " har lämnats vid call-in med " + deliveredAt
                                + " och får inte tas bort. Lägg tillbaka "
                                + "filen som den var; ska löftet upphöra, sätt validTo. En ändrad policy skrivs som ett nytt "
                                + "löfte med ett nytt id."));
                continue;
            }
            PromiseContent content = PromiseContent.of(now);
            if (content.sha256().equals(d.sha256())) {
                continue;
            }
            List<String> changed = d.content().changedIn(content);
            String path = proposed.promiseFiles().getOrDefault(d.promiseId(), "");
            String text = proposed.files().getOrDefault(path, "");
            int line = changed.stream()
                    .mapToInt(f -> lineOf(text, f))
                    .filter(l -> l > 0)
                    .min()
                    .orElse(1);
            problems.add(files.located(new RuleProblem(
                    path,
                    line,
                    "Löftet " + d.promiseId() + " har lämnats vid "
                            + "call-in med " + deliveredAt + " och får inte ändras; bara validTo får sättas. Ändrat: "
                            + changed.stream().map(FIELD_NAMES::get).collect(Collectors.joining(", "))
                            + ". Skriv ett nytt löfte med ett nytt id (och ett eget validFrom), och sätt validTo på det här "
                            + "om det ska upphöra.")));
        }
        return problems;
    }

    /**
     * Records the promises of call-ins stored before their delivered content was recorded, from the
     * rule set that serves the site now. Runs in the caller's transaction, which holds the site's
     * active-version lock.
     *
     * @return the ids of delivered promises that the serving rule set does not have, so their content
     *         cannot be recorded
     */
    List<String> recordEarlierDeliveries(String site, RuleSet serving) {
        Map<String, DeliveredPromises.Delivered> known = new LinkedHashMap<>();
        delivered.all(site).forEach(d -> known.put(d.promiseId(), d));
        List<String> unknown = new ArrayList<>();
        for (PromiseDeliveries.Delivery d : callIns.deliveries(site)) {
            if (known.containsKey(d.promiseId()) || unknown.contains(d.promiseId())) {
                continue;
            }
            Promise promise = serving.promises().get(d.promiseId());
            if (promise == null) {
                unknown.add(d.promiseId());
                continue;
            }
            PromiseContent content = PromiseContent.of(promise);
            delivered.recordFirst(
                    site, d.promiseId(), content, d.callInId(), d.groupRef(), d.heldOn(), clock.instant());
            known.put(
                    d.promiseId(),
                    new DeliveredPromises.Delivered(
                            d.promiseId(), content, content.sha256(), d.callInId(), d.groupRef(), d.heldOn()));
            log.info(
                    "The promise {} of the site {} was delivered at a call-in stored before delivered promises were "
                            + "recorded: its content in rule set {} is recorded as delivered",
                    d.promiseId(),
                    site,
                    serving.version());
        }
        return unknown;
    }

    /** "G-SKOG 2026-01-10", "G-SKOG 2026-01-10 och G-NORR 2026-02-01", …, "… och 3 till". */
    private static String deliveredAt(List<PromiseDeliveries.Delivery> deliveries, DeliveredPromises.Delivered first) {
        List<String> named = deliveries.stream()
                .limit(NAMED_CALL_INS)
                .map(d -> d.groupRef() + " " + d.heldOn())
                .toList();
        if (named.isEmpty()) {
            return first.firstGroupRef() + " " + first.firstDeliveredOn();
        }
        int more = deliveries.size() - named.size();
        if (more > 0) {
            return String.join(", ", named) + " och " + more + " till";
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " och " + named.get(named.size() - 1);
    }

    /** The removed promise's file in the folder, as the serving rule set had it. */
    private String removedFile(String site, String promiseId, SiteRuleFolder.SiteFiles files) {
        @Nullable
        String served =
                active.serves(site) ? active.current(site).promiseFiles().get(promiseId) : null;
        return files.inFolder(served == null ? SiteRuleFolder.PROMISES_FOLDER : served);
    }

    /** The 1-based line of a top-level key of a promise file, or 0 when the file does not have it. */
    private static int lineOf(String text, String field) {
        Pattern key = Pattern.compile("^" + Pattern.quote(field) + "\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (key.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
