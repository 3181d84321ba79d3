/**
 * The template engine: FreeMarker inside ordinary Word documents.
 *
 * <p>A clerk types FreeMarker in Word as normal text. {@code ${unit.name}} is replaced by its value, which keeps the
 * formatting of the placeholder's first character. A paragraph holding nothing but tags ({@code <#list xs as x>},
 * {@code </#list>}, {@code <#if c>}, {@code <#else>}, {@code <#assign ...>}, comments) disappears and its tags act on
 * the paragraphs, tables and sections between: they repeat or drop them, nested to any depth. A table row whose
 * cells hold nothing but tags does the same for the rows between. Tags among other text act inside the text.
 *
 * <p>{@link vn.tongket.docx.DocxTemplate#compile} does all the parsing: it splices shared fragments into paragraphs
 * holding {@code <#include "name">} ({@link vn.tongket.docx.FragmentSplicer}); for each part with document text it
 * finds the charts and pictures bound to data ({@link vn.tongket.docx.DrawingBindings}, compiling bound charts into
 * {@link vn.tongket.docx.ChartTemplate}s), gathers tokens split over runs ({@link vn.tongket.docx.RunNormalizer}),
 * writes the part as one FreeMarker template with static XML escaped ({@link vn.tongket.docx.PartWriter}), checks
 * that tags pair at one level of the document ({@link vn.tongket.docx.DirectiveChecker}) and compiles it with the
 * locked-down {@link vn.tongket.docx.FreemarkerSettings}. {@link vn.tongket.docx.DocxTemplate#fill} only runs the
 * templates, writes the charts, workbooks and pictures they reached and the zip ({@link vn.tongket.docx.FillSession}),
 * within {@link vn.tongket.docx.FillLimits}. Problems are {@link vn.tongket.docx.TemplateProblem}s that name the
 * file, the part and the place.
 *
 * <p>{@link vn.tongket.docx.WordCharts} adds bound charts to documents that template generators write with POI.
 *
 * <p>Templates may write numbers, money, percentages and dates the Vietnamese way themselves, through the custom
 * number formats and the {@code vn} functions of {@link vn.tongket.docx.VietnameseFormats}, which hand over to
 * {@link vn.tongket.vietnamese.VietnameseFormat}.
 */
package vn.tongket.docx;
