package se.samverkan.gvi.rules.governance;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.decision.RuleProblem;

/** What the rules API answers (docs/rules.md). */
public final class RulesViews {

    private RulesViews() {}

    /** The active rule set: {@code GET /api/v1/rules}. */
    public record ActiveRules(
            String version, Instant loadedAt, List<RuleEntry> rules, List<String> promises, List<String> levers) {}

    /** One rule of the active set. */
    public record RuleEntry(
            String id,
            String name,
            String legalBasis,
            @Nullable String promiseClause,
            String file,
            int line) {}

    /**
     * A reload that went through: {@code POST /api/v1/rules/reload}, with what the check found worth a
     * reviewer's attention that refuses nothing (e.g. a deadline-table row longer than a promise's
     * deadline, which changes nothing), each {@code {file, line, message}} in Swedish.
     */
    public record Reloaded(String version, String previousVersion, List<RuleProblem> warnings) {
        public Reloaded {
            warnings = List.copyOf(warnings);
        }
    }

    /** A version that served, with the files it was built from. */
    public record StoredVersion(String version, Instant firstServedAt, String firstServedBy, List<RuleFile> files) {}

    /** One file of a stored version. */
    public record RuleFile(String path, String content) {}

    /** A second reviewer's approval of one exact version. */
    public record Approval(String version, String approvedBy, Instant approvedAt) {}

    /** What a proposed rule set would change for the stored incidents. */
    /** {@code readMs}: reading the stored incidents from the database; {@code tookMs}: replaying and comparing them. */
    public record Impact(
            String currentVersion,
            String proposedVersion,
            int incidents,
            int recommendations,
            long readMs,
            long tookMs,
            List<ImpactAnalysis.Change> changes) {}
}
