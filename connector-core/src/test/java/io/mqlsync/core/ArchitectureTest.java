package io.mqlsync.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;

/** The dependency rules of STYLE.md section 2, enforced on connector-core's production classes. */
@AnalyzeClasses(packages = "io.mqlsync.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] PURE = {"io.mqlsync.core.model..", "io.mqlsync.core.scoring..",
        "io.mqlsync.core.lifecycle..", "io.mqlsync.core.routing..", "io.mqlsync.core.planning..", "io.mqlsync.core.report..",
        "io.mqlsync.core.simulation.."};

    @ArchTest
    static final ArchRule pureDomainDoesNoIo = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "java.nio.file..",
                    "java.io..", "okhttp3..", "com.sforce..")
            .because("scoring, lifecycle, routing, planning and the KPI report are pure functions of their inputs");

    @ArchTest
    static final ArchRule coreHasNoVendorCode = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "com.sforce..", "com.github.tomakehurst..")
            .because("vendor code lives in the adapters");

    @ArchTest
    static final ArchRule modelDependsOnNothingElseInCore = noClasses().that().resideInAPackage("io.mqlsync.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.mqlsync.core.scoring..", "io.mqlsync.core.lifecycle..",
                    "io.mqlsync.core.routing..", "io.mqlsync.core.planning..", "io.mqlsync.core.sync..",
                    "io.mqlsync.core.state..", "io.mqlsync.core.config..", "io.mqlsync.core.spi..");

    @ArchTest
    static final ArchRule nothingDependsOnTheSyncEngine = noClasses().that().resideOutsideOfPackage("io.mqlsync.core.sync..")
            .should().dependOnClassesThat().resideInAPackage("io.mqlsync.core.sync..");

    @ArchTest
    static final ArchRule resilience4jStaysBehindTheCallPolicy = noClasses().that().resideOutsideOfPackage("io.mqlsync.core.resilience..")
            .should().dependOnClassesThat().resideInAPackage("io.github.resilience4j..")
            .because("adapters and the engine see the vendor-neutral CallPolicy, never Resilience4j types");

    @ArchTest
    static final ArchRule stateInternalsStayBehindTheStateApi = noClasses().that().resideOutsideOfPackage("io.mqlsync.core.state..")
            .should().dependOnClassesThat().resideInAPackage("io.mqlsync.core.state.internal..")
            .because("the engine and the app see StateDatabase and StateStore, never the JDBC detail");

    @ArchTest
    static final ArchRule timeIsInjected = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("time comes from an injected Clock; only the app wires the system clock");
}
