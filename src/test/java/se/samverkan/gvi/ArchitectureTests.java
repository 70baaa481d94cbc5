package se.samverkan.gvi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries the service relies on. */
class ArchitectureTests {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samverkan.gvi");

    @Test
    void onlyTheDecisionModuleKnowsDrools() {
        noClasses().that().resideOutsideOfPackage("se.samverkan.gvi.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("the rest of the system sees plain Java records, never the rules engine")
                .check(SERVICE);
    }

    @Test
    void theEngineInternalsStayInsideTheDecisionModule() {
        noClasses().that().resideOutsideOfPackage("se.samverkan.gvi.decision..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan.gvi.decision.internal..")
                .check(SERVICE);
    }

    @Test
    void theDecisionModuleDependsOnNoOtherModuleNorOnSpring() {
        noClasses().that().resideInAPackage("se.samverkan.gvi.decision..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.samverkan.gvi.incident..", "se.samverkan.gvi.group..", "se.samverkan.gvi.recommendation..",
                        "se.samverkan.gvi.rules..", "se.samverkan.gvi.audit..", "se.samverkan.gvi.security..",
                        "se.samverkan.gvi.web..", "org.springframework..")
                .check(SERVICE);
    }

    @Test
    void theFeatureModulesAreFreeOfCycles() {
        slices().matching("se.samverkan.gvi.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void storedRecommendationsDoNotDependOnIncidentsOrGroups() {
        noClasses().that().resideInAPackage("se.samverkan.gvi.recommendation..")
                .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.gvi.incident..", "se.samverkan.gvi.group..")
                .check(SERVICE);
    }

    @Test
    void theDecisionLogDependsOnNoFeatureModule() {
        noClasses().that().resideInAPackage("se.samverkan.gvi.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.gvi.incident..",
                        "se.samverkan.gvi.group..", "se.samverkan.gvi.recommendation..")
                .check(SERVICE);
    }
}
