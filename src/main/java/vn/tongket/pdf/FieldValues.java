package vn.tongket.pdf;

/** The text that replaces a page-number field where it is drawn. */
@FunctionalInterface
interface FieldValues {

    String valueOf(Inline.PageField field);
}
