package se.samverkan.gvi.rules.governance;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The files that differ between two rule-set versions, each with a unified diff of its text, as the
 * history keeps every file of every version that served.
 */
public final class RuleVersionDiff {

    /** How one file changed. */
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** One file that differs, with its unified diff ({@code ---}, {@code +++}, hunks). */
    public record FileDiff(String path, Change change, List<String> unifiedDiff) {
        public FileDiff {
            unifiedDiff = List.copyOf(unifiedDiff);
        }
    }

    /** Lines of context around each change, as {@code diff -u} shows them. */
    private static final int CONTEXT = 3;

    private RuleVersionDiff() {}

    /** Every file that was added, removed or changed from {@code from} to {@code to}, in path order. */
    public static List<FileDiff> between(Map<String, String> from, Map<String, String> to) {
        List<FileDiff> diffs = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        for (String path : paths) {
            String before = from.get(path);
            String after = to.get(path);
            if (before != null && before.equals(after)) {
                continue;
            }
            Change change = before == null ? Change.ADDED : after == null ? Change.REMOVED : Change.CHANGED;
            diffs.add(new FileDiff(path, change, unified(path, before, after)));
        }
        return diffs;
    }

    private static List<String> unified(String path, @Nullable String before, @Nullable String after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        return UnifiedDiffUtils.generateUnifiedDiff(
                before == null ? "/dev/null" : "a/" + path,
                after == null ? "/dev/null" : "b/" + path,
                original,
                patch,
                CONTEXT);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
