package vn.tongket.jobs;

import java.time.LocalDate;
import java.util.Set;

/**
 * What one run covers: the period's key ({@code 2023}, {@code 2020-h1}, {@code 2020-2025}), the as-of date where the
 * document has one (the mid-term pack), and the units asked for (empty: every unit with data).
 */
public record RunScope(String period, LocalDate asOf, Set<String> units) {

    public RunScope {
        units = Set.copyOf(units);
    }

    public boolean includes(String unit) {
        return units.isEmpty() || units.contains(unit);
    }
}
