package se.samverkan.gvi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param enabled load the fictional demo data set into an empty embedded database */
@ConfigurationProperties("gvi.demo")
public record GviDemoSettings(@DefaultValue("true") boolean enabled) {}
