package org.alephdeploy;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md; rules over packages that do not exist yet pass. */
class ArchitectureTest {
    private static final String ROOT = "org.alephdeploy";
    private static final String MESSAGE = ROOT + ".message..";
    private static final String SANDBOX = ROOT + ".sandbox..";
    private static final String CCN = ROOT + ".ccn..";
    private static final String WALLET = ROOT + ".wallet..";
    private static final String DEPLOY = ROOT + ".deploy..";
    private static final String RUN = ROOT + ".deploy.run..";
    private static final String SERVICE = ROOT + ".service..";
    private static final String UI = ROOT + ".ui..";
    private static final String CLI = ROOT + ".cli..";
    private static final String APP = ROOT + ".app..";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(ROOT);
    }

    @Test
    void importsTheMainClassesOnly() {
        assertThat(classes.contain(ROOT + ".message.Message")).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void rulesSeeRealDependencies() {
        ArchRule withoutApp = noClasses().that().resideOutsideOfPackages(UI, SERVICE)
                .should().dependOnClassesThat().resideInAPackage("javafx..");

        assertThatThrownBy(() -> check(withoutApp)).isInstanceOf(AssertionError.class).hasMessageContaining(ROOT + ".app.");
    }

    @Test
    void onlyUiServiceAndAppUseJavaFx() {
        check(noClasses().that().resideOutsideOfPackages(UI, SERVICE, APP)
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void messageDependsOnNoOtherProjectPackage() {
        check(noClasses().that().resideInAPackage(MESSAGE)
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(MESSAGE)))));
    }

    @Test
    void messageDoesNoIo() {
        check(noClasses().that().resideInAPackage(MESSAGE)
                .should().dependOnClassesThat(resideInAnyPackage("okhttp3..", "java.net..", "java.nio.file..")
                        .or(resideInAPackage("java.io").and(simpleNameStartingWith("File")))));
    }

    @Test
    void sandboxJudgesMessagesWithoutTheClient() {
        check(noClasses().that().resideInAPackage(SANDBOX)
                .should().dependOnClassesThat().resideInAnyPackage(CCN, DEPLOY, WALLET, UI, SERVICE, CLI));
    }

    @Test
    void walletAndCcnStayBelowTheEngine() {
        check(noClasses().that().resideInAnyPackage(WALLET, CCN)
                .should().dependOnClassesThat().resideInAnyPackage(DEPLOY, SERVICE, UI));
    }

    @Test
    void deployStaysBelowServiceUiAndCli() {
        check(noClasses().that().resideInAPackage(DEPLOY)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, UI, CLI));
    }

    @Test
    void uiGoesThroughTheServicesNotTheClient() {
        check(noClasses().that().resideInAPackage(UI).should().dependOnClassesThat().resideInAPackage(CCN));
    }

    @Test
    void uiDoesNotRunOperationsItself() {
        check(noClasses().that().resideInAPackage(UI).should().dependOnClassesThat().resideInAPackage(RUN));
    }

    @Test
    void serviceDoesNotUseUi() {
        check(noClasses().that().resideInAPackage(SERVICE).should().dependOnClassesThat().resideInAPackage(UI));
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void subPackagesHaveNoCycles() {
        check(slices().matching(ROOT + ".(*).(*)..").should().beFreeOfCycles());
    }

    @Test
    void theCycleRuleSeesRealCycles() {
        SliceAssignment perClassOfRun = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().equals(ROOT + ".deploy.run") ? SliceIdentifier.of(c.getSimpleName())
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the classes of deploy.run, one slice each";
            }
        };

        assertThatThrownBy(() -> check(slices().assignedFrom(perClassOfRun).should().beFreeOfCycles()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlanRunner");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
