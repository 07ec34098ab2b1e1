package dev.articlequotes.web;

import java.util.List;

import dev.articlequotes.catalog.Catalog;
import dev.articlequotes.catalog.CatalogArticle;
import jakarta.validation.Validator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.http.MediaType;

/**
 * Does once, on a thread of its own while Tomcat starts, the cold work the first API
 * request would otherwise wait for: the controller's validation metadata, the JSON
 * serializers of the response records, the ETag digest and gzip. Runs when every
 * singleton, the catalog included, is ready; a failure here only costs the first request
 * its head start.
 */
final class FirstRequestWarmUp implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(FirstRequestWarmUp.class);

	private final ObjectProvider<Catalog> catalog;

	private final ObjectProvider<JsonMapper> jsonMapper;

	private final ObjectProvider<Validator> validator;

	FirstRequestWarmUp(ObjectProvider<Catalog> catalog, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<Validator> validator) {
		this.catalog = catalog;
		this.jsonMapper = jsonMapper;
		this.validator = validator;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Catalog catalog = this.catalog.getIfAvailable();
		JsonMapper jsonMapper = this.jsonMapper.getIfAvailable();
		if (catalog == null || jsonMapper == null) {
			return;
		}
		Validator validator = this.validator.getIfUnique();
		Thread thread = new Thread(() -> warmUp(catalog, jsonMapper, validator), "warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private static void warmUp(Catalog catalog, JsonMapper jsonMapper, Validator validator) {
		try {
			if (validator != null) {
				validator.getConstraintsForClass(ArticleController.class);
			}
			List<CatalogArticle> articles = catalog.articles();
			PageRequest firstPage = new PageRequest(0, Integer.parseInt(PageRequest.DEFAULT_SIZE));
			render(jsonMapper, PageResponse.of(articles, firstPage, ArticleSummaryResponse::from));
			if (!articles.isEmpty()) {
				render(jsonMapper, ArticleResponse.from(articles.get(0)));
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Warming up the first request failed", ex);
		}
	}

	private static void render(JsonMapper jsonMapper, Object body) {
		RenderedResponseCache.Rendering.of(MediaType.APPLICATION_JSON_VALUE, jsonMapper.writeValueAsBytes(body));
	}

}
