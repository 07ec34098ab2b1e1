package dev.articlequotes.web;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * What the service shows to any client, hostile ones included: the methods it answers,
 * its security headers, CORS for browser apps, and problem details for errors raised
 * outside Spring MVC (Jetty's own refusals, refused CORS pre-flights).
 */
@Configuration(proxyBeanMethods = false)
class HttpSurfaceConfiguration implements WebMvcConfigurer {

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

	/** Any origin may read the API from a browser; nothing else is cross-origin. */
	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "HEAD", "OPTIONS").maxAge(3600);
	}

	/** Replaces Jetty's HTML error page with problem details. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableJettyWebServerFactory> problemErrorHandler() {
		return (factory) -> factory.addServerCustomizers((server) -> server.setErrorHandler(new ProblemErrorHandler()));
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
			response.setStatusCode(HttpStatus.FORBIDDEN);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			response.getBody()
				.write(ProblemWriter.body(403, "This cross-origin request is not allowed: the API answers GET, HEAD "
						+ "and OPTIONS from any origin.", null));
			response.flush();
		}

	}

}
