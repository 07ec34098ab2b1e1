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

	@Test
	void packageDependenciesShouldRunOneWayFromWebToArticle() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("web")
			.definedBy("dev.articlequotes.web..")
			.layer("catalog")
			.definedBy("dev.articlequotes.catalog..")
			.layer("extraction")
			.definedBy("dev.articlequotes.extraction..")
			.layer("article")
			.definedBy("dev.articlequotes.article..")
			.whereLayer("web")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("catalog")
			.mayOnlyBeAccessedByLayers("web")
			.whereLayer("extraction")
			.mayOnlyBeAccessedByLayers("catalog", "web")
			.whereLayer("article")
			.mayOnlyBeAccessedByLayers("extraction", "catalog", "web")
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
