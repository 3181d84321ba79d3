package vn.tongket;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring context behind the batch commands; the command line itself is {@link vn.tongket.cli.Main}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TongketApplication {
}
