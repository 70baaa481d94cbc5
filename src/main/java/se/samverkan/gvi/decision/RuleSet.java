package se.samverkan.gvi.decision;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.command.CommandFactory;
import se.samverkan.gvi.decision.facts.AgeFloor;
import se.samverkan.gvi.decision.facts.DeadlineLimit;
import se.samverkan.gvi.decision.internal.FactSet;
import se.samverkan.gvi.decision.internal.Lagrum;
import se.samverkan.gvi.decision.internal.LeverTables;
import se.samverkan.gvi.decision.internal.RuleFiles;
import se.samverkan.gvi.decision.internal.Verdicts;

/**
 * One built version of the rules: the compiled KieBase (built once, shared), the lever catalogue,
 * the promises, the age limits and the rows of the lever tables. Each evaluation runs in its own
 * stateless session, so a rule set serves any number of threads and the same input always gives the
 * same recommendations. The sessions come from a pool that empties a session after each evaluation
 * and keeps the engine's memory of the rules in it, which a fresh session would build again.
 */
public final class RuleSet {

    private static final String DERIVED = "derived";

    private final String version;
    private final Instant builtAt;
    private final KieSessionsPool sessions;
    private final Map<String, Lever> levers;
    private final Map<String, Promise> promises;
    private final Map<String, String> promiseFiles;
    private final AgeLimits ageLimits;
    private final List<MinimumAgeRow> minimumAgeRows;
    private final List<DeadlineRow> deadlineRows;
    private final List<RuleInfo> rules;
    private final Map<String, String> files;
    private final List<Object> addedRows;
    private final Vocabulary vocabulary;
    /** The register of legal references the tables were read with, for rows added to them later. */
    private final Lagrum lagrum;

    RuleSet(
            String version,
            Instant builtAt,
            KieBase kieBase,
            Map<String, Lever> levers,
            Map<String, Promise> promises,
            Map<String, String> promiseFiles,
            AgeLimits ageLimits,
            List<MinimumAgeRow> minimumAgeRows,
            List<DeadlineRow> deadlineRows,
            List<RuleInfo> rules,
            Map<String, String> files,
            Vocabulary vocabulary,
            Lagrum lagrum) {
        this.version = version;
        this.builtAt = builtAt;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.levers = Map.copyOf(levers);
        this.promises = Map.copyOf(promises);
        this.promiseFiles = Map.copyOf(promiseFiles);
        this.ageLimits = ageLimits;
        this.minimumAgeRows = List.copyOf(minimumAgeRows);
        this.deadlineRows = List.copyOf(deadlineRows);
        this.rules = List.copyOf(rules);
        this.files = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
        this.vocabulary = vocabulary;
        this.lagrum = lagrum;
        this.addedRows = List.of();
    }

    /**
     * The same compiled version as {@code base} with what a what-if changes, which is data the rules
     * read rather than compiled code: the catalogue, the promises, the table rows and the rows added.
     */
    private RuleSet(
            RuleSet base,
            Map<String, Lever> levers,
            Map<String, Promise> promises,
            List<MinimumAgeRow> minimumAgeRows,
            List<DeadlineRow> deadlineRows,
            List<Object> addedRows) {
        this.version = base.version;
        this.builtAt = base.builtAt;
        this.sessions = base.sessions;
        this.promiseFiles = base.promiseFiles;
        this.ageLimits = base.ageLimits;
        this.rules = base.rules;
        this.files = base.files;
        this.vocabulary = base.vocabulary;
        this.lagrum = base.lagrum;
        this.levers = Map.copyOf(levers);
        this.promises = Map.copyOf(promises);
        this.minimumAgeRows = List.copyOf(minimumAgeRows);
        this.deadlineRows = List.copyOf(deadlineRows);
        this.addedRows = List.copyOf(addedRows);
    }

    /** SHA-256 over the rule files, 64 lowercase hex digits. */
    public String version() {
        return version;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public Map<String, Lever> levers() {
        return levers;
    }

    public Map<String, Promise> promises() {
        return promises;
    }

    /**
     * The file each promise of the folder was read from (path as in {@link #files()}), by promise id;
     * a promise added for a what-if ({@link #withPromise}) has none.
     */
    public Map<String, String> promiseFiles() {
        return promiseFiles;
    }

    public AgeLimits ageLimits() {
        return ageLimits;
    }

    /** The rows of the minimum-age table ({@code gvi/lever-min-ages.drl.csv}), as the check read them. */
    public List<MinimumAgeRow> minimumAgeRows() {
        return minimumAgeRows;
    }

    /** The rows of the deadline table ({@code gvi/lever-deadlines.drl.csv}), as the check read them. */
    public List<DeadlineRow> deadlineRows() {
        return deadlineRows;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** The words of the rules and scenarios (rules/vocabulary/). */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The files the version was built from, path → text, for the rule-set history. */
    public Map<String, String> files() {
        return files;
    }

    /**
     * Evaluates one incident for each attributed group.
     *
     * @param groups a snapshot of every attributed group as of the incident date
     * @param zone   the zone in which the incident's calendar date is read
     * @throws EvaluationException when the facts cannot be evaluated (a group without an audit,
     *                             a group attributed twice) or the rules give no sound answer
     */
    public Evaluation evaluate(IncidentFacts incident, List<GroupSnapshot> groups, ZoneId zone) {
        FactSet facts = FactSet.of(incident, groups, zone, levers, promises, ageLimits, vocabulary);
        List<Object> inserted = new ArrayList<>(facts.facts());
        inserted.addAll(addedRows);
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(inserted));
        commands.add(CommandFactory.newFireAllRules());
        commands.add(CommandFactory.newGetObjects(DERIVED));
        ExecutionResults results =
                sessions.newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        Verdicts verdicts = new Verdicts((Collection<?>) results.getValue(DERIVED), zone);
        List<Recommendation> recommendations = incident.attributions().stream()
                .map(a -> verdicts.recommendation(incident, a, version))
                .toList();
        return new Evaluation(incident.reference(), version, recommendations, facts.unattributedSuspects());
    }

    /**
     * The same rules with one lever of the catalogue replaced (a lever is data, not compiled code),
     * for what-if scenarios about the catalogue, such as a higher minimum age. The version is unchanged.
     */
    public RuleSet withLever(Lever lever) {
        if (!levers.containsKey(lever.code())) {
            throw new IllegalArgumentException("no lever " + lever.code() + " in the catalogue");
        }
        Map<String, Lever> changed = new LinkedHashMap<>(levers);
        changed.put(lever.code(), lever);
        return new RuleSet(this, changed, promises, minimumAgeRows, deadlineRows, addedRows);
    }

    /**
     * The same rules with one more promise, for what-if scenarios about promises that are not in the
     * folder (a promise is data, not compiled code). The version is unchanged.
     */
    public RuleSet withPromise(Promise promise) {
        Map<String, Promise> more = new LinkedHashMap<>(promises);
        more.put(promise.id(), promise);
        return new RuleSet(this, levers, more, minimumAgeRows, deadlineRows, addedRows);
    }

    /**
     * The same rules with rows added at the end of the minimum-age and deadline tables (table path →
     * CSV lines), for scenarios that show a row in effect. The tables with the added rows are read and
     * checked exactly as the rule check reads the folder's own tables, and each added row takes effect
     * as the same fact a compiled row of the table inserts, without compiling the rules again. The
     * version is unchanged.
     *
     * @throws IllegalArgumentException naming file, line and fix when the check would refuse a row
     */
    public RuleSet withTableRows(Map<String, List<String>> added) {
        if (!addedRows.isEmpty()) {
            throw new IllegalStateException("rows were already added to this rule set's tables; add them all at once");
        }
        Map<String, String> tables = new java.util.TreeMap<>();
        for (String path : added.keySet()) {
            if (!List.of(MinimumAgeRow.TABLE, DeadlineRow.TABLE).contains(path) || !files.containsKey(path)) {
                throw new IllegalArgumentException("Regelmappen har ingen tabell " + path + " att lägga till rader i.");
            }
        }
        for (String path : List.of(MinimumAgeRow.TABLE, DeadlineRow.TABLE)) {
            String table = files.get(path);
            if (table != null) {
                List<String> lines = added.getOrDefault(path, List.of());
                tables.put(
                        path,
                        lines.isEmpty()
                                ? table
                                : (table.endsWith("\n") ? table : table + "\n") + String.join("\n", lines) + "\n");
            }
        }
        LeverTables.Tables read = LeverTables.read(RuleFiles.fromText(tables), levers, promises.values(), lagrum);
        if (!read.found().problems().isEmpty()) {
            throw new IllegalArgumentException("Tabellraderna avvisas: "
                    + read.found().problems().stream()
                            .map(RuleProblem::toString)
                            .collect(java.util.stream.Collectors.joining("; ")));
        }
        long ageLines = files.getOrDefault(MinimumAgeRow.TABLE, "").lines().count();
        long deadlineLines = files.getOrDefault(DeadlineRow.TABLE, "").lines().count();
        List<MinimumAgeRow> newAges =
                read.minimumAges().stream().filter(r -> r.line() > ageLines).toList();
        List<DeadlineRow> newDeadlines =
                read.deadlines().stream().filter(r -> r.line() > deadlineLines).toList();
        List<Object> rows = new ArrayList<>(addedRows);
        newAges.forEach(r -> rows.add(AgeFloor.of(r)));
        newDeadlines.forEach(r -> rows.add(DeadlineLimit.of(r)));
        return new RuleSet(this, levers, promises, read.minimumAges(), read.deadlines(), rows);
    }
}
