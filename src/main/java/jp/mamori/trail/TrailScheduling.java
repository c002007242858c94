package jp.mamori.trail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the access log's daily retention purge ({@link AccessLogRetention}). */
@Configuration
@EnableScheduling
class TrailScheduling {}
