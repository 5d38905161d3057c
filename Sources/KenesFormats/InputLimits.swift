/// Bounds on the work an untrusted file can cause. Real acts are far inside them: a whole code
/// as DOCX is a few MB and inflates about 11:1.
public struct InputLimits: Sendable {
    /// Largest inflated size of one archive entry.
    public var maxEntryBytes: UInt64 = 64 << 20
    /// Largest inflated size of all the entries read.
    public var maxTotalBytes: UInt64 = 256 << 20
    /// Largest inflation ratio of an entry.
    public var maxRatio: UInt64 = 100
    /// Deepest element nesting followed.
    public var maxDepth = 256
    /// Most attributes on one element: libxml2 checks duplicates pairwise, so an element with
    /// 200,000 of them kept a core busy for minutes.
    public var maxAttributes = 1_000
    public init() {}
}
