package de.willkommensakademie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.willkommensakademie.base.content.AuthoringService;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.ContentVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

/** The architecture as tests: feature modules without cycles or reaching into internals, and the access rules. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.willkommensakademie");

    @Test
    void feature_modules_use_only_each_others_public_api_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void pages_never_start_threads_background_work_goes_through_a_service() {
        noClasses().that().resideInAPackage("..ui..").should().callMethod(Thread.class, "ofVirtual")
                .orShould().callMethod(Thread.class, "ofPlatform").orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("de.willkommensakademie.base.BackgroundWork")
                .because("services start background work with BackgroundWork, which tests run synchronously")
                .check(CLASSES);
    }

    @Test
    void views_never_use_the_unchecked_server_side_helpers() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().haveFullyQualifiedName(
                "de.willkommensakademie.people.StaffDirectory").orShould().dependOnClassesThat()
                .haveFullyQualifiedName("de.willkommensakademie.notice.NoticeSender")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("de.willkommensakademie.learning.TrainingStatuses")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("de.willkommensakademie.onboarding.OnboardingProgress")
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("de.willkommensakademie.certificate.ExpiringCertificates")
                .because("they skip the role checks; screens use the role-checked services").check(CLASSES);
    }

    @Test
    void the_shared_base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("de.willkommensakademie.base..").should().dependOnClassesThat()
                .resideInAnyPackage("de.willkommensakademie.people..", "de.willkommensakademie.audit..")
                .check(CLASSES);
    }

    @Test
    void every_public_service_method_states_who_may_call_it() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().arePublic().and().arePublic()
                .and().areNotDeclaredIn(de.willkommensakademie.audit.AuditLog.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .because("service methods are the last line of defence; the audit log is written on behalf of "
                        + "callers that were checked already")
                .check(CLASSES);
    }

    @Test
    void only_the_content_kernels_stores_create_published_versions() {
        noClasses().that().areNotAssignableTo(ContentStore.class).and().areNotAssignableTo(ContentVersion.class)
                .should().callConstructorWhere(JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(ContentVersion.class))))
                .because("publishing goes through ContentStore, which guards the transition and numbers versions")
                .check(CLASSES);
    }

    @Test
    void the_shared_authoring_service_methods_state_who_may_call_them() {
        methods().that().areDeclaredIn(AuthoringService.class).and().arePublic()
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .because("every feature's library service inherits them").check(CLASSES);
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
