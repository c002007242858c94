package jp.mamori.storage;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/**
 * The app's tables hold instants as UTC wall times in {@code datetime(6)} columns, whatever the JVM's time zone
 * (production servers and the tests run on Asia/Tokyo). Spring Data's own conversion would write them in the JVM's
 * zone, so the rows written before ADR 0044 would read nine hours off.
 */
@Configuration(proxyBeanMethods = false)
class StoredInstants {

  @Bean
  JdbcCustomConversions instantsAsUtcWallTime() {
    return new JdbcCustomConversions(List.of(new ToUtcWallTime(), new FromUtcWallTime(), new FromUtcTimestamp()));
  }

  /** Spring Data JDBC asks for a {@link Timestamp} for every instant it writes: the same as hand-written SQL's. */
  @WritingConverter
  static final class ToUtcWallTime implements Converter<Instant, Timestamp> {
    @Override
    public Timestamp convert(Instant instant) {
      return UtcColumns.timestamp(instant);
    }
  }

  @ReadingConverter
  static final class FromUtcWallTime implements Converter<LocalDateTime, Instant> {
    @Override
    public Instant convert(LocalDateTime wallTime) {
      return wallTime.toInstant(ZoneOffset.UTC);
    }
  }

  /** Drivers hand a {@code datetime} over as a {@link Timestamp} in the JVM's zone; its wall time is the stored one. */
  @ReadingConverter
  static final class FromUtcTimestamp implements Converter<Timestamp, Instant> {
    @Override
    public Instant convert(Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
  }
}
