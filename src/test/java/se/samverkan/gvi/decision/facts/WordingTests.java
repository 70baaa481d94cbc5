package se.samverkan.gvi.decision.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samverkan.gvi.decision.AgeLimits;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;

/**
 * An explanation reads the facts its rule matched: each placeholder from the last matched fact that
 * supplies it, the age table's row before the catalogue, and a placeholder nothing supplies refused
 * with the placeholders that were there.
 */
class WordingTests {

    private static final Member YOUNG = member("P-0001", 16, null);
    private static final Member LEFT = member("P-0002", 19, LocalDate.of(2026, 1, 2));
    private static final Lever DEBTS = new Lever(
            "DEBT_COLLECTION",
            "indrivning av skulder",
            "debt collection",
            "Kronofogden",
            "Utsökningsbalken",
            "enforcementDebt",
            "har skulder hos Kronofogden",
            15,
            true);
    private static final AgeFloor FLOOR = new AgeFloor("DEBT_COLLECTION", 18, "Föräldrabalken 9 kap. 1 §");

    @Test
    void everyPlaceholderIsFilledFromTheFactThatSuppliesIt() {
        IncidentFact incident =
                new IncidentFact("K-0001", IncidentType.of("SHOOTING"), "en skjutning", LocalDate.of(2026, 2, 1));
        String text = Wording.fill(
                "<person> var <ålder> år <händelsedag> vid <händelse>, under <straffbarhetsålder> och <myndighetsålder>: <åtgärd> (<grund>, från <minimiålder> år).",
                List.of(new AgeLimits(15, "BrB", 18, "FB"), YOUNG, DEBTS, incident));

        assertThat(text)
                .isEqualTo("P-0001 var 16 år 2026-02-01 vid en skjutning, under 15 och 18: indrivning av skulder "
                        + "(har skulder hos Kronofogden, från 15 år).");
    }

    @Test
    void theLastMatchedFactOfAKindFillsIn() {
        assertThat(Wording.fill("<person> lämnade <lämnade>", YOUNG, LEFT)).isEqualTo("P-0002 lämnade 2026-01-02");
        assertThat(Wording.fill("<person> lämnade <lämnade>", LEFT, YOUNG)).isEqualTo("P-0001 lämnade null");
    }

    @Test
    void aRowOfTheAgeTableGivesTheMinimumAgeWhereverItWasMatched() {
        assertThat(Wording.fill("under <minimiålder> år enligt <lagrum>", FLOOR, DEBTS))
                .isEqualTo("under 18 år enligt Föräldrabalken 9 kap. 1 §");
        assertThat(Wording.fill("under <minimiålder> år enligt <lagrum>", DEBTS, FLOOR))
                .isEqualTo("under 18 år enligt Föräldrabalken 9 kap. 1 §");
        assertThat(Wording.fill("under <minimiålder> år", DEBTS)).isEqualTo("under 15 år");
    }

    @Test
    void aTemplateIsFilledAnewForEachMatch() {
        String template = "<person> är <ålder> år";
        assertThat(Wording.fill(template, YOUNG)).isEqualTo("P-0001 är 16 år");
        assertThat(Wording.fill(template, LEFT)).isEqualTo("P-0002 är 19 år");
        assertThat(Wording.fill("inga platshållare", YOUNG)).isEqualTo("inga platshållare");
    }

    @Test
    void aPlaceholderNoMatchedFactSuppliesIsRefusedWithThoseThatAre() {
        assertThatThrownBy(() -> Wording.fill("<person> enligt <lagrum>", YOUNG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("okänd platshållare <lagrum> i förklaringen \"<person> enligt <lagrum>\"; "
                        + "tillgängliga här: [person, ålder, lämnade]");
        assertThatThrownBy(() -> Wording.fill("<personen>", DEBTS, FLOOR))
                .hasMessage("okänd platshållare <personen> i förklaringen \"<personen>\"; "
                        + "tillgängliga här: [åtgärd, grund, minimiålder, lagrum]");
    }

    private static Member member(String ref, int age, LocalDate exitedOn) {
        return new Member("G-1", ref, age, LocalDate.of(2024, 1, 1), exitedOn, Set.of(), false);
    }
}
