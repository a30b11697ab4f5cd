package com.repaero.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering rules every service keeps ({@code <feature>/api}, {@code domain}, {@code messaging}), as tests: a
 * service's {@code ArchitectureTest} extends this with its root package. Each rule names packages that exist in every
 * service, so none passes vacuously.
 */
public abstract class LayeringRules {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final JavaClasses classes;

    protected LayeringRules(String rootPackage) {
        // JUnit makes one instance per test: the classes are read once per service.
        this.classes = IMPORTED.computeIfAbsent(rootPackage, root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root));
    }

    @Test
    void theDomainDoesNotKnowTheApi() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .check(classes);
    }

    @Test
    void eventsDoNotDependOnTheApiOrOnEntities() {
        noClasses().that().resideInAPackage("..messaging..").and().areRecords()
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void resourcesLiveInApiAndEntitiesInDomain() {
        classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("..api..").check(classes);
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..").check(classes);
    }

    @Test
    void entitiesNeverCrossTheHttpBoundary() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should().haveRawReturnType(DescribedPredicate.describe("a type that is not an entity",
                        type -> !type.isAnnotatedWith(Entity.class)))
                .check(classes);
    }

    @Test
    void injectionIsByConstructor() {
        noFields().should().beAnnotatedWith(Inject.class).check(classes);
    }
}
