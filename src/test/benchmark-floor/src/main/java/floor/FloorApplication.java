package floor;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The floor: what any Vaadin + Spring Boot app with actuator and one view costs to start. */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        SpringApplication.run(FloorApplication.class, args);
    }

    /** The one view. */
    @Route("")
    public static class HomeView extends VerticalLayout {

        public HomeView() {
            add(new H1("Floor"));
        }
    }
}
