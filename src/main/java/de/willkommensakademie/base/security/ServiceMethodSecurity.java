package de.willkommensakademie.base.security;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.stereotype.Service;

/**
 * {@code @RolesAllowed} and {@code @PermitAll} enforced on service methods. Spring's own JSR-250 switch would also
 * proxy every Vaadin view (they carry the same annotations for navigation access control), so the check is limited to
 * {@code @Service} classes here; views are guarded by Vaadin's navigation access control instead.
 */
@Configuration
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedOnServices() {
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new AnnotationMatchingPointcut(Service.class, true), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }
}
