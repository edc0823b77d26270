package org.stepwise.scale;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource so every SQL statement run on a thread is counted, for tests that count what
 * a page asks of the database. The counts are per thread, and MockMvc serves a request on the test's own thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    static final String NAME = "counted";

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(ds).name(NAME).countQuery().build() : bean;
            }
        };
    }

    /** Statements of every kind (reads, writes, others such as set or call) run on this thread since the last reset. */
    static long statements() {
        var count = QueryCountHolder.get(NAME);
        return count == null ? 0 : count.getTotal();
    }

    static void reset() {
        QueryCountHolder.clear();
    }
}
