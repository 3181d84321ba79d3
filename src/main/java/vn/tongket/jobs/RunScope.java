package vn.tongket.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * What one run covers: the period's key ({@code 2023}, {@code 2020-h1}, {@code 2020-2025}), the as-of date where the
 * document has one (the mid-term pack), the units asked for (empty: every unit with data), and the input folder the
 * meetings were read from (the mid-term pack names its input files with their SHA-256).
 */
public record RunScope(String period, LocalDate asOf, Set<String> units, Path input) {

    public RunScope {
        units = Set.copyOf(units);
    }

    public boolean includes(String unit) {
        return units.isEmpty() || units.contains(unit);
    }
}
