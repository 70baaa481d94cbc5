package se.samverkan.gvi.ui;

import org.springframework.ui.Model;

/**
 * The page numbers of a list shown a page at a time (the inbox, the decision log) for the pager
 * fragment ({@code ui/fragments :: pager}).
 */
final class Pages {

    private Pages() {}

    /** The page asked for in the query string, counted from 0; anything that is not a page number shows the first. */
    static int requested(String page) {
        return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }

    /** Tells the pager which page is shown and how many pages {@code total} rows fill at {@code size} a page. */
    static void addTo(Model model, int page, long total, int size) {
        model.addAttribute("page", page);
        model.addAttribute("pages", (total + size - 1) / size);
    }
}
