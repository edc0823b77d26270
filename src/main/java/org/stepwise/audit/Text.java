package org.stepwise.audit;

/**
 * Makes free text storable exactly as given: PostgreSQL refuses NUL characters and a lone surrogate would not
 * survive UTF-8, so either would make the stored event differ from the hashed one.
 */
final class Text {

    private static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength));
        for (int i = 0; i < text.length() && out.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out.length() + 2 > maxLength) {
                    break;
                }
                out.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
