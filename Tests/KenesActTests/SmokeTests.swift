import Testing
@testable import KenesAct
@Test func smoke() throws { #expect(true) }
