package dev.articlequotes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.articlequotes");

	/**
	 * {@code server → web → catalog → extraction → article}: the server carries the API's
	 * answers (and warms its controller up), the API knows nothing of how they travel.
	 */
	@Test
	void packageDependenciesShouldRunOneWayFromServerToArticle() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("server")
			.definedBy("dev.articlequotes.server..")
			.layer("web")
			.definedBy("dev.articlequotes.web..")
			.layer("catalog")
			.definedBy("dev.articlequotes.catalog..")
			.layer("extraction")
			.definedBy("dev.articlequotes.extraction..")
			.layer("article")
			.definedBy("dev.articlequotes.article..")
			.whereLayer("server")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("web")
			.mayOnlyBeAccessedByLayers("server")
			.whereLayer("catalog")
			.mayOnlyBeAccessedByLayers("web", "server")
			.whereLayer("extraction")
			.mayOnlyBeAccessedByLayers("catalog", "web", "server")
			.whereLayer("article")
			.mayOnlyBeAccessedByLayers("extraction", "catalog", "web", "server")
			.check(this.classes);
	}

	@Test
	void onlyTheServerPackageShouldTouchJetty() {
		noClasses().that()
			.resideOutsideOfPackage("dev.articlequotes.server..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.eclipse.jetty..")
			.check(this.classes);
	}

	@Test
	void onlySerialHttpConnectionFactoryShouldUseJettyInternals() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("dev.articlequotes.server.SerialHttpConnectionFactory")
			.and()
			.doNotHaveFullyQualifiedName("dev.articlequotes.server.SerialHttpConnectionFactory$SerialHttpConnection")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.eclipse.jetty..internal..")
			.check(this.classes);
	}

	@Test
	void extractionShouldBePlainJava() {
		noClasses().that()
			.resideInAPackage("dev.articlequotes.extraction..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "tools.jackson..", "com.fasterxml..", "jakarta..")
			.check(this.classes);
	}

	@Test
	void domainShouldCarryNoJsonAnnotations() {
		noClasses().that()
			.resideInAnyPackage("dev.articlequotes.article..", "dev.articlequotes.extraction..",
					"dev.articlequotes.catalog..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.fasterxml.jackson.annotation..", "io.swagger..")
			.check(this.classes);
	}

}
