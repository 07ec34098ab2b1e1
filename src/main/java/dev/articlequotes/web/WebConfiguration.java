package dev.articlequotes.web;

import java.util.Locale;

import dev.articlequotes.extraction.QuoteKind;

import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC settings of the API.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * The API's responses rendered once, early in the filter chain so that a cached
	 * answer costs no more than a lookup and a write; after the security headers and the
	 * method check ({@link HttpSurfaceConfiguration}), so that cached answers carry the
	 * headers too.
	 */
	@Bean
	FilterRegistrationBean<RenderedResponseCache> renderedResponseCache() {
		FilterRegistrationBean<RenderedResponseCache> registration = new FilterRegistrationBean<>(
				new RenderedResponseCache());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * The same renderings, answered by Jetty before the servlet application when the
	 * service runs on a server: see {@link CachedResponseHandler}; and connections that
	 * read on one thread at a time: see {@link SerialHttpConnectionFactory}.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> cachedResponses(
			FilterRegistrationBean<RenderedResponseCache> renderedResponseCache) {
		return (factory) -> factory.addServerCustomizers((server) -> {
			server.setHandler(new CachedResponseHandler(server.getHandler(), renderedResponseCache.getFilter()));
			SerialHttpConnectionFactory.install(server);
		});
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, QuoteKind.class, new QuoteKindConverter());
	}

	/**
	 * Reads a quotation kind as it is written on the wire ({@code direct}), ignoring
	 * case.
	 */
	static final class QuoteKindConverter implements Converter<String, QuoteKind> {

		@Override
		public QuoteKind convert(String source) {
			return QuoteKind.valueOf(source.strip().toUpperCase(Locale.ROOT));
		}

	}

}
