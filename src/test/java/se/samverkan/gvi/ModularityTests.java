package se.samverkan.gvi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, checked on the compiled classes. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samverkan.gvi");

    @Test
    void onlyTheDecisionModuleKnowsDrools() {
        noClasses().that().resideOutsideOfPackage("se.samverkan.gvi.decision..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("the rest of the system sees plain Java records, never the rules engine")
                .check(CLASSES);
    }

    @Test
    void theEngineInternalsStayInsideTheDecisionModule() {
        noClasses().that().resideOutsideOfPackage("se.samverkan.gvi.decision..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan.gvi.decision.internal..")
                .check(CLASSES);
    }

    @Test
    void theDecisionModuleDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("se.samverkan.gvi.decision..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.samverkan.gvi.incident..", "se.samverkan.gvi.group..", "se.samverkan.gvi.recommendation..",
                        "se.samverkan.gvi.rules..", "se.samverkan.gvi.audit..", "se.samverkan.gvi.security..",
                        "org.springframework..")
                .check(CLASSES);
    }
}
