package dev.articlequotes.server;

import java.lang.reflect.Method;

import dev.articlequotes.web.ArticleController;
import jakarta.validation.Validator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Does the cold work of the first API request on a thread of its own while the context
 * starts, as the catalog is built: the controller's validation metadata, the JSON
 * serializers of every response type, the ETag digest and gzip. The first request then
 * finds them ready. A failure here costs the first request its head start, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class FirstRequestWarmUp {

	private static final Log logger = LogFactory.getLog(FirstRequestWarmUp.class);

	private final JsonMapper jsonMapper;

	private final Validator validator;

	// Resolved here, on the main thread: a background bean may not create the beans it
	// needs
	FirstRequestWarmUp(ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<Validator> validator) {
		this.jsonMapper = jsonMapper.getIfAvailable();
		this.validator = validator.getIfUnique();
	}

	/** The warm-up, done once; the bean itself is only its marker. */
	@Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
	Warm firstRequestWarm() {
		try {
			if (this.validator != null) {
				this.validator.getConstraintsForClass(ArticleController.class);
			}
			if (this.jsonMapper != null) {
				for (Method method : ArticleController.class.getDeclaredMethods()) {
					if (AnnotatedElementUtils.hasAnnotation(method, GetMapping.class)) {
						// What Spring MVC's converter asks for: a writer for the declared
						// type, whose serializers the mapper then keeps
						this.jsonMapper.writerFor(this.jsonMapper.constructType(method.getGenericReturnType()));
					}
				}
			}
			KeptAnswer.of(MediaType.APPLICATION_JSON_VALUE, new byte[4096]);
		}
		catch (RuntimeException ex) {
			logger.debug("Warming up the first request failed", ex);
		}
		return new Warm();
	}

	/** That the warm-up ran. */
	static final class Warm {

	}

}
