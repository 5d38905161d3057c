import Foundation
import KenesAct
import KenesTestSupport

/// `kenes-bench serve [SECONDS]`: the web workspace under load on loopback, as users meet it.
/// A release `kenes serve` over a library holding a generated 1 MB act; `wrk` (Debian) with 16
/// connections on the act page, a library search and a roster check (the API, a 16-member
/// roster); then 10,000 searches and checks more and the server's resident memory before and after.
enum ServeBench {
    static func main(_ args: [String]) throws {
        let seconds = args.first.flatMap(Int.init) ?? 10
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let kenes = folder.appendingPathComponent("kenes").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kenes-bench-serve-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        let act = dir.appendingPathComponent("act-1.txt")
        let g = SyntheticAct.generate(.init(language: .ru, targetBytes: 1 << 20, seed: 42, noise: true))
        try Data(g.text.utf8).write(to: act)
        let library = dir.appendingPathComponent("library.sqlite").path
        _ = try run(kenes, ["library", "add", act.path, "--edition", "2024-01-01", "--library", library])
        let roster = dir.appendingPathComponent("roster.csv")
        try FileManager.default.copyItem(atPath: "corpus/rosters/council-failing.csv", toPath: roster.path)

        // the server, on a free port it prints
        let server = Process()
        server.executableURL = URL(fileURLWithPath: kenes)
        server.arguments = ["serve", "--library", library, "--port", "0", "--locale", "en"]
        let out = Pipe()
        server.standardOutput = out
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        guard let port = line.range(of: #":(\d+)/"#, options: .regularExpression).map({ String(line[$0].dropFirst().dropLast()) }) else {
            throw NSError(domain: "kenes-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "the server printed no address: \(line)"])
        }
        let base = "http://127.0.0.1:\(port)"
        let work = "law-2015-01-01-1-SYN"

        // a multipart POST of the roster, for wrk
        let boundary = "kenesbench0123456789"
        let csv = try String(contentsOf: roster, encoding: .utf8)
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\ncouncil\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"roster.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
        let lua = dir.appendingPathComponent("check.lua")
        let escaped = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
        try "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"multipart/form-data; boundary=\(boundary)\"\nwrk.body = \"\(escaped)\"\n".write(to: lua, atomically: true, encoding: .utf8)

        let pageBytes = try run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{size_download}", "\(base)/works/\(work)?lang=ru"])
        print("kenes serve, release, loopback, wrk 2 threads × 16 connections, \(seconds) s each; act: generated \(g.text.utf8.count / 1024) KB, its page \((Int(pageBytes) ?? 0) / 1024) KB of HTML")
        print("| request | requests/s | p50 | p99 | requests |")
        print("|---|---|---|---|---|")
        let cases: [(String, String, [String])] = [
            ("act page (1 MB act)", "\(base)/works/\(work)?lang=ru", []),
            ("library search", "\(base)/api/library/search?q=%D0%BE%D0%B1%D1%89%D0%B5%D1%81%D1%82%D0%B2%D0%B0&lang=ru", []),
            ("roster check (API)", "\(base)/api/check", ["-s", lua.path]),
        ]
        for (name, url, extra) in cases {
            let r = try wrk(url, seconds: seconds, extra: extra)
            print("| \(name) | \(r.rate) | \(r.p50) | \(r.p99) | \(r.count) |")
        }
        // memory over 10,000 more requests (searches and roster checks): a leak would grow with the count
        let before = rssOf(server.processIdentifier)
        var total = 0
        while total < 10_000 {
            total += try wrk(cases[1].1, seconds: 5, extra: []).count
            total += try wrk(cases[2].1, seconds: 5, extra: cases[2].2).count
        }
        let after = rssOf(server.processIdentifier)
        print("server resident memory: \(before >> 20) MB before, \(after >> 20) MB after \(total) more requests")
    }

    struct Result { var rate: String; var p50: String; var p99: String; var count: Int }

    static func wrk(_ url: String, seconds: Int, extra: [String]) throws -> Result {
        let text = try run("/usr/bin/wrk", ["-t2", "-c16", "-d\(seconds)s", "--latency"] + extra + [url])
        func field(_ prefix: String) -> String {
            text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }
                .map { $0.trimmingCharacters(in: .whitespaces).dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) } ?? "?"
        }
        let count = text.range(of: #"(\d+) requests in"#, options: .regularExpression).map { Int(text[$0].split(separator: " ")[0]) ?? 0 } ?? 0
        if text.contains("Non-2xx") { print("warning: \(url) answered non-2xx: \(field("Non-2xx or 3xx responses:"))") }
        return Result(rate: field("Requests/sec:"), p50: field("50%"), p99: field("99%"), count: count)
    }

    /// The resident memory of a process now (VmRSS).
    static func rssOf(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb * 1024
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String { try Subprocess.run(tool, arguments).output }
}
