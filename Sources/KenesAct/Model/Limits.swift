/// Bounds that keep every command linear or bounded on hostile input, in one place (the archive
/// and XML limits are `InputLimits` in KenesFormats). README lists them; each has a test at the
/// limit and beyond.
public enum Limits {
    /// Items in one citation's list («пункты 1, 2, 3 …», ranges counted once): beyond it the
    /// citation is left unresolved with a warning and the act still parses.
    public static let citationItems = 1_000
    /// Word tokens of a changed clause, old and new together, that the word diff compares; above
    /// it the clause is shown as replaced whole (and the diff says so).
    public static let wordDiffTokens = 20_000
    /// Unmatched siblings a unit is compared with, by similarity, when its version's alignment
    /// falls back to words: the nearest by position.
    public static let siblingCandidates = 64
    /// Distinct unknown category labels of a roster that get a «did you mean» suggestion.
    public static let categorySuggestions = 1_000
    /// Labels longer than this (characters) get no suggestion.
    public static let suggestionLabelLength = 80
}
