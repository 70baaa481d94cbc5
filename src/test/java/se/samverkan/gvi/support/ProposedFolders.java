package se.samverkan.gvi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.samverkan.gvi.decision.RuleFolderFixture;

/** Proposed rule folders for the tests of impact analyses and the reviewers' pages. */
public final class ProposedFolders {

    private ProposedFolders() {}

    /**
     * A copy of the project's rules that changes the policy the lawful way: Huddinge's delivered promise
     * ends in April 2026 (after the dates of the common scenarios, which are judged by it) and a new one that also promises debt enforcement follows, so a group called
     * in under the old promise must first be given the new one.
     */
    public static Path debtFromMay(Path folder) {
        RuleFolderFixture.copy(Path.of("rules"), folder);
        Path promises = folder.resolve("sites/huddinge/promises");
        RuleFolderFixture.replace(promises.resolve("huddinge-2024.yaml"), "validTo: null", "validTo: 2026-04-30");
        try {
            Files.writeString(
                    promises.resolve("huddinge-2026-05.yaml"),
                    Files.readString(promises.resolve("huddinge-2027.yaml"))
                                    .replace("id: HUDDINGE-2027", "id: HUDDINGE-2026-05")
                                    .replace("validFrom: 2027-01-01", "validFrom: 2026-05-01")
                                    .replace(
                                            "levers: [SUPERVISION_REVIEW,",
                                            "levers: [DEBT_ENFORCEMENT, SUPERVISION_REVIEW,")
                            + """
                      - ref: "§9"
                        about: DEBT_ENFORCEMENT
                        text: "Kronofogden driver in skulder hos den som har registrerade skulder."
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /**
     * The scenarios beside the proposals: the project's, less Huddinge's example of a group judged by
     * HUDDINGE-2024 after 2027, which {@link #debtFromMay} makes obsolete by ending that promise.
     */
    public static Path scenariosBeside(Path proposalsRoot) {
        Path features = proposalsRoot.resolve("features");
        RuleFolderFixture.copy(Path.of("features"), features);
        Path huddinge = features.resolve("sites/huddinge/huddinges-loften.feature");
        try {
            String text = Files.readString(huddinge);
            int start = text.indexOf(
                    "  @GVI-02\n  Scenario: En grupp som fick HUDDINGE-2024 bedöms fortfarande enligt det efter 2027");
            int end = text.indexOf("  @GVI-01", start);
            if (start < 0 || end < 0) {
                throw new IllegalStateException(huddinge + " no longer has the scenario the proposal makes obsolete");
            }
            Files.writeString(huddinge, text.substring(0, start) + text.substring(end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }
}
