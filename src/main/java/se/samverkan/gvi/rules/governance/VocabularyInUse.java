package se.samverkan.gvi.rules.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.samverkan.gvi.decision.RuleProblem;
import se.samverkan.gvi.decision.RuleSet;
import se.samverkan.gvi.decision.Vocabulary;
import se.samverkan.gvi.rules.runtime.SiteRuleFolder;

/**
 * An entry of the vocabulary that stored data still uses cannot be removed: a reload whose folder
 * leaves out such a code is refused, naming the vocabulary file, the code with the words it had and
 * how many stored persons, incidents or exclusions use it (rules/README.md, "Ordlistan").
 */
@Service
public class VocabularyInUse {

    private final List<StoredCodes> stored;

    VocabularyInUse(List<StoredCodes> stored) {
        this.stored = List.copyOf(stored);
    }

    /**
     * The codes stored data of the site uses that the proposed rule set's vocabulary lacks. Runs in
     * the caller's transaction.
     *
     * @param serving the vocabulary serving now, for the words of a removed entry
     */
    List<RuleProblem> refusals(String site, RuleSet proposed, Vocabulary serving, SiteRuleFolder.SiteFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (StoredCodes codes : stored) {
            Map<String, Vocabulary.Term> kept = proposed.vocabulary().termsIn(codes.vocabularyFile());
            Map<String, Vocabulary.Term> before = serving.termsIn(codes.vocabularyFile());
            codes.uses(site).forEach((code, count) -> {
                if (count > 0 && !kept.containsKey(code)) {
                    Vocabulary.Term term = before.get(code);
                    problems.add(files.located(new RuleProblem(
                            codes.vocabularyFile(),
                            listLine(files, codes.vocabularyFile()),
                            "Posten " + code + (term == null ? "" : " (\"" + term.sv() + "\")") + " används av " + count
                                    + " " + codes.countedSv() + " och får inte tas bort ur ordlistan. Lägg tillbaka "
                                    + "posten med sin kod; orden (sv, en) får du ändra.")));
                }
            });
        }
        return problems;
    }

    /** The line of the file's list ({@code types:}, {@code facts:}, {@code reasons:}), where the entry stood. */
    private static int listLine(SiteRuleFolder.SiteFiles files, String file) {
        String[] lines = files.files().getOrDefault(file, "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty()
                    && Character.isLetter(lines[i].charAt(0))
                    && lines[i].strip().endsWith(":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
