package vn.tongket.pdf;

import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.w3c.dom.Element;

/**
 * What the relationships of one package part (the document, a header, a footer) lead to: image bytes, chart parts
 * and hyperlink targets, by relationship id. Each lookup gives null when the id leads nowhere usable.
 */
interface RelatedParts {

    RelatedParts NONE = new RelatedParts() {
        @Override
        public byte[] image(String id) {
            return null;
        }

        @Override
        public Element chart(String id) {
            return null;
        }

        @Override
        public String hyperlink(String id) {
            return null;
        }
    };

    /** The bytes of the image part, or null (a link, or not a picture). */
    byte[] image(String id);

    /** The {@code c:chartSpace} of the chart part, or null. */
    Element chart(String id);

    /** The target of an external relationship (a hyperlink's address), or null. */
    String hyperlink(String id);

    static RelatedParts of(POIXMLDocumentPart part) {
        return new RelatedParts() {
            @Override
            public byte[] image(String id) {
                return part.getRelationById(id) instanceof XWPFPictureData picture ? picture.getData() : null;
            }

            @Override
            public Element chart(String id) {
                return part.getRelationById(id) instanceof XWPFChart chart && chart.getCTChartSpace() != null
                        ? (Element) chart.getCTChartSpace().getDomNode() : null;
            }

            @Override
            public String hyperlink(String id) {
                PackageRelationship relationship = part.getPackagePart().getRelationship(id);
                return relationship == null || relationship.getTargetURI() == null ? null
                        : relationship.getTargetURI().toString();
            }
        };
    }
}
