package vn.tongket.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the compiled FreeMarker of a template calls back into the engine for, numbered: drawings bound to data
 * (charts and pictures) and the macros and functions the template defines. Built while compiling, read-only after.
 *
 * <p>The engine's additions to the FreeMarker it writes use the names {@value #SESSION} (the fill's functions) and
 * {@value #DRAWING} (the drawing being written); a data model key of either name would be hidden.
 */
final class Bindings {

    static final String SESSION = "_tongket";
    static final String DRAWING = "_tongket_d";

    /** The name of a value in the data model, as typed after {@code chart:} or {@code image:}. */
    static final Pattern PATH = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*");

    private static final Pattern LOOP_VARIABLE =
            Pattern.compile("\\sas\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*(,\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*\\s*)?>$");
    private static final Pattern MACRO_NAME = Pattern.compile("^<#(?:macro|function)\\s+([^\\s>(]+)");

    sealed interface Binding permits Chart, Picture {
        PartRef owner();

        /** Where the drawing is: its paragraph. */
        String place();

        /** The name of the data, as typed: {@code attainmentByArea}, {@code unit.logo}. */
        String path();
    }

    /** A chart whose title reads {@code chart: path}; {@code relId} is its relationship in the owner part. */
    record Chart(PartRef owner, String place, String path, ChartTemplate chart, String relId) implements Binding {
    }

    /** A picture whose description reads {@code image: path}, in a box of {@code cx} by {@code cy} EMU. */
    record Picture(PartRef owner, String place, String path, long cx, long cy) implements Binding {
    }

    private final List<Binding> drawings = new ArrayList<>();
    /** A macro or function the template defines: where, and how a message names it ("the macro “m”"). */
    record Macro(PartRef ref, String place, String name) {
    }

    private final List<Macro> macros = new ArrayList<>();
    private final Map<String, ChartTemplate> charts = new LinkedHashMap<>();
    private final Map<String, Relationships> ownerRelationships = new HashMap<>();
    private PartRef part;

    int add(Binding b, Relationships ownerRels) {
        drawings.add(b);
        ownerRelationships.putIfAbsent(b.owner().zipName(), ownerRels);
        return drawings.size() - 1;
    }

    Binding drawing(int id) {
        return drawings.get(id);
    }

    boolean isEmpty() {
        return drawings.isEmpty();
    }

    /** The parts whose relationships may grow when filled (they hold bound drawings). */
    Map<String, Relationships> owners() {
        return ownerRelationships;
    }

    ChartTemplate chart(String part) {
        return charts.get(part);
    }

    void chart(ChartTemplate chart) {
        charts.put(chart.part, chart);
    }

    Iterable<ChartTemplate> charts() {
        return charts.values();
    }

    /** The part whose FreeMarker is being written (macros are described with it). */
    void writing(PartRef ref) {
        part = ref;
    }

    Macro macro(int id) {
        return macros.get(id);
    }

    /**
     * The FreeMarker the engine adds after a tag: a check of the iteration count at the start of each repetition of
     * a list, and a count of calls at the start of each macro or function (see {@link FillSession}).
     */
    String after(Token t, String place) {
        if (t.kind() != Token.Kind.DIRECTIVE) {
            return "";
        }
        String name = t.name();
        if (name.equals("list") || name.equals("items")) {
            Matcher m = LOOP_VARIABLE.matcher(t.ftl());
            return m.find() ? "<#if " + SESSION + ".step(" + m.group(1) + "?index)></#if>" : "";
        }
        if (name.equals("macro") || name.equals("function")) {
            Matcher m = MACRO_NAME.matcher(t.ftl());
            macros.add(new Macro(part, place, "the " + name + " “" + (m.find() ? m.group(1) : "?") + "”"));
            return "<#if " + SESSION + ".call(" + (macros.size() - 1) + ")></#if>";
        }
        return "";
    }
}
