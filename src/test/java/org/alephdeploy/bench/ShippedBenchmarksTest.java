package org.alephdeploy.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What ships of the benchmarks stays light: no node, no engine, no files (docs/adr/0004). */
class ShippedBenchmarksTest {
    @Test
    void shippedBenchmarksStartNoNodeAndWriteNoFiles() {
        JavaClasses shipped = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.alephdeploy.bench");

        assertThat(shipped.contain(Benchmarks.class)).isTrue();
        assertThat(shipped.contain(NodeUploadBenchmark.class)).as("heavy harnesses live in the test sources").isFalse();
        assertThat(shipped.contain(InventoryBenchmark.class)).isFalse();
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.alephdeploy.sandbox..",
                "org.alephdeploy.ccn..", "org.alephdeploy.deploy..", "org.alephdeploy.service..", "java.nio.file..")
                .check(shipped);
    }
}
