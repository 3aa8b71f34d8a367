package de.willkommensakademie.base.startup;

import java.lang.reflect.Method;
import java.time.Duration;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.stereotype.Component;

/**
 * While start-up steps are recorded ({@link StartupSteps}), times each {@link ApplicationRunner} and each
 * {@code @EventListener(ApplicationReadyEvent.class)} method of ours: shipped content, the demo data, single sign-on
 * from properties, the start-up lock, the reminders at start-up. Otherwise it leaves every bean as it is.
 */
@Component
class RunnerSteps implements BeanPostProcessor, ApplicationStartupAware {

    private static final String OUR_PACKAGE = "de.willkommensakademie.";

    private boolean recording;

    @Override
    public void setApplicationStartup(ApplicationStartup startup) {
        recording = startup instanceof BufferingApplicationStartup;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (!recording || !type.getName().startsWith(OUR_PACKAGE)) {
            return bean;
        }
        boolean runner = bean instanceof ApplicationRunner;
        if (!runner && !hasReadyListener(type)) {
            return bean;
        }
        StaticMethodMatcherPointcutAdvisor advisor = new StaticMethodMatcherPointcutAdvisor(timed(beanName)) {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                return runner && method.getName().equals("run") && method.getParameterCount() == 1
                        || isReadyListener(method);
            }
        };
        if (bean instanceof Advised advised && !advised.isFrozen()) {
            advised.addAdvisor(0, advisor);
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        // A runner made by a lambda (@Bean methods) can only be proxied by its interface; classes keep their type,
        // so event listener methods and @Order stay visible.
        proxy.setProxyTargetClass(!type.isSynthetic() && !type.isHidden());
        if (!proxy.isProxyTargetClass()) {
            proxy.addInterface(ApplicationRunner.class);
        }
        proxy.addAdvisor(advisor);
        return proxy.getProxy(type.getClassLoader());
    }

    private MethodInterceptor timed(String beanName) {
        return invocation -> {
            long startedCpu = StartupSteps.threadCpuNanos();
            long started = System.nanoTime();
            try {
                return invocation.proceed();
            } finally {
                StartupSteps.logged(beanName + "." + invocation.getMethod().getName(),
                        Duration.ofNanos(System.nanoTime() - started), StartupSteps.threadCpuNanos() - startedCpu);
            }
        };
    }

    private static boolean hasReadyListener(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (isReadyListener(method)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReadyListener(Method method) {
        EventListener listener = AnnotatedElementUtils.findMergedAnnotation(method, EventListener.class);
        return listener != null && (StartupSteps.anyOf(listener.value(), ApplicationReadyEvent.class)
                || StartupSteps.anyOf(listener.classes(), ApplicationReadyEvent.class));
    }
}
