package dev.articlequotes.server;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jetty.ConfigurableJettyWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * How answers travel, and what the service shows to any client, hostile ones included.
 * <p>
 * The servlet filters, in the order they run:
 * <ol>
 * <li>{@link SecurityHeadersFilter}: the security headers, on every dispatch, errors
 * included;</li>
 * <li>{@link AllowedMethodsFilter}: GET, HEAD and OPTIONS only, anything else a 405;</li>
 * <li>{@link RenderedResponseCache}: the API's answers rendered once, early so that a
 * kept answer costs no more than a lookup and a write, after the two above so that it
 * carries their headers.</li>
 * </ol>
 * In front of the servlet application, Jetty answers the kept renderings itself
 * ({@link CachedResponseHandler}) on connections that read on one thread at a time
 * ({@link SerialHttpConnectionFactory}), and writes problem details for the requests it
 * refuses ({@link ProblemErrorHandler}). CORS lets any origin read the API, and a refused
 * pre-flight is a problem detail too.
 */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	@Bean
	FilterRegistrationBean<AllowedMethodsFilter> allowedMethodsFilter() {
		FilterRegistrationBean<AllowedMethodsFilter> registration = new FilterRegistrationBean<>(
				new AllowedMethodsFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RenderedResponseCache> renderedResponseCache() {
		FilterRegistrationBean<RenderedResponseCache> registration = new FilterRegistrationBean<>(
				new RenderedResponseCache());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Jetty's own part: the kept renderings answered before the servlet application,
	 * connections that read on one thread at a time, and problem details instead of
	 * Jetty's HTML error page.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> jettyServer(
			FilterRegistrationBean<RenderedResponseCache> renderedResponseCache) {
		return (factory) -> factory.addServerCustomizers((server) -> {
			server.setHandler(new CachedResponseHandler(server.getHandler(), renderedResponseCache.getFilter()));
			SerialHttpConnectionFactory.install(server);
			server.setErrorHandler(new ProblemErrorHandler());
		});
	}

	/** Any origin may read the API from a browser; nothing else is cross-origin. */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "HEAD", "OPTIONS").maxAge(3600);
	}

	/** Refused CORS pre-flights answer a problem detail rather than plain text. */
	@Bean
	static BeanPostProcessor problemCorsRejection() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(new ProblemCorsProcessor());
				}
				return bean;
			}
		};
	}

	/** Spring's CORS checks, with a problem detail for a refused request. */
	static final class ProblemCorsProcessor extends DefaultCorsProcessor {

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			// Spring makes this response around the servlet one, with no header of its
			// own
			// yet
			ProblemWriter.write(((ServletServerHttpResponse) response).getServletResponse(), 403,
					"This cross-origin request is not allowed: the API answers GET, HEAD and OPTIONS from any origin.",
					null);
		}

	}

}
