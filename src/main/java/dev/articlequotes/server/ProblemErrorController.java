package dev.articlequotes.server;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page for errors that reach the servlet container rather than Spring MVC's
 * exception handling (a method the container refuses, an exception thrown by a filter):
 * always a problem detail, whatever the request accepts, with no exception text. Replaces
 * Spring Boot's {@code BasicErrorController}, which answers HTML or its own JSON shape.
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer status)) {
			// Requested directly rather than dispatched to after an error: there is no
			// such page
			ProblemWriter.write(response, HttpServletResponse.SC_NOT_FOUND, null, request.getRequestURI());
			return;
		}
		if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
			response.setHeader(HttpHeaders.ALLOW, AllowedMethodsFilter.ALLOW);
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemWriter.write(response, (status >= 400 && status <= 599) ? status : 500, null,
				(uri instanceof String path) ? path : null);
	}

}
