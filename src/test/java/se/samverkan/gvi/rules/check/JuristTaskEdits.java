package se.samverkan.gvi.rules.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The edits of the everyday task "a new lever with a new legal ground" (rules/README.md, "Sju vanliga
 * uppgifter", task 5), as a legal reviewer writes them in a rule folder: the person fact
 * {@code threatenedWitness}, the incident type {@code KNIFE_ATTACK}, the legal reference
 * {@code KONTAKTFORBUD}, the lever {@code CONTACT_BAN} and a new Huddinge promise that announces it.
 */
public final class JuristTaskEdits {

    private JuristTaskEdits() {}

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n" + text);
    }

    /** The four edits in {@code rules}, the promise with this id and validFrom. */
    public static void addContactBanForThreatenedWitnesses(Path rules, String id, String validFrom) throws IOException {
        append(rules.resolve("vocabulary/person-facts.yaml"), """
                  - code: threatenedWitness
                    sv: har hotat ett vittne
                    en: threatened a witness
                    legalGround: true
                """);
        append(rules.resolve("vocabulary/incident-types.yaml"), """
                  - code: KNIFE_ATTACK
                    sv: ett knivangrepp
                    en: a knife attack
                """);
        append(rules.resolve("lagrum.yaml"), """
                  - id: KONTAKTFORBUD
                    title: Lagen om kontaktförbud
                    sfs: "1988:688"
                """);
        append(rules.resolve("levers.yaml"), """
                  - code: CONTACT_BAN
                    nameSv: kontaktförbud
                    nameEn: contact ban
                    agency: Åklagarmyndigheten
                    lagrum: [KONTAKTFORBUD]
                    precondition: threatenedWitness
                    ground: har hotat ett vittne
                    sanction: true
                """);
        Files.writeString(
                rules.resolve("sites/huddinge/promises/" + id.toLowerCase(Locale.ROOT) + ".yaml"),
                """
                id: %s
                text: |
                  Om någon i er grupp angriper någon med kniv möts hela gruppen av konsekvenser.
                  Den som hotar ett vittne får kontaktförbud.
                validFrom: %s
                validTo: null
                triggers: [KNIFE_ATTACK]
                levers: [CONTACT_BAN]
                deadlines:
                  STANDARD: 7
                  ESCALATED: 3
                escalationWindowDays: 90
                clauses:
                  - ref: "§1"
                    about: TRIGGERS
                    text: "Om någon i gruppen angriper någon med kniv möts hela gruppen av konsekvenser."
                  - ref: "§2"
                    about: CONTACT_BAN
                    text: "Den som hotar ett vittne får kontaktförbud."
                """.formatted(id, validFrom));
    }
}
