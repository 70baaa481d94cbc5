package se.samverkan.gvi.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverkan.gvi.audit.DecisionLog;
import se.samverkan.gvi.audit.DecisionLogEntry;
import se.samverkan.gvi.input.PlainText;
import se.samverkan.gvi.security.Actor;
import se.samverkan.gvi.web.PageOf;
import se.samverkan.gvi.web.Paging;

/**
 * Beslutslogg: the auditor's page of the decision log, newest first, filtered by subject and by
 * dates in the site's zone, with the chain's verification as {@code GET /api/v1/audit/verify}
 * answers it. Reading the log is itself an entry, as through the API.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final int MAX_SUBJECT = 200;

    private final DecisionLog decisionLog;
    private final PageFormats formats;

    AuditPageController(DecisionLog decisionLog, PageFormats formats) {
        this.decisionLog = decisionLog;
        this.formats = formats;
    }

    /** The filter as typed, kept on the page; {@code from} and {@code to} are dates, both inclusive. */
    public record Filter(String subject, String from, String to) {}

    @GetMapping("/audit")
    String log(
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") String page,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (subject.length() > MAX_SUBJECT || !PlainText.Check.isPlain(subject)) {
            errors.put("subject", "audit.error.subject");
        }
        @Nullable LocalDate fromDate = date(from, "from", errors);
        @Nullable LocalDate toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "audit.error.to.beforeFrom");
        }
        int pageNumber = Pages.requested(page);
        model.addAttribute("filter", new Filter(subject, from, to));
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("verification", decisionLog.verify(actor.site()));
            model.addAttribute("entries", new PageOf<DecisionLogEntry>(List.of(), 0));
            Pages.addTo(model, 0, 0, PAGE_SIZE);
            return "ui/audit";
        }
        @Nullable Instant start = fromDate == null ? null : formats.startOf(fromDate);
        @Nullable Instant end = toDate == null ? null : formats.startOf(toDate.plusDays(1));
        PageOf<DecisionLogEntry> entries = decisionLog.entries(
                actor, subject.isBlank() ? null : subject.strip(), start, end, Paging.of(pageNumber, PAGE_SIZE), true);
        // verified after the listing, so the count includes the entry that records this read
        model.addAttribute("verification", decisionLog.verify(actor.site()));
        model.addAttribute("entries", entries);
        Pages.addTo(model, pageNumber, entries.total(), PAGE_SIZE);
        return "ui/audit";
    }

    private static @Nullable LocalDate date(String value, String field, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "audit.error.date");
            return null;
        }
    }
}
