package org.stepwise.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough reading of our own server-rendered pages for the tests: an element's text, rows and links. */
final class Html {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*?(/?)>");
    private static final Pattern HREF = Pattern.compile("<a [^>]*href=\"([^\"]*)\"");

    private final String page;

    Html(String page) {
        this.page = page;
    }

    /** The text of the element with this id, tags removed and white space collapsed; null if there is none. */
    String text(String id) {
        String inner = inner(id);
        return inner == null ? null : words(inner);
    }

    /** The text of each row in the body of the table with this id. */
    List<String> rows(String tableId) {
        String table = inner(tableId);
        List<String> rows = new ArrayList<>();
        if (table == null) {
            return rows;
        }
        String body = table.substring(Math.max(0, table.indexOf("<tbody")));
        for (String row : body.split("<tr")) {
            if (row.contains("</tr>")) {
                rows.add(words("<tr" + row.substring(0, row.indexOf("</tr>"))));
            }
        }
        return rows;
    }

    /** Every link target inside the element with this id. */
    List<String> links(String id) {
        String inner = inner(id);
        List<String> links = new ArrayList<>();
        if (inner != null) {
            Matcher m = HREF.matcher(inner);
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
        }
        return links;
    }

    /** The text of each item of the error summary. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        Matcher m = Pattern.compile("<li><a href=\"#[^\"]*\">([^<]*)</a></li>").matcher(page);
        while (m.find()) {
            errors.add(unescape(m.group(1)));
        }
        return errors;
    }

    private String inner(String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        if (at < 0) {
            return null;
        }
        int open = page.lastIndexOf('<', at);
        Matcher start = TAG.matcher(page);
        start.find(open);
        String name = start.group(2);
        int depth = 0;
        Matcher tags = TAG.matcher(page);
        tags.region(open, page.length());
        while (tags.find()) {
            if (!tags.group(2).equalsIgnoreCase(name) || !tags.group(3).isEmpty()) {
                continue;
            }
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return page.substring(start.end(), tags.start());
            }
        }
        return page.substring(start.end());
    }

    private static String words(String html) {
        return unescape(html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
