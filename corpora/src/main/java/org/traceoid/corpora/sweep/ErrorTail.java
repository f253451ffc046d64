package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a failed run's stderr says: the whole end of it, kept with the result (a Java stack trace's
 * last frame alone says nothing), and one line that names the failure for tables and the console:
 * the first line that reads like a failure (an exception or error, a {@code traceoid:} message),
 * else the last line that is not a stack frame.
 */
final class ErrorTail {
    /** The most of a stderr's end kept with a result: enough for a trace of 50 frames. */
    static final int MAX_CHARS = 6000;
    private static final int MAX_SUMMARY = 300;
    private static final Pattern FRAME = Pattern.compile("^\\s*(at |\\.\\.\\. \\d+ more|Caused by: .*\\.\\.\\. )");
    private static final Pattern FAILURE = Pattern.compile(
            "(Exception|Error)(:|$)|^Exception in thread|^traceoid[a-z -]*:|^Caused by:|[Ee]rror|ERROR|not found|Killed");

    private ErrorTail() {
    }

    /** The last {@link #MAX_CHARS} characters, cut at a line start. */
    static String tail(String stderr) {
        String text = stderr.strip();
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        String end = text.substring(text.length() - MAX_CHARS);
        int newline = end.indexOf('\n');
        return "...\n" + (newline >= 0 ? end.substring(newline + 1) : end);
    }

    /** One line naming the failure (empty for an empty stderr). */
    static String summary(String stderr) {
        List<String> lines = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        String chosen = null;
        for (String line : lines) {
            if (!FRAME.matcher(line).find() && FAILURE.matcher(line).find()) {
                chosen = line;
                break;
            }
        }
        if (chosen == null) {
            for (int i = lines.size() - 1; i >= 0 && chosen == null; i--) {
                if (!FRAME.matcher(lines.get(i)).find()) {
                    chosen = lines.get(i);
                }
            }
        }
        if (chosen == null) {
            chosen = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
        return chosen.length() > MAX_SUMMARY ? chosen.substring(0, MAX_SUMMARY) + "..." : chosen;
    }
}
