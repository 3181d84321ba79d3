package vn.tongket.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** The sample input plus copies of seed 000 (Thường Tín 2023) as other units, for runs long enough to interrupt. */
final class SyntheticInput {

    private SyntheticInput() {
    }

    static Path write(Path folder, int extraUnits) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> sample = Files.list(Path.of("input"))) {
            for (Path file : sample.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        String seed = Files.readString(Path.of("input/000-thuong-tin-2023-kiem-diem.json"));
        for (int i = 0; i < extraUnits; i++) {
            String id = String.format(Locale.ROOT, "%03d", i);
            Files.writeString(folder.resolve("100-don-vi-" + id + ".json"), seed
                    .replace("\"id\": \"thuong-tin-2023-kiem-diem-btv\"", "\"id\": \"don-vi-" + id + "-2023\"")
                    .replace("\"id\": \"thuong-tin\"", "\"id\": \"don-vi-" + id + "\""));
        }
        return folder;
    }
}
