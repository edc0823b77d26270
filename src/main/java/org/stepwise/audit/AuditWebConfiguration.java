package org.stepwise.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the page interceptor in front of every controller, so no other module has to register it. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final PageAccessInterceptor pages;

    AuditWebConfiguration(PageAccessInterceptor pages) {
        this.pages = pages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(pages).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/favicon.*",
                "/actuator/**");
    }
}
