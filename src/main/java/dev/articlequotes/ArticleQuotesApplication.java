package dev.articlequotes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Serves news articles, the people quoted in them and their quotations as a JSON API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArticleQuotesApplication {

	public static void main(String[] args) {
		SpringApplication.run(ArticleQuotesApplication.class, args);
	}

}
