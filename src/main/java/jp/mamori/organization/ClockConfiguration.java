package jp.mamori.organization;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the hospital's time zone: the engine's ({@link EngineClock}), so that tests
 * move "now" for the glue and the timers alike with ClockUtil.
 */
@Configuration
class ClockConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return new EngineClock(ZoneId.of("Asia/Tokyo"));
  }
}
