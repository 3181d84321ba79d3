package vn.tongket.pdf;

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

    static RelatedParts of(DocxPackage.Part part) {
        return new RelatedParts() {
            @Override
            public byte[] image(String id) {
                DocxPackage.Part image = part.related(id, DocxPackage.IMAGE);
                return image == null ? null : image.bytes();
            }

            @Override
            public Element chart(String id) {
                DocxPackage.Part chart = part.related(id, DocxPackage.CHART);
                return chart == null ? null : chart.root();
            }

            @Override
            public String hyperlink(String id) {
                return part.target(id);
            }
        };
    }
}
