package se.samverkan.gvi;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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
        noClasses()
                .that()
                .resideOutsideOfPackage("se.samverkan.gvi.decision..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .because("the rest of the system sees plain Java records, never the rules engine")
                .check(SERVICE);
    }

    @Test
    void theEngineInternalsStayInsideTheDecisionModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.samverkan.gvi.decision..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.samverkan.gvi.decision.internal..")
                .check(SERVICE);
    }

    @Test
    void theDecisionModuleDependsOnNoOtherModuleNorOnSpring() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkan.gvi.decision..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.samverkan.gvi.incident..",
                        "se.samverkan.gvi.group..",
                        "se.samverkan.gvi.recommendation..",
                        "se.samverkan.gvi.rules..",
                        "se.samverkan.gvi.audit..",
                        "se.samverkan.gvi.security..",
                        "se.samverkan.gvi.web..",
                        "org.springframework..")
                .check(SERVICE);
    }

    @Test
    void theFeatureModulesAreFreeOfCycles() {
        slices().matching("se.samverkan.gvi.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void thePartsOfTheRuleModuleAreFreeOfCycles() {
        slices().matching("se.samverkan.gvi.rules.(**)")
                .should()
                .beFreeOfCycles()
                .check(SERVICE);
    }

    @Test
    void theApplicationAtTheTopDependsOnNoModule() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkan.gvi")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("se.samverkan.gvi.*..")
                .because("the modules depend on the top (GviApplication, GviSettings), never the other way round;"
                        + " command-line tools are found as CommandLineTool services")
                .check(SERVICE);
    }

    @Test
    void theRunningServiceNeedsNeitherTheCheckNorTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkan.gvi.rules.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.samverkan.gvi.rules.check..",
                        "se.samverkan.gvi.rules.governance..",
                        "se.samverkan.gvi.rules.cli..")
                .check(SERVICE);
    }

    @Test
    void onlyTheWebLayerKnowsHttpRefusals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("se.samverkan.gvi.web..")
                .should()
                .dependOnClassesThat(resideInAPackage("se.samverkan.gvi.web..").and(assignableTo(Throwable.class)))
                .because(
                        "application services throw the refusals of se.samverkan.gvi.refusal; web/ApiProblems maps them")
                .check(SERVICE);
    }

    @Test
    void storedRecommendationsDoNotDependOnIncidentsOrGroups() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkan.gvi.recommendation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.samverkan.gvi.incident..", "se.samverkan.gvi.group..")
                .check(SERVICE);
    }

    @Test
    void theDecisionLogDependsOnNoFeatureModule() {
        noClasses()
                .that()
                .resideInAPackage("se.samverkan.gvi.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "se.samverkan.gvi.incident..", "se.samverkan.gvi.group..", "se.samverkan.gvi.recommendation..")
                .check(SERVICE);
    }

    @Test
    void rowsAreMappedWithoutAnExceptionForEachColumn() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.DataClassRowMapper")
                .because("it looks up a column by the wrong name first and catches the driver's exception, once a"
                        + " row: ListsByParent.RowMapper.of and JdbcClient's query(Class) map by column name without")
                .check(SERVICE);
    }
}
