package org.socialprotection.map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workspace.RecordEditor;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features reach each other only through their public types, and without cycles; the workspace is machinery
 * that knows the record types only through their registered editors.
 */
class ModularityTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.socialprotection.map");

    @Test
    void featuresFormNoCycles() {
        ApplicationModules.of(MapApplication.class).verify();
    }

    @Test
    void workspaceImportsNoFeature() {
        noClasses().that().resideInAPackage("..map.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("..map.scheme..", "..map.observation..",
                        "..map.publication..", "..map.indicator..", "..map.country..", "..map.history..",
                        "..map.importer..", "..map.media..")
                .because("the workspace is the editing machinery; each feature's write side lives in the feature")
                .check(MAIN);
    }

    @Test
    void eachEditorLivesBesideItsRecord() {
        classes().that().implement(RecordEditor.class)
                .should().resideOutsideOfPackage("..map.workspace..")
                .andShould().beAnnotatedWith(org.springframework.core.annotation.Order.class)
                .check(MAIN);
        assertThat(MAIN.stream().filter(c -> c.isAssignableTo(RecordEditor.class) && !c.isInterface()).count())
                .as("one editor per record type").isEqualTo(MAIN.stream()
                        .filter(c -> c.isAssignableTo(AtlasRecord.class) && !c.getModifiers()
                                .contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)).count());
    }

    /** The workflow, the lists and the history ask the record (AtlasRecord) or its editor, never its class. */
    @Test
    void noCodeSwitchesOnTheRecordClasses() {
        noClasses().should(new ArchCondition<>("test whether a value is one particular kind of record") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getCodeUnits().stream().flatMap(unit -> unit.getInstanceofChecks().stream())
                        .filter(check -> check.getRawType().isAssignableTo(AtlasRecord.class)
                                && !check.getRawType().isEquivalentTo(AtlasRecord.class))
                        .forEach(check -> events.add(SimpleConditionEvent.violated(item, check.getOwner()
                                .getFullName() + " tests instanceof " + check.getRawType().getName())));
            }
        }).check(MAIN);
    }
}
