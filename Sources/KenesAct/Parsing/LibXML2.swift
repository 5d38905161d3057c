import CLibXML2

/// libxml2, linked for the HTML, DOCX and Akoma Ntoso importers. No network access and no
/// external entities are ever enabled (see ../shared/notes/SWIFT-C-LIBS.md).
public enum LibXML2 {
    /// The version of the linked library, e.g. `2.9.14`.
    public static var version: String { String(cString: kenes_libxml_version()) }
}
