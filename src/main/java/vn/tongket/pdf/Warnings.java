package vn.tongket.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Warnings of one conversion, in the order they were found, each said once. */
final class Warnings {

    private final Set<String> messages = new LinkedHashSet<>();

    void add(String location, String message) {
        messages.add(location + ": " + message);
    }

    List<String> toList() {
        return List.copyOf(messages);
    }
}
