package bench.stack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The empty application of bench/startup with the service's stack on its class path: one
 * endpoint, and whatever validation, actuator and springdoc configure by themselves.
 */
@SpringBootApplication
@RestController
public class StackApplication {

	@GetMapping("/")
	String hello() {
		return "{}";
	}

	public static void main(String[] args) {
		SpringApplication.run(StackApplication.class, args);
	}

}
