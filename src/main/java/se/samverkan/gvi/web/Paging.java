package se.samverkan.gvi.web;

import org.jspecify.annotations.Nullable;
import se.samverkan.gvi.refusal.InvalidRequestException;

/**
 * Which page of a list is asked for: {@code page} from 0, {@code size} default 50, at most 500.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(@Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
