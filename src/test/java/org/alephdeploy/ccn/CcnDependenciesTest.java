package org.alephdeploy.ccn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CcnDependenciesTest {
    private final JavaClasses ccn = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.alephdeploy.ccn");

    @Test
    void ccnUsesOnlyMessageOkHttpJacksonAndSlf4j() {
        classes().that().resideInAPackage("org.alephdeploy.ccn..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.alephdeploy.ccn..", "org.alephdeploy.message..",
                        "okhttp3..", "okio..", "com.fasterxml.jackson..", "org.slf4j..", "java..", "kotlin..")
                .check(ccn);
    }

    @Test
    void noBodyLoggingInterceptor() {
        noClasses().that().resideInAPackage("org.alephdeploy.ccn..")
                .should().dependOnClassesThat().haveSimpleName("HttpLoggingInterceptor")
                .check(ccn);
    }
}
