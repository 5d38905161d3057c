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
    public init() {}
}
