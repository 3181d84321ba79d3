package vn.tongket.pdf;

/** A block of body, header, footer or cell content: a paragraph or a table. */
sealed interface Block permits ParagraphBlock, TableBlock {

    /** Where the block is in the document, for warnings ("paragraph 12", "table 2, row 1, cell 3, paragraph 1"). */
    String location();
}
