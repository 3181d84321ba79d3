package vn.tongket.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tongket.render.TemplateCheck;

/** Compiles and fills every template with sample data, without running a job or opening the database. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Checks every Word template in the document folders (year-end/, ...) of the templates folder: compiles it",
            "and fills it with sample data made from the input, one data model for every unit and year with meetings",
            "and one for a unit whose only meeting reports nothing. Runs no job and writes nothing.",
            "Each problem is reported with the template file and its place in the document.",
            "Exits 0 when every template is fine, 2 when any template is wrong."})
public class TemplatesCheckCommand implements Callable<Integer> {

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "folder with the Word templates (year-end/*.docx); default: ${DEFAULT-VALUE}")
    Path templates;

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "folder with the meeting files the sample data is made from; default: ${DEFAULT-VALUE}")
    Path input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TemplateCheck.Report report = TemplateCheck.check(templates, input);
        report.notes().forEach(note -> out.println("note: " + note));
        report.folderProblems().forEach(p -> out.println(p.describe()));
        int fine = 0;
        for (TemplateCheck.Checked t : report.templates()) {
            if (t.fine()) {
                fine++;
                out.println(t.file() + ": fine" + (t.kind().isEmpty() ? " (compiled only)"
                        : " (filled with " + t.filledWith().size() + " sample data models: "
                        + String.join(", ", t.filledWith()) + ")"));
            } else {
                t.problems().forEach(p -> out.println(p.describe()));
            }
        }
        int total = report.templates().size();
        out.printf("%d template%s checked: %d fine, %d with problems%s%n", total, total == 1 ? "" : "s", fine,
                total - fine, report.folderProblems().isEmpty() ? ""
                        : "; " + report.folderProblems().size() + " folder problem"
                        + (report.folderProblems().size() == 1 ? "" : "s"));
        return report.fine() ? ExitCodes.OK : ExitCodes.REJECTED_INPUT;
    }
}
