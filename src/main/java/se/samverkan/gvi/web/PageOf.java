package se.samverkan.gvi.web;

import java.util.List;

/** A page of a list: {@code {items, total}} (docs/api.md). */
public record PageOf<T>(List<T> items, long total) {

    public PageOf {
        items = List.copyOf(items);
    }
}
