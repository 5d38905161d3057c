import KenesCheck
import Testing

/// Exact arithmetic: the boundary is exact, percentages round half-up from the fraction, and the
/// smallest fix is smallest.
@Suite struct QuotaArithmeticTests {
    @Test func exactlyTwoThirdsMeetsNotLessThanTwoThirds() {
        #expect(!(Rational(8, 12) < Rational(2, 3)))
        #expect(Rational(2, 3) == Rational(200, 300))
        #expect(Rational(666_666, 1_000_000) < Rational(2, 3))
    }

    @Test(arguments: [((9, 16), "56.3%"), ((2, 3), "66.7%"), ((1, 3), "33.3%"), ((1, 8), "12.5%"), ((1, 16), "6.3%"),
                      ((0, 5), "0.0%"), ((5, 5), "100.0%"), ((24, 377), "6.4%")])
    func percentagesRoundHalfUp(_ f: (Int, Int), _ shown: String) {
        #expect(Rational(f.0, f.1).percent() == shown)
    }

    @Test func fractionsParse() {
        #expect(Rational(parsing: "2/3") == Rational(2, 3))
        #expect(Rational(parsing: " 1 / 3 ") == Rational(1, 3))
        #expect(Rational(parsing: "0.5") == Rational(1, 2))
        #expect(Rational(parsing: "7") == Rational(7, 1))
        #expect(Rational(parsing: "two thirds") == nil)
    }

    /// For every roster size up to 60 and every count: adding `add` complies and one fewer does
    /// not; the same for replacing.
    @Test func smallestFixIsSmallest() {
        for n in 1...60 {
            for c in 0...n {
                let twoThirds = Rational(2, 3), third = Rational(1, 3)
                let civil = QuotaMath.toReachShare(c: c, n: n, atLeast: twoThirds)
                let meets = { (c: Int, n: Int) in !(Rational(c, n) < twoThirds) }
                #expect(meets(c + civil.add!, n + civil.add!))
                if civil.add! > 0 { #expect(!meets(c + civil.add! - 1, n + civil.add! - 1)) }
                #expect(meets(c + civil.replace, n))
                if civil.replace > 0 { #expect(!meets(c + civil.replace - 1, n)) }

                let state = QuotaMath.toStayUnderShare(s: c, n: n, atMost: third)
                let under = { (s: Int, n: Int) in !(third < Rational(s, n)) }
                #expect(under(c - state.replace, n))
                if state.replace > 0 { #expect(!under(c - state.replace + 1, n)) }
                #expect(under(c, n + state.add!))
                if state.add! > 0 { #expect(!under(c, n + state.add! - 1)) }
            }
        }
    }
}
