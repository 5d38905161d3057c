// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Kenes",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "KenesAct", targets: ["KenesAct"]),
        .library(name: "KenesAmend", targets: ["KenesAmend"]),
        .library(name: "KenesCheck", targets: ["KenesCheck"]),
        .library(name: "KenesDiff", targets: ["KenesDiff"]),
        .library(name: "KenesExtract", targets: ["KenesExtract"]),
        .library(name: "KenesParity", targets: ["KenesParity"]),
        .library(name: "KenesLibrary", targets: ["KenesLibrary"]),
        .library(name: "KenesImport", targets: ["KenesImport"]),
        .library(name: "KenesRender", targets: ["KenesRender"]),
        .library(name: "KenesService", targets: ["KenesService"]),
        .library(name: "KenesFormats", targets: ["KenesFormats"]),
        .library(name: "KenesFuzzTargets", targets: ["KenesFuzzTargets"]),
        .executable(name: "kenes", targets: ["kenes"]),
        .executable(name: "kenes-bench", targets: ["kenes-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // libxml2 from Debian (libxml2-dev); used by the HTML/DOCX/AKN importers.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Snowball stemmers (libstemmer-dev): Russian words found in their inflected forms.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // ICU behind an ICU-free C header: Debian exports only versioned symbols, and the
        // system headers clash with Foundation's bundled ICU module.
        .target(name: "CICUShim", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
        // zlib's raw inflate in one bounded call, for ZIP entries (zlib1g-dev).
        .target(name: "CInflate", linkerSettings: [.linkedLibrary("z")]),
        // Format plumbing with no Kenes dependency: output buffers and escaping, the JSON writer,
        // the bounded ZIP reader and the package writer, libxml2's streaming reader.
        .target(name: "KenesFormats", dependencies: [
            "CLibXML2", "CInflate", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The act model, the plain-text parser and citation resolution.
        .target(name: "KenesAct", dependencies: ["CICUShim"]),
        // Rosters, statutory rules as data, counting profiles and the quota checker.
        .target(name: "KenesCheck", dependencies: [
            "KenesAct", "KenesFormats", "CICUShim", .product(name: "Yams", package: "Yams"),
        ]),
        // Acts from the official portal's HTML and from DOCX, hardened against hostile files.
        .target(name: "KenesImport", dependencies: ["KenesAct", "KenesFormats", "CLibXML2"]),
        // Clause extracts for training: selection by citation, parallel RU/KK, glossary, courses.
        .target(name: "KenesExtract", dependencies: ["KenesAct", .product(name: "Yams", package: "Yams")]),
        // The act library: works, their expressions (language × edition) and units in SQLite.
        .target(name: "KenesLibrary", dependencies: [
            "KenesAct", "KenesDiff", "KenesImport", "CStemmer", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // Amending acts: instructions read, applied to an act, the consolidated text written.
        .target(name: "KenesAmend", dependencies: ["KenesAct", "KenesDiff"]),
        // Structural and word-level comparison of two versions of an act.
        .target(name: "KenesDiff", dependencies: ["KenesAct"]),
        // The Russian and Kazakh texts of one act compared: structure, quantities, dates,
        // citations, status, amending acts, characters.
        .target(name: "KenesParity", dependencies: ["KenesAct"]),
        // Renderers: lossless text, JSON, outline tree, Markdown; check reports; diffs and the
        // comparative table (HTML, DOCX).
        .target(name: "KenesRender", dependencies: [
            "KenesAct", "KenesCheck", "KenesDiff", "KenesExtract", "KenesFormats", "KenesLibrary", "KenesParity",
        ]),
        // Use-cases (parse, show, diff, amend, draft, check, extract): options in, result and
        // rendered output out; the clock and the base folder are inputs.
        .target(name: "KenesService", dependencies: [
            "KenesAct", "KenesAmend", "KenesCheck", "KenesDiff", "KenesExtract", "KenesFormats", "KenesImport", "KenesLibrary", "KenesParity",
            "KenesRender", .product(name: "Yams", package: "Yams"),
        ]),
        // The web workspace (`kenes serve`): pages and the JSON API over the same use-cases, a
        // thin adapter like the CLI.
        .target(name: "KenesServer", dependencies: [
            "KenesService", "KenesAct", "KenesCheck", "KenesDiff", "KenesExtract", "KenesFormats", "KenesImport", "KenesLibrary", "KenesParity", "KenesRender",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "MultipartKit", package: "multipart-kit"),
        ], swiftSettings: [
            // members of modules a file does not import (GRDB's `SQL` string interpolation and
            // `joined()`, through the library) must not be picked for its HTML strings
            .enableUpcomingFeature("MemberImportVisibility"),
        ]),
        // The command line: arguments to use-case options, outputs to files; `kenes` only calls it.
        .target(name: "KenesCLI", dependencies: [
            "KenesServer", "KenesService", "KenesAct", "KenesAmend", "KenesCheck", "KenesDiff", "KenesExtract", "KenesFormats", "KenesImport", "KenesRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "kenes", dependencies: ["KenesCLI"]),
        // The fuzz targets' bodies (libFuzzer's entry points are in Fuzz/).
        .target(name: "KenesFuzzTargets", dependencies: ["KenesAct", "KenesAmend", "KenesImport", "KenesParity"]),
        // Generated acts of any size with known structure, for property tests and the benchmark.
        .target(name: "KenesTestSupport", dependencies: [
            "KenesAct", "KenesCheck", "KenesFormats",
        ]),
        .executableTarget(name: "kenes-bench", dependencies: [
            "KenesAct", "KenesAmend", "KenesCheck", "KenesDiff", "KenesImport", "KenesLibrary", "KenesRender", "KenesTestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "KenesFormatsTests", dependencies: ["KenesFormats"]),
        .testTarget(name: "KenesActTests", dependencies: ["KenesAct", "KenesRender", "KenesTestSupport", "KenesCLI", "KenesFormats"],
                    exclude: ["Golden"]),
        .testTarget(name: "KenesAmendTests", dependencies: ["KenesAmend", "KenesAct", "KenesCLI", "KenesDiff", "KenesTestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "KenesImportTests", dependencies: ["KenesImport", "KenesFuzzTargets", "KenesFormats", "KenesAct", "KenesAmend", "KenesCLI", "KenesTestSupport",
                                                              .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "KenesExtractTests", dependencies: ["KenesExtract", "KenesAct", "KenesRender", "KenesCLI", "KenesTestSupport",
                                                               .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "KenesDiffTests", dependencies: ["KenesDiff", "KenesAmend", "KenesAct", "KenesRender", "KenesTestSupport", "KenesCLI"],
                    exclude: ["Golden"]),
        .testTarget(name: "KenesParityTests", dependencies: ["KenesParity", "KenesAct", "KenesRender", "KenesService", "KenesTestSupport", "KenesCLI"],
                    exclude: ["Golden"]),
        .testTarget(name: "KenesLibraryTests", dependencies: ["KenesLibrary", "KenesAct", "KenesAmend", "KenesImport", "KenesService", "KenesTestSupport", "KenesCLI", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "KenesServerTests", dependencies: ["KenesServer", "KenesService", "KenesAct", "KenesCLI", "KenesTestSupport",
                                                              .product(name: "Yams", package: "Yams"),
                                                              .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "KenesCheckTests", dependencies: ["KenesCheck", "KenesService", "KenesImport", "KenesAct", "KenesRender", "KenesTestSupport", "KenesCLI", "KenesFormats"]),
    ]
)
