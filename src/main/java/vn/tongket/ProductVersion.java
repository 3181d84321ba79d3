package vn.tongket;

/** The product's version, from the jar's manifest; a build run from classes says "development". */
public final class ProductVersion {

    private ProductVersion() {
    }

    public static String current() {
        String version = ProductVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
