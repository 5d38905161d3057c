// swift-tools-version: 6.1
// libFuzzer entry points for the fuzz targets, kept out of the main package: they define
// libFuzzer's entry point instead of `main` and only build with `-sanitize=fuzzer`. The targets'
// bodies are KenesFuzzTargets, in the main build. Run them with scripts/fuzz.sh.
import PackageDescription

let targets = ["text", "html", "docx", "akn", "amend", "parity"]

let package = Package(
    name: "KenesFuzz",
    dependencies: [.package(name: "Kenes", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "KenesImport", package: "Kenes"), .product(name: "KenesFuzzTargets", package: "Kenes"),
        ]),
    ] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzSupport"], swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
