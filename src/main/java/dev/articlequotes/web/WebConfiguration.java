package dev.articlequotes.web;

import java.util.Locale;

import dev.articlequotes.extraction.QuoteKind;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC settings of the API.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

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
