package bench.empty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The empty Spring Boot MVC application that bench/startup compares the service with.
 */
@SpringBootApplication
@RestController
public class EmptyApplication {

	@GetMapping("/")
	String hello() {
		return "{}";
	}

	public static void main(String[] args) {
		SpringApplication.run(EmptyApplication.class, args);
	}

}
