package se.samverkan.gvi.rules.check.scenarios;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.cucumber.java.sv.Givet;
import io.cucumber.java.sv.När;
import io.cucumber.java.sv.Så;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.gvi.decision.Confidence;
import se.samverkan.gvi.decision.DeadlineRow;
import se.samverkan.gvi.decision.ExclusionReason;
import se.samverkan.gvi.decision.IncidentType;
import se.samverkan.gvi.decision.Lever;
import se.samverkan.gvi.decision.MinimumAgeRow;
import se.samverkan.gvi.decision.Outcome;
import se.samverkan.gvi.decision.Priority;
import se.samverkan.gvi.decision.Role;
import se.samverkan.gvi.decision.RuleInfo;
import se.samverkan.gvi.rules.check.scenarios.Vocabulary.ActionRow;

/**
 * The steps of the rule scenarios, each with its Swedish and its English wording. Cucumber creates
 * one instance per scenario, so the case it tells starts empty every time.
 */
public class ScenarioSteps {

    private final ScenarioRules rules;
    private final ScenarioCase scenario;
    private final Expectations expect;

    public ScenarioSteps(ScenarioRules rules) {
        this.rules = rules;
        this.scenario = new ScenarioCase(rules);
        this.expect = new Expectations(scenario.levers(), rules.current().vocabulary());
    }

    // --- Givet: the groups, their call-ins and the promises ---------------------------------------

    @Givet("att {group} har dessa medlemmar:")
    @Given("{group} has these members:")
    public void members(GroupRef group, List<MemberRow> rows) {
        scenario.addMembers(group, rows);
    }

    @Givet("att {group} fick löftet {string} vid ett call-in den {date}")
    @Given("{group} received the promise {string} at a call-in on {date}")
    public void callIn(GroupRef group, String promiseId, LocalDate heldOn) {
        scenario.holdCallIn(group, promiseId, heldOn);
    }

    @Givet("att {group} inte har haft något call-in")
    @Given("{group} has had no call-in")
    public void noCallIn(GroupRef group) {
        scenario.noCallIn(group);
    }

    @Givet("att {person} är född {date}")
    @Given("{person} was born on {date}")
    public void born(PersonRef person, LocalDate date) {
        scenario.changeMember(person, m -> m.bornOn(date));
    }

    @Givet("att {person} gick med i gruppen den {date}")
    @Given("{person} joined the group on {date}")
    public void joined(PersonRef person, LocalDate date) {
        scenario.changeMember(person, m -> m.joinedOn(date));
    }

    @Givet("att {person} lämnade gruppen den {date}")
    @Given("{person} left the group on {date}")
    public void left(PersonRef person, LocalDate date) {
        scenario.changeMember(person, m -> m.leftOn(date));
    }

    @Givet("att {person} fick hembesök den {date}")
    @Given("{person} had a home visit on {date}")
    public void homeVisit(PersonRef person, LocalDate date) {
        scenario.changeMember(person, m -> m.visitedOn(date));
    }

    @Givet("att {group} redan har fått konsekvenser efter händelsen {word} den {date}")
    @Given("{group} already faces consequences for the incident {word} of {date}")
    public void priorEnforcement(GroupRef group, String incidentReference, LocalDate incidentDate) {
        scenario.priorEnforcement(group, incidentReference, incidentDate);
    }

    @Givet("att löftet {string} gäller från {date}, som {string} men också med {lever}")
    @Given("the promise {string} applies from {date}, like {string} but also with {lever}")
    public void laterPromise(String id, LocalDate validFrom, String basedOn, Lever lever) {
        scenario.addPromise(id, validFrom, basedOn, lever);
    }

    @Givet("att löftet {string} gäller från {date}, som {string} men med dessa ändringar:")
    @Given("the promise {string} applies from {date}, like {string} but with these changes:")
    public void changedPromise(String id, LocalDate validFrom, String basedOn, Map<String, String> changes) {
        scenario.addPromise(id, validFrom, basedOn, changes);
    }

    @Givet("att åtgärden {lever} får användas först från {int} års ålder")
    @Given("the lever {lever} may be used only from the age of {int}")
    public void minimumAge(Lever lever, int age) {
        scenario.raiseMinimumAge(lever, age);
    }

    @Givet("att ålderstabellen också har dessa rader:")
    @Given("the minimum-age table also has these rows:")
    public void minimumAgeRows(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            scenario.addTableRow(
                    MinimumAgeRow.TABLE,
                    List.of(
                            leverCode(cell(row, "åtgärd", "lever")),
                            cell(row, "lägsta ålder", "minimum age"),
                            cell(row, "rättslig grund", "legal reference")));
        }
    }

    @Givet("att fristtabellen också har dessa rader:")
    @Given("the deadline table also has these rows:")
    public void deadlineRows(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            String priority = cell(row, "prioritet", "priority");
            Priority known = Vocabulary.PRIORITIES.get(priority);
            scenario.addTableRow(
                    DeadlineRow.TABLE,
                    List.of(
                            known == null ? priority : known.name(),
                            leverCode(cell(row, "åtgärd", "lever")),
                            cell(row, "dagar", "days"),
                            cell(row, "rättslig grund", "legal reference")));
        }
    }

    @Givet("att löftet {string} bara gällde till och med {date}")
    @Given("the promise {string} applied only until {date}")
    public void promiseEnded(String id, LocalDate validTo) {
        scenario.limitPromise(id, validTo);
    }

    // --- När: the incident -----------------------------------------------------------------------

    @När("polisen rapporterar {incidentType} som inträffade den {date} kl. {clock}")
    @When("the police report {incidentType} on {date} at {clock}")
    public void report(IncidentType type, LocalDate date, LocalTime time) {
        scenario.report(type, date, time);
    }

    @När(
            "polisen rapporterar {incidentType} som inträffade den {date} kl. {clock} med en {confidence} koppling till {group}")
    @When("the police report {incidentType} on {date} at {clock} with a {confidence} link to {group}")
    public void reportAgainst(
            IncidentType type, LocalDate date, LocalTime time, Confidence confidence, GroupRef group) {
        scenario.report(type, date, time);
        scenario.attribute(group, Role.PERPETRATOR, confidence);
    }

    @När("polisen rapporterar {incidentType} som inträffade den {date} kl. {clock} där {group} är utsatt")
    @When("the police report {incidentType} on {date} at {clock} where {group} is the victim")
    public void reportVictim(IncidentType type, LocalDate date, LocalTime time, GroupRef group) {
        scenario.report(type, date, time);
        scenario.attribute(group, Role.VICTIM, Confidence.CONFIRMED);
    }

    @När(
            "polisen rapporterar {incidentType} som inträffade den {date} kl. {clock} där {group} är utsatt, med en {confidence} koppling")
    @When("the police report {incidentType} on {date} at {clock} where {group} is the victim, with a {confidence} link")
    public void reportVictim(IncidentType type, LocalDate date, LocalTime time, GroupRef group, Confidence confidence) {
        scenario.report(type, date, time);
        scenario.attribute(group, Role.VICTIM, confidence);
    }

    @När("händelsen har en {confidence} koppling till {group}")
    @When("the incident has a {confidence} link to {group}")
    public void perpetrator(Confidence confidence, GroupRef group) {
        scenario.attribute(group, Role.PERPETRATOR, confidence);
    }

    @När("{group} är utsatt för händelsen")
    @When("{group} is the victim of the incident")
    public void victim(GroupRef group) {
        scenario.attribute(group, Role.VICTIM, Confidence.CONFIRMED);
    }

    @När("{person} är misstänkt för händelsen")
    @When("{person} is a suspect")
    public void suspect(PersonRef person) {
        scenario.suspect(person);
    }

    @När("händelsen registreras den {date} kl. {clock}")
    @When("the incident is registered on {date} at {clock}")
    public void registered(LocalDate date, LocalTime time) {
        scenario.registeredAt(date, time);
    }

    @När("händelsen har diarienummer {word}")
    @When("the incident has the case number {word}")
    public void caseNumber(String reference) {
        scenario.reference(reference);
    }

    // --- Så: the recommendation for a group ------------------------------------------------------

    @Så("ska {group} {outcome}")
    @Then("{group} should {outcome}")
    public void outcome(GroupRef group, Outcome outcome) {
        expect.outcome(scenario.recommendation(group), outcome);
    }

    @Så("ska {group} ha {priority} prioritet")
    @Then("{group} should have {priority} priority")
    public void priority(GroupRef group, Priority priority) {
        expect.priority(scenario.recommendation(group), priority);
    }

    @Så("ska {group} inte få några åtgärder alls")
    @Then("{group} should get no actions at all")
    public void groupWithoutActions(GroupRef group) {
        expect.noActions(scenario.recommendation(group));
    }

    @Så("ska varje medlem i {group} få åtgärden {lever}")
    @Then("every member of {group} should get the action {lever}")
    public void everyMember(GroupRef group, Lever lever) {
        expect.everyMemberGets(scenario.recommendation(group), scenario.memberRefs(group), lever);
    }

    @Så("ska {group} ha fristen {date} kl. {clock} för rekommendationen och varje åtgärd")
    @Then("{group} should be due on {date} at {clock}, the recommendation and every action")
    public void due(GroupRef group, LocalDate date, LocalTime time) {
        expect.due(scenario.recommendation(group), ScenarioCase.at(date, time));
    }

    @Så("ska rekommendationen för {group} ha fristen {date} kl. {clock}")
    @Then("the recommendation for {group} should be due on {date} at {clock}")
    public void recommendationDue(GroupRef group, LocalDate date, LocalTime time) {
        expect.recommendationDue(scenario.recommendation(group), ScenarioCase.at(date, time));
    }

    @Så("ska {person} ha fristen {date} kl. {clock} för åtgärden {lever}")
    @Then("{person} should be due on {date} at {clock} for the action {lever}")
    public void actionDue(PersonRef person, LocalDate date, LocalTime time, Lever lever) {
        expect.actionDue(scenario.recommendationOf(person), person.ref(), lever, ScenarioCase.at(date, time));
    }

    @Så("ska förklaringen av åtgärden {lever} för {person} nämna {string}")
    @Then("the explanation of the action {lever} for {person} should mention {string}")
    public void actionExplained(Lever lever, PersonRef person, String text) {
        expect.actionExplanationMentions(scenario.recommendationOf(person), person.ref(), lever, text);
    }

    @Så("ska förklaringen av åtgärden {lever} för {person} lyda {string}")
    @Then("the explanation of the action {lever} for {person} should read {string}")
    public void actionExplanationReads(Lever lever, PersonRef person, String text) {
        expect.actionExplanationReads(scenario.recommendationOf(person), person.ref(), lever, text);
    }

    @Så("ska förklaringen av undantaget från {lever} för {person} lyda {string}")
    @Then("the explanation of the exclusion from {lever} for {person} should read {string}")
    public void leverExclusionExplanationReads(Lever lever, PersonRef person, String text) {
        expect.exclusionExplanationReads(scenario.recommendationOf(person), person.ref(), lever, text);
    }

    @Så("ska förklaringen av undantaget för {person} lyda {string}")
    @Then("the explanation of the exclusion for {person} should read {string}")
    public void exclusionExplanationReads(PersonRef person, String text) {
        expect.exclusionExplanationReads(scenario.recommendationOf(person), person.ref(), null, text);
    }

    @Så("ska åtgärden {lever} för {person} hänvisa till klausulen {string} i löftet")
    @Then("the action {lever} for {person} should cite the clause {string} of the promise")
    public void actionCitesClause(Lever lever, PersonRef person, String clause) {
        expect.actionCitesClause(scenario.recommendationOf(person), person.ref(), lever, clause);
    }

    @Så("ska undantaget från {lever} för {person} ha den rättsliga grunden {string} och nämna den i förklaringen")
    @Then("the exclusion from {lever} for {person} should have the legal basis {string} and mention it")
    public void exclusionBasis(Lever lever, PersonRef person, String legalBasis) {
        expect.exclusionLegalBasis(scenario.recommendationOf(person), person.ref(), lever, legalBasis);
    }

    @Så("ska {group} inte ha någon frist")
    @Then("{group} should have no due date")
    public void noDueDate(GroupRef group) {
        expect.noDueDate(scenario.recommendation(group));
    }

    @Så("ska sammanfattningen för {group} lyda {string}")
    @Then("the summary for {group} should read {string}")
    public void summaryReads(GroupRef group, String text) {
        expect.summaryReads(scenario.recommendation(group), text);
    }

    @Så("ska sammanfattningen för {group} nämna {string}")
    @Then("the summary for {group} should mention {string}")
    public void summary(GroupRef group, String text) {
        expect.summaryMentions(scenario.recommendation(group), text);
    }

    @Så("ska rekommendationen för {group} vänta på en människas beslut")
    @Then("the recommendation for {group} should await a human decision")
    public void pendingReview(GroupRef group) {
        expect.pendingReview(scenario.recommendation(group));
    }

    @Så("ska rekommendationen för {group} följa löftet {string} och ange regeluppsättningens version")
    @Then("the recommendation for {group} should follow the promise {string} and name the rule set version")
    public void follows(GroupRef group, String promiseId) {
        expect.follows(
                scenario.recommendation(group), promiseId, rules.current().version());
    }

    @Så("ska rekommendationen för {group} inte följa något löfte")
    @Then("the recommendation for {group} should follow no promise")
    public void followsNoPromise(GroupRef group) {
        expect.follows(scenario.recommendation(group), null, rules.current().version());
    }

    @Så("ska varje åtgärd och varje undantag för {group} ange regel, rättslig grund och en förklaring")
    @Then("every action and exclusion for {group} should give its rule, legal basis and explanation")
    public void explained(GroupRef group) {
        expect.explained(scenario.recommendation(group), ruleIds());
    }

    @Så("ska varje sanktion för {group} hänvisa till sin klausul i löftet")
    @Then("every sanction for {group} should cite its clause of the promise")
    public void clauses(GroupRef group) {
        expect.sanctionsCiteClauses(scenario.recommendation(group));
    }

    @Så("ska regeln {word} ha använts för {group}")
    @Then("the rule {word} should have been used for {group}")
    public void fired(String ruleId, GroupRef group) {
        expect.fired(scenario.recommendation(group), ruleId);
    }

    @Så("ska händelsen avvisas med beskedet {string}")
    @Then("the incident should be refused with the message {string}")
    public void refused(String message) {
        Expectations.refusedWith(scenario.refusal(), message);
    }

    @Så("ska tabellraderna avvisas med beskedet {string}")
    @Then("the table rows should be refused with the message {string}")
    public void tableRowsRefused(String message) {
        Expectations.tableRowsRefusedWith(scenario.tableRefusal(), message);
    }

    // --- Så: what one person gets ----------------------------------------------------------------

    @Så("ska {person} få dessa åtgärder:")
    @Then("{person} should get these actions:")
    public void exactActions(PersonRef person, List<ActionRow> rows) {
        expect.exactActions(
                scenario.recommendationOf(person),
                person.ref(),
                rows.stream().map(ActionRow::lever).toList());
    }

    @Så("ska {person} få åtgärden {lever}")
    @Then("{person} should get the action {lever}")
    public void hasAction(PersonRef person, Lever lever) {
        expect.hasAction(scenario.recommendationOf(person), person.ref(), lever);
    }

    @Så("ska {person} inte få åtgärden {lever}")
    @Then("{person} should not get the action {lever}")
    public void lacksAction(PersonRef person, Lever lever) {
        expect.lacksAction(scenario.recommendationOf(person), person.ref(), lever);
    }

    @Så("ska {person} få åtgärden {lever} enligt regeln {word}")
    @Then("{person} should get the action {lever} under the rule {word}")
    public void actionFromRule(PersonRef person, Lever lever, String ruleId) {
        expect.actionFromRule(scenario.recommendationOf(person), person.ref(), lever, ruleId);
    }

    @Så("ska {person} inte få någon sanktion, med skälet {exclusionReason}")
    @Then("{person} should get no sanction, because {exclusionReason}")
    public void noSanction(PersonRef person, ExclusionReason reason) {
        expect.noSanction(scenario.recommendationOf(person), person.ref(), reason);
    }

    @Så("ska {person} inte få åtgärden {lever}, med skälet {exclusionReason}")
    @Then("{person} should not get the action {lever}, because {exclusionReason}")
    public void leverExcluded(PersonRef person, Lever lever, ExclusionReason reason) {
        expect.leverExcluded(scenario.recommendationOf(person), person.ref(), lever, reason);
    }

    @Så("ska {person} vara undantagen med skälet {exclusionReason}")
    @Then("{person} should be excluded, because {exclusionReason}")
    public void excluded(PersonRef person, ExclusionReason reason) {
        expect.excluded(scenario.recommendationOf(person), person.ref(), reason);
    }

    @Så("ska {person} inte vara undantagen")
    @Then("{person} should not be excluded")
    public void notExcluded(PersonRef person) {
        expect.notExcluded(scenario.recommendationOf(person), person.ref());
    }

    @Så("ska {person} inte få några åtgärder alls")
    @Then("{person} should get no actions at all")
    public void noActions(PersonRef person) {
        expect.noActions(scenario.recommendationOf(person), person.ref());
    }

    @Så("ska {person} inte få några åtgärder alls, med skälet {exclusionReason}")
    @Then("{person} should get no actions at all, because {exclusionReason}")
    public void noActionsBecause(PersonRef person, ExclusionReason reason) {
        noActions(person);
        excluded(person, reason);
    }

    @Så("ska {person} stå som misstänkt utan koppling till någon utpekad grupp")
    @Then("{person} should be listed as a suspect outside every attributed group")
    public void unattributed(PersonRef person) {
        expect.unattributed(scenario.evaluation(), person.ref());
    }

    private static String cell(Map<String, String> row, String sv, String en) {
        String value = row.containsKey(sv) ? row.get(sv) : row.get(en);
        if (value == null) {
            throw new IllegalArgumentException(
                    "Tabellraden saknar kolumnen \"" + sv + "\" (\"" + en + "\"): " + row.keySet());
        }
        return value.strip();
    }

    /** A lever written by its name in a scenario, as its code in the table file. */
    private String leverCode(String name) {
        return Vocabulary.lever(scenario.levers(), name).code();
    }

    private Set<String> ruleIds() {
        return rules.current().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
    }
}
