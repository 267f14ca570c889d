package org.alephdeploy.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** View models and the row/state types they hold stay testable without the toolkit. */
class ViewModelRulesTest {
    private final JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alephdeploy.ui");

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAnyPackage("org.alephdeploy.ui.model", "org.alephdeploy.ui.demo")
                .or().haveSimpleNameEndingWith("Row").or().haveSimpleNameEndingWith("Rules")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(ui);
    }

    @Test
    void onlyWindowsOpensStages() {
        noClasses().that().doNotHaveSimpleName("Windows").and().resideOutsideOfPackage("org.alephdeploy.ui.fx")
                .should().callConstructor(javafx.stage.Stage.class)
                .check(ui);
    }
}
