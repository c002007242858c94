package jp.mamori.organization.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** {@link BusinessCalendar} が {@code mamori.calendar.*} を受け取れるようにする。 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BusinessCalendarProperties.class)
public class BusinessCalendarConfiguration {
}
