package quatrain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture of docs/ARCHITECTURE.md, enforced: dependencies point downward only (quatrain.Main → app, cli →
 * launch, engine → core), no package cycles at any depth, app and cli independent of each other.
 */
@AnalyzeClasses(packages = "quatrain", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] DL4J = {"org.deeplearning4j..", "org.nd4j.."};
    private static final String[] SPARK = {"org.apache.spark..", "org.deeplearning4j.spark..", "org.apache.hadoop.."};

    @ArchTest
    static final ArchRule coreUsesNeitherJavaFxNorDl4j = noClasses().that().resideInAPackage("quatrain.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.deeplearning4j..", "org.nd4j..",
                    "org.apache.spark..", "org.apache.hadoop..", "quatrain.engine..", "quatrain.app..", "quatrain.cli..");

    @ArchTest
    static final ArchRule appNeverTouchesDl4j = noClasses().that().resideInAPackage("quatrain.app..")
            .should().dependOnClassesThat().resideInAnyPackage(DL4J);

    @ArchTest
    static final ArchRule cliNeverTouchesDl4jOrJavaFx = noClasses().that().resideInAPackage("quatrain.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..", "javafx..",
                    "quatrain.app..");

    @ArchTest
    static final ArchRule appNeverTouchesSpark = noClasses().that().resideInAPackage("quatrain.app..")
            .should().dependOnClassesThat().resideInAnyPackage(SPARK);

    @ArchTest
    static final ArchRule cliNeverTouchesSpark = noClasses().that().resideInAPackage("quatrain.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(SPARK);

    /** Spark, Hadoop and DL4J's Spark module stay in one package, so that nothing else needs them at run time. */
    @ArchTest
    static final ArchRule onlyEngineSparkTouchesSpark = noClasses().that().resideOutsideOfPackage("quatrain.engine.spark..")
            .should().dependOnClassesThat().resideInAnyPackage(SPARK);

    /** Java's way into ND4J's array memory has one door, whose test names what it relies on (HostMemoryTest). */
    @ArchTest
    static final ArchRule onlyHostMemoryReachesIntoNd4jBuffers = noClasses()
            .that().doNotHaveFullyQualifiedName("quatrain.engine.nn.HostMemory")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("DataBuffer.asNio*/addressPointer",
                            t -> t.getOwner().isAssignableTo("org.nd4j.linalg.api.buffer.DataBuffer")
                                    && t.getName().matches("asNio.*|addressPointer"))))
            .because("HostMemory is the one door to ND4J's array memory (docs/NOTES.md)");

    /** quatrain.Main sits on top: it chooses between the app and the command line, and nothing depends on it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheEntryPoint = noClasses().that().resideOutsideOfPackage("quatrain")
            .should().dependOnClassesThat().resideInAPackage("quatrain");

    @ArchTest
    static final ArchRule appNeverTouchesTheCommandLine = noClasses().that().resideInAPackage("quatrain.app..")
            .should().dependOnClassesThat().resideInAPackage("quatrain.cli..");

    /** How a process starts and what it starts (restarts, Spark drivers) is below both front ends. */
    @ArchTest
    static final ArchRule launchKnowsNothingOfTheFrontEnds = noClasses().that().resideInAPackage("quatrain.launch..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "quatrain.app..", "quatrain.cli..");

    @ArchTest
    static final ArchRule engineAndCoreNeverStartProcesses = noClasses().that()
            .resideInAnyPackage("quatrain.core..", "quatrain.engine..")
            .should().dependOnClassesThat().resideInAPackage("quatrain.launch..");

    @ArchTest
    static final ArchRule noCyclesBetweenTheLayers = slices().matching("quatrain.(*)..").should().beFreeOfCycles();

    /** Nor between any two packages at any depth (app.shell ↔ app.config, core.spec ↔ core.text were such). */
    @ArchTest
    static final ArchRule noCyclesBetweenAnyPackages = slices().matching("quatrain.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineKnowsNothingOfTheFrontEnds = noClasses().that().resideInAPackage("quatrain.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "quatrain.app..", "quatrain.cli..");

    /**
     * The engine's public API, as app and cli see it, speaks the project's own types: no engine class they use has
     * a public member whose signature names a DL4J/ND4J type or an engine type holding one (a {@code ModelBundle}).
     */
    @ArchTest
    static final ArchRule frontEndsSeeTheEngineInPlainTypes = classes().that()
            .resideInAnyPackage("quatrain.app..", "quatrain.cli..")
            .should(new ArchCondition<JavaClass>("use only engine classes whose public API names no DL4J/ND4J type") {
                @Override
                public void check(JavaClass front, ConditionEvents events) {
                    front.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                            .map(JavaClass::getBaseComponentType).distinct()
                            .filter(t -> t.getPackageName().startsWith("quatrain.engine"))
                            .forEach(engine -> exposedFrameworkTypes(engine).forEach(m -> events.add(
                                    SimpleConditionEvent.violated(front, front.getName() + " uses " + engine.getName()
                                            + ", whose " + m))));
                }
            });

    private static Stream<String> exposedFrameworkTypes(JavaClass engine) {
        Stream<String> members = Stream.concat(Stream.concat(engine.getMethods().stream(),
                engine.getConstructors().stream()), engine.getFields().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .flatMap(m -> involvedTypes(m).filter(LayeringTest::holdsFramework)
                        .map(t -> m.getFullName() + " names " + t.getName()));
        Stream<String> supertypes = Stream.concat(engine.getRawSuperclass().stream(), engine.getRawInterfaces().stream())
                .filter(LayeringTest::holdsFramework).map(t -> "supertype is " + t.getName());
        return Stream.concat(members, supertypes);
    }

    private static Stream<JavaClass> involvedTypes(JavaMember member) {
        Stream<JavaClass> types = member instanceof JavaField f ? f.getType().getAllInvolvedRawTypes().stream()
                : ((JavaCodeUnit) member).getAllInvolvedRawTypes().stream();
        return types.map(JavaClass::getBaseComponentType);
    }

    /** A DL4J/ND4J type, or an engine type with a field of one (a {@code ModelBundle} holding its network). */
    private static boolean holdsFramework(JavaClass type) {
        return isFramework(type) || type.getPackageName().startsWith("quatrain.engine")
                && type.getFields().stream().flatMap(f -> f.getType().getAllInvolvedRawTypes().stream())
                        .map(JavaClass::getBaseComponentType).anyMatch(LayeringTest::isFramework);
    }

    private static boolean isFramework(JavaClass type) {
        return type.getPackageName().startsWith("org.deeplearning4j") || type.getPackageName().startsWith("org.nd4j");
    }
}
