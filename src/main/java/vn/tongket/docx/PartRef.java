package vn.tongket.docx;

/** One templated part of one template file: what a {@link TemplateProblem} found in it is attributed to. */
record PartRef(String template, String zipName, String label) {

    static PartRef of(String template, String zipName, boolean mainDocument) {
        if (mainDocument) {
            return new PartRef(template, zipName, "document body");
        }
        String file = zipName.substring(zipName.lastIndexOf('/') + 1);
        return new PartRef(template, zipName, file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file);
    }

    TemplateProblem problem(String place, String detail) {
        return new TemplateProblem(template, label, place, detail);
    }

    TemplateProblem problem(String place, String detail, Throwable cause) {
        return new TemplateProblem(template, label, place, detail, cause);
    }

    /** The name FreeMarker knows the part's template by. */
    String ftlName() {
        return template + "!" + zipName;
    }
}
