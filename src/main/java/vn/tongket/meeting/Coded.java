package vn.tongket.meeting;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A fixed vocabulary whose members are written in the input by a short code and shown in documents by a label. */
public interface Coded {

    String code();

    String label();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown value \"" + code + "\", expected one of: "
                + Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")));
    }
}
