package quatrain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture of ../shared/STYLE.md, enforced: dependencies point downward only. */
@AnalyzeClasses(packages = "quatrain", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] DL4J = {"org.deeplearning4j..", "org.nd4j.."};

    @ArchTest
    static final ArchRule coreUsesNeitherJavaFxNorDl4j = noClasses().that().resideInAPackage("quatrain.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.deeplearning4j..", "org.nd4j..",
                    "quatrain.engine..", "quatrain.app..", "quatrain.cli..");

    @ArchTest
    static final ArchRule appNeverTouchesDl4j = noClasses().that().resideInAPackage("quatrain.app..")
            .should().dependOnClassesThat().resideInAnyPackage(DL4J);

    @ArchTest
    static final ArchRule cliNeverTouchesDl4jOrJavaFx = noClasses().that().resideInAPackage("quatrain.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "javafx..",
                    "quatrain.app..");

    @ArchTest
    static final ArchRule engineKnowsNothingOfTheFrontEnds = noClasses().that().resideInAPackage("quatrain.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "quatrain.app..", "quatrain.cli..");
}
