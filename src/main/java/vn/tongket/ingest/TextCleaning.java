package vn.tongket.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import vn.tongket.vietnamese.VietnameseText;

/**
 * What both readers do with every text they read: put it in Unicode NFC and convert a legacy Vietnamese encoding,
 * or refuse the text, as the settings say. What was changed is told once per file, at the first place it happened.
 *
 * @param <P> a place in the file: a JSON pointer, a workbook cell
 */
final class TextCleaning<P> {

    private final InputSettings settings;
    private int nonNfc;
    private P firstNonNfc;
    private int legacy;
    private P firstLegacy;
    private String legacyExample;

    TextCleaning(InputSettings settings) {
        this.settings = settings;
    }

    /** The text to keep, or null when it is refused ({@code refuse} is then told why, and how to mend it). */
    String clean(String value, P place, Consumer<String> refuse) {
        String out = value;
        if (!VietnameseText.isNfc(out)) {
            if (settings.nonNfc() == MeetingReader.NonNfcPolicy.REJECT) {
                refuse.accept("text is not in Unicode NFC (its marks are decomposed): \"" + MeetingReader.shorten(out)
                        + "\"; save it with precomposed Unicode (NFC)");
                return null;
            }
            if (nonNfc++ == 0) {
                firstNonNfc = place;
            }
            out = VietnameseText.nfc(out);
        }
        Optional<LegacyVietnamese.Detection> detected = LegacyVietnamese.detect(out);
        if (detected.isPresent()) {
            String example = "\"" + MeetingReader.shorten(out) + "\" reads \""
                    + MeetingReader.shorten(detected.get().converted()) + "\" in " + detected.get().encoding().label();
            if (settings.legacyEncoding() == InputSettings.LegacyEncodingPolicy.REJECT) {
                refuse.accept("text in a legacy Vietnamese encoding: " + example + "; convert it to Unicode, for"
                        + " example with Unikey's converter");
                return null;
            }
            if (legacy++ == 0) {
                firstLegacy = place;
                legacyExample = example;
            }
            out = detected.get().converted();
        }
        return out;
    }

    /** One warning for the decomposed texts and one for the legacy ones, each at the first place it was seen. */
    List<InputProblem> warnings(BiFunction<P, String, InputProblem> at) {
        List<InputProblem> out = new ArrayList<>();
        if (nonNfc > 0) {
            out.add(at.apply(firstNonNfc, (nonNfc == 1 ? "1 text was" : nonNfc + " texts were")
                    + " not in Unicode NFC (decomposed marks), the first here; normalized to NFC"));
        }
        if (legacy > 0) {
            out.add(at.apply(firstLegacy, (legacy == 1 ? "1 text was" : legacy + " texts were")
                    + " in a legacy Vietnamese encoding, the first here: " + legacyExample + "; converted to Unicode"));
        }
        return out;
    }
}
