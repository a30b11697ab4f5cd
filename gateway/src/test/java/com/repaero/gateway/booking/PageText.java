package com.repaero.gateway.booking;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.jsoup.Jsoup;

/** Matches an HTML page by the text a person reads (entities decoded: Qute escapes apostrophes). */
final class PageText {

    private PageText() {
    }

    static Matcher<String> shows(String text) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String html) {
                return Jsoup.parse(html).text().contains(text);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a page showing ").appendValue(text);
            }
        };
    }
}
