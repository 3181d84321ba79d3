package vn.tongket.docx;

/**
 * What is wrong with the data (or with what the template does with it) while a template is filled: thrown by the
 * engine's own functions inside FreeMarker, which adds the place in the template, and reported as a
 * {@link TemplateProblem}.
 */
final class FillProblem extends RuntimeException {

    FillProblem(String detail) {
        super(detail, null, false, false);
    }
}
