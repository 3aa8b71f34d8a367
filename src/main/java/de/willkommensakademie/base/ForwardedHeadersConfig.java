package de.willkommensakademie.base;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties.ForwardHeadersStrategy;
import org.springframework.boot.web.server.autoconfigure.servlet.ForwardedHeaderFilterCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * {@code FORWARD_HEADERS_STRATEGY=framework} decided at run time. Boot registers Spring's forwarded-header filter only
 * when the strategy is {@code framework} while the beans are decided, which a Spring AOT build (the Docker image's)
 * does once, at build time. This registration always exists, so Boot's backs off, and is switched on when the app
 * starts with that strategy; order and dispatcher types as Boot's. ({@code native} is Tomcat's own, read at start.)
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfig {

    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeaders(ServerProperties server,
            ObjectProvider<ForwardedHeaderFilterCustomizer> customizers) {
        ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
        customizers.orderedStream().forEach(customizer -> customizer.customize(filter));
        FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(server.getForwardHeadersStrategy() == ForwardHeadersStrategy.FRAMEWORK);
        return registration;
    }
}
