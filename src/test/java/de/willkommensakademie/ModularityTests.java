package de.willkommensakademie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.willkommensakademie.audit.AuditLog;
import de.willkommensakademie.base.content.AuthoringService;
import de.willkommensakademie.base.content.ContentStore;
import de.willkommensakademie.base.content.ContentVersion;
import de.willkommensakademie.base.security.AppUser;
import de.willkommensakademie.base.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

/** The architecture as tests: feature modules without cycles or reaching into internals, and the access rules. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    /** Our code only: a build with {@code -Paot} leaves Spring's generated classes ({@code Foo__…}) beside it. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("__"))
            .importPackages("de.willkommensakademie");

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
                .and().areNotDeclaredIn(AuditLog.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .because("service methods are the last line of defence; the audit log is written on behalf of "
                        + "callers that were checked already")
                .check(CLASSES);
    }

    /** Base infrastructure that reads the signed-in person's authority for itself, not for a feature's records. */
    private static final Set<String> INFRASTRUCTURE = Set.of(
            "de.willkommensakademie.base.ui.MainLayout", // shows authority menus only to people with an authority
            "de.willkommensakademie.base.events.FailingEvents"); // counts failing events of the admin's authority

    /** Demo data runners read the authority of the demo accounts they fill, nobody is signed in. */
    private static final Set<String> DEMO_DATA = Set.of(
            "de.willkommensakademie.language.DemoLanguages",
            "de.willkommensakademie.learning.DemoAssignments");

    @Test
    void only_access_classes_read_the_signed_in_persons_authority() {
        DescribedPredicate<JavaClass> others = DescribedPredicate.describe("are no …Access class, not in the"
                + " security package and not listed as infrastructure or demo data", type -> {
                    String topLevel = type.getName().replaceFirst("\\$.*", "");
                    return !(topLevel.endsWith("Access") || type.getPackageName().startsWith(
                            "de.willkommensakademie.base.security") || INFRASTRUCTURE.contains(topLevel)
                            || DEMO_DATA.contains(topLevel));
                });
        noClasses().that(others)
                .should().callMethod(CurrentUser.class, "authorityId")
                .orShould().callMethod(AppUser.class, "authorityId")
                .because("\"who may see what\" lives in one …Access class per feature, where a list and a single"
                        + " record share one predicate")
                .check(CLASSES);
    }

    /** Every exception is still needed: a listed class that no longer reads the authority is taken off its list. */
    @Test
    void the_listed_exceptions_name_only_classes_that_still_read_the_authority() {
        for (String name : Stream.concat(INFRASTRUCTURE.stream(), DEMO_DATA.stream()).toList()) {
            JavaClass type = CLASSES.get(name);
            boolean reads = CLASSES.stream().filter(candidate -> candidate.getName().replaceFirst("\\$.*", "")
                    .equals(type.getName())).flatMap(candidate -> candidate.getMethodCallsFromSelf().stream())
                    .anyMatch(call -> call.getName().equals("authorityId") && (call.getTargetOwner()
                            .isEquivalentTo(CurrentUser.class) || call.getTargetOwner().isEquivalentTo(AppUser.class)));
            Assertions.assertThat(reads).as(name + " no longer reads the authority: take it off the list")
                    .isTrue();
        }
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
