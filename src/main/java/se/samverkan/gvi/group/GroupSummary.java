package se.samverkan.gvi.group;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A group as a list of groups shows it: what it is called, where, and how often it has been mapped. */
public record GroupSummary(
        String ref,
        String name,
        String area,
        int audits,
        @Nullable LocalDate lastMappedOn) {}
