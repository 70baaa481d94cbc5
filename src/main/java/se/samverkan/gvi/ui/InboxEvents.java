package se.samverkan.gvi.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.samverkan.gvi.incident.IncidentReported;
import se.samverkan.gvi.security.Actor;

/**
 * The inbox's event stream ({@code /inbox/events}) and the open inboxes, told by server-sent events when an incident of their site has been stored.
 * The event carries only the incident reference: the page reloads its list itself, through the
 * same read (and decision-log entry) as any other.
 */
@Controller
class InboxEvents {

    private static final Logger log = LoggerFactory.getLogger(InboxEvents.class);
    /** An inbox left open reconnects after this (the browser's EventSource does so by itself). */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<SseEmitter, String> open = new ConcurrentHashMap<>();

    @GetMapping(path = "/inbox/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(Actor actor) {
        return subscribe(actor.site());
    }

    SseEmitter subscribe(String site) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        open.put(emitter, site);
        emitter.onCompletion(() -> open.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(e -> open.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("ready").data("ready"));
        } catch (IOException e) {
            open.remove(emitter);
        }
        return emitter;
    }

    /** After the report committed, so no inbox is told about one that was rolled back. */
    @TransactionalEventListener
    void incidentReported(IncidentReported event) {
        open.forEach((emitter, site) -> {
            if (site.equals(event.site())) {
                try {
                    emitter.send(SseEmitter.event().name("incident").data(event.reference()));
                } catch (IOException | IllegalStateException gone) {
                    open.remove(emitter);
                    log.debug("an inbox went away before it was told about an incident");
                }
            }
        });
    }

    /**
     * Ends every open stream when the service stops: otherwise the graceful shutdown would wait its
     * whole timeout for these never-ending requests. The browsers reconnect to the next instance.
     */
    @EventListener(ContextClosedEvent.class)
    void serviceStopping() {
        open.keySet().forEach(SseEmitter::complete);
        open.clear();
    }

    int openInboxes() {
        return open.size();
    }
}
