package vn.tongket.jobs;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the nightly run makes (application.yml, prefix "tongket.nightly").
 *
 * @param documents the kinds of document by folder name (year-end, half-year, mid-term); empty: every kind
 * @param cron      when {@code tongket schedule} runs it, as a Spring cron expression (second minute hour day month
 *                  weekday); default 02:00 every night
 * @param zone      the time zone of {@code cron} and of the run date; empty: the machine's
 */
@ConfigurationProperties("tongket.nightly")
public record NightlyProperties(@DefaultValue List<String> documents, @DefaultValue("0 0 2 * * *") String cron,
                                @DefaultValue("") String zone) {
}
