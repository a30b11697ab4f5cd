package com.repaero.customer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering rules of the service, as tests (each names packages that exist, so none passes vacuously). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.repaero.customer");

    @Test
    void theDomainDoesNotKnowTheApi() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .check(CLASSES);
    }

    @Test
    void eventsDoNotDependOnTheApiOrOnEntities() {
        noClasses().that().resideInAPackage("..messaging..").and().areRecords()
                .should().dependOnClassesThat().resideInAPackage("..api..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    @Test
    void resourcesLiveInApiAndEntitiesInDomain() {
        classes().that().areAnnotatedWith(Path.class).should().resideInAPackage("..api..").check(CLASSES);
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..").check(CLASSES);
    }

    @Test
    void entitiesNeverCrossTheHttpBoundary() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a type that is not an entity", type -> !type.isAnnotatedWith(Entity.class)))
                .check(CLASSES);
    }

    @Test
    void injectionIsByConstructor() {
        noFields().should().beAnnotatedWith(Inject.class).check(CLASSES);
    }
}
