import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KenesAct
import KenesCLI
import KenesServer
import KenesService
import KenesTestSupport
import Testing

/// Every page and endpoint through the router, as a browser or another system calls them,
/// refusals included.
@Suite struct RouteTests {
    let ru = "corpus/synthetic/public-councils-ru.txt"

    @Test func healthAndSecurityHeaders() async throws {
        try await Fixture.app().test(.router) { client in
            let health = try await client.get("/healthz")
            #expect(health.status == .ok && health.text == "ok\n")
            for path in ["/", "/compare", "/check", "/extract", "/no-such-page"] {
                let r = try await client.get(path)
                #expect(r.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true, "\(path)")
                #expect(r.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
            }
            #expect(try await client.get("/no-such-page").status == .notFound)
        }
    }

    /// Pages speak the language asked (`?ui=`, remembered), else the browser's.
    @Test func interfaceLanguage() async throws {
        try await Fixture.app().test(.router) { client in
            let kk = try await client.get("/?ui=kk")
            #expect(kk.text.contains("<html lang=\"kk\">") && kk.text.contains("Кітапхана"))
            #expect(kk.headers[values: .setCookie].contains { $0.hasPrefix("kenes_ui=kk") })
            #expect(try await client.get("/", headers: [.cookie: "kenes_ui=en"]).text.contains("Works in the library"))
            #expect(try await client.get("/", headers: [.acceptLanguage: "en-GB,en;q=0.9,ru;q=0.5"]).text.contains("<html lang=\"en\">"))
            #expect(try await client.get("/", headers: [.acceptLanguage: "de-DE"]).text.contains("<html lang=\"ru\">"))
        }
    }

    /// The interface's own words in Russian and Kazakh hold no English (the locale test of the
    /// reports, for the pages): names of formats, profiles and the act's own words aside.
    @Test func pagesSpeakTheirLanguage() async throws {
        let allowed: Set<String> = ["kenes", "ok", "xlsx", "csv", "json", "yaml", "docx", "html", "markdown", "akoma", "ntoso", "nominal", "report", "list",
                                    "strict", "syn", "ru", "kk", "en", "english", "law", "decree", "ctrl"]
        try await Fixture.app().test(.router) { client in
            for ui in ["ru", "kk"] {
                for path in ["/", "/compare", "/check", "/extract?work=law-2015-01-01-1-SYN&lang=ru", "/works/law-2015-01-01-1-SYN?lang=ru"] {
                    let page = try await client.get(path + (path.contains("?") ? "&" : "?") + "ui=\(ui)").text
                    // the language switch names English in English; work ids are identifiers
                    let words = EnglishWords.of(page.replacingOccurrences(of: "<option value=\"en\"[^<]*</option>", with: "", options: .regularExpression),
                                                html: true, allowed: allowed)
                    #expect(words.isEmpty, "\(ui) \(path): \(Set(words).sorted())")
                }
            }
            // and the English interface is English (the check above can fail)
            #expect(EnglishWords.of(try await client.get("/?ui=en").text, html: true, allowed: allowed).contains("library"))
        }
    }

    @Test func libraryAndActPages() async throws {
        try await Fixture.app().test(.router) { client in
            let index = try await client.get("/")
            #expect(index.text.contains("/works/law-2015-01-01-1-SYN"))
            #expect(index.text.contains("синтетический") && index.text.contains("извлечение"))
            // the act as in force on a date: the clause added in 2022 is not there in 2021
            let y2021 = try await client.get("/works/law-2015-01-01-1-SYN?lang=ru&asOf=2021-06-01")
            let y2022 = try await client.get("/works/law-2015-01-01-1-SYN?lang=ru&asOf=2022-06-01")
            #expect(y2021.status == .ok && y2021.text.contains("id=\"art_8__para_1\""))
            #expect(y2021.text.contains("2021-01-10") && y2022.text.contains("2022-03-25"))
            #expect(!y2021.text.contains("id=\"art_8__para_5\"") && y2022.text.contains("id=\"art_8__para_5\""))
            // citations as links within the act, history and «cited by» per unit
            #expect(y2021.text.contains("<a href=\"#art_8\">"))
            #expect(y2021.text.contains("/works/law-2015-01-01-1-SYN/history?lang=ru&amp;ref=art_8__para_1"))
            let both = try await client.get("/works/law-2015-01-01-1-SYN?lang=ru&parallel=1")
            #expect(both.text.contains("<div lang=\"kk\">") && both.text.contains("бап"))
            let history = try await client.get("/works/law-2015-01-01-1-SYN/history?lang=ru&ref=art_8__para_5")
            #expect(history.status == .ok && history.text.contains("2022-03-25"))
            let cites = try await client.get("/works/law-2015-01-01-1-SYN/cites?lang=ru&ref=art_8")
            #expect(cites.status == .ok && cites.text.contains("#art_8-1__para_1"))
            let search = try await client.get("/search?q=%D1%80%D0%B0%D0%B1%D0%BE%D1%87%D0%B5%D0%B9&lang=ru")
            #expect(search.text.contains("/works/law-2015-01-01-1-SYN?lang=ru"))
            // no such work, and no way out of the library through a work id
            #expect(try await client.get("/works/no-such-act").status == .notFound)
            #expect(try await client.get("/works/..%2F..%2Fetc%2Fpasswd").status == .notFound)
            #expect(try await client.get("/schema/..%2F..%2FPackage.swift").status == .notFound)
        }
    }

    /// Russian and Kazakh side by side, the units where they disagree are marked with why.
    @Test func sideBySideMarksWhereTheLanguagesDisagree() async throws {
        let library = Fixture.emptyLibrary()
        _ = try LibraryUseCase.add(paths: [Repo.path("corpus/synthetic/public-councils-ru.txt"), Repo.path("corpus/synthetic/public-councils-kk-discrepancies.txt")],
                                   edition: nil, replace: false, library: library, KenesEnvironment(today: Fixture.today, baseFolder: Repo.root))
        try await Fixture.app(Fixture.config(library: library)).test(.router) { client in
            let page = try await client.get("/works/law-2015-01-01-1-SYN?lang=ru&parallel=1").text
            #expect(page.components(separatedBy: "class=\"parity\"").count > 2, "no disagreement marked")
            let alone = try await client.get("/works/law-2015-01-01-1-SYN?lang=ru").text
            #expect(!alone.contains("class=\"parity\""))
        }
    }

    /// A citation of another act links to that act's page when the library holds it.
    @Test func citationsOfAnotherActLinkAcrossTheLibrary() async throws {
        let library = Fixture.emptyLibrary()
        let other = Fixture.folder.appendingPathComponent("ngo-\(UUID().uuidString).txt")
        try "---\nsynthetic: yes\n---\nЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nО некоммерческих организациях\n\nот 16 января 2001 года № 142-SYN\n\nСтатья 5. Синтетическая статья\n1. Текст для теста Kenes.\n"
            .write(to: other, atomically: true, encoding: .utf8)
        let env = KenesEnvironment(today: Fixture.today, baseFolder: Repo.root)
        _ = try LibraryUseCase.add(paths: [Repo.path("corpus/synthetic/public-councils-ru.txt"), other.path], edition: nil, replace: false, library: library, env)
        try await Fixture.app(Fixture.config(library: library)).test(.router) { client in
            let page = try await client.get("/works/law-2015-01-01-1-SYN?lang=ru").text
            #expect(page.contains("<a href=\"/works/law-2001-01-16-142-SYN?lang=ru\">статьей 5 Закона Республики Казахстан «О некоммерческих организациях»</a>"))
        }
    }

    /// What a user typed or uploaded is shown as text, never as markup.
    @Test func userTextIsEscaped() async throws {
        let config = Fixture.config(library: Fixture.emptyLibrary())
        let act = "---\nsynthetic: yes\n---\nЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\n\nО <script>alert(1)</script> советах\n\nСтатья 1. Заголовок <img src=x onerror=alert(2)>\n1. Текст <b>жирный</b>.\n"
        try await Fixture.app(config).test(.router) { client in
            let added = try await client.post("/library", Post(files: [("act", "<script>x</script>.txt", Array(act.utf8))]))
            #expect(added.status == .ok, "\(added.text)")
            let index = try await client.get("/")
            #expect(!index.text.contains("<script>alert") && index.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let id = try #require(index.text.range(of: "href=\"/works/([^\"?]+)\"", options: .regularExpression).map { String(index.text[$0].dropFirst(13).dropLast()) })
            let page = try await client.get("/works/\(id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<img src=x") && page.text.contains("&lt;img src=x onerror=alert(2)&gt;"))
            #expect(!page.text.contains("<b>жирный</b>"))
        }
    }

    @Test func formsWithoutTheirTokenAreRefused() async throws {
        try await Fixture.app(Fixture.config(library: Fixture.emptyLibrary())).test(.router) { client in
            let r = try await client.post("/library", Post(files: [Post.file("act", ru)], csrf: false))
            #expect(r.status == .forbidden)
            var other = Post([("csrf", "not-the-cookie-value-at-all-000000")], files: [Post.file("act", ru)], csrf: false)
            other.csrf = "0123456789abcdef0123456789abcdef"
            #expect(try await client.post("/check", other).status == .forbidden)
        }
    }

    @Test func rosterCheckConfirmAndDownload() async throws {
        try await Fixture.app().test(.router) { client in
            let failing = try await client.post("/check", Post([("body", "council"), ("level", "local")], files: [Post.file("roster", "corpus/rosters/council-failing.csv")]))
            #expect(failing.status == .ok)
            #expect(failing.text.contains("НАРУШЕНИЕ") || failing.text.contains("нарушение"))
            #expect(failing.text.contains("п. 7 ст. 1"))
            // the clause linked to the act's page in the library
            #expect(failing.text.contains("/works/law-2015-11-02-383-V?lang=ru#art_1__para_7\">п. 7 ст. 1</a>"))
            // the roster goes back with the page's forms, not into the server
            #expect(failing.text.contains("name=\"roster.b64\""))
            // no category column: a select per person, preselected with the category proposed
            let inferred = try await client.post("/check", Post([("body", "council")], files: [Post.file("roster", "corpus/rosters/council-no-category.csv")]))
            #expect(inferred.text.contains("name=\"assign."))
            let roster = try #require(FileManager.default.contents(atPath: Repo.path("corpus/rosters/council-no-category.csv")))
            let lines = inferred.text.components(separatedBy: "name=\"assign.").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            #expect(lines.count == 12)
            // confirm all as NGOs: the verdict is then determined
            let confirmed = try await client.post("/check", Post([("body", "council"), ("roster.b64", roster.base64EncodedString()), ("roster.name", "council-no-category.csv")]
                                                                  + lines.map { ("assign.\($0)", "НПО") }))
            #expect(confirmed.status == .ok)
            #expect(!confirmed.text.contains("НЕ ОПРЕДЕЛЕНО") && !confirmed.text.contains("не определено</"))
            let download = try await client.post("/check/download", Post([("body", "council"), ("format", "json"), ("redact", "1")], files: [Post.file("roster", "corpus/rosters/council-failing.csv")]))
            #expect(download.headers[.contentDisposition]?.contains("attachment") == true)
            let json = try #require(download.json)
            #expect(json["schema"] as? String == "kenes-check/1")
            // redacted: initials, no full name of the roster
            let csv = String(decoding: FileManager.default.contents(atPath: Repo.path("corpus/rosters/council-failing.csv"))!, as: UTF8.self)
            let firstName = csv.split(separator: "\n")[1].split(separator: ",")[0]
            #expect(!download.text.contains(String(firstName)))
        }
    }

    @Test func compareTwoFilesAndDownloadTheTable() async throws {
        try await Fixture.app().test(.router) { client in
            let files = [Post.file("old", ru), Post.file("new", "corpus/synthetic/public-councils-ru-draft.txt")]
            let page = try await client.post("/compare", Post([("mode", "files")], files: files))
            #expect(page.status == .ok)
            #expect(page.text.contains("Пункт 2-1 статьи 8") && page.text.contains("next-change"))
            #expect(page.text.contains("name=\"rationale.new:art_8__para_2-1\""))
            // the same changes inline: one text, words struck through and inserted
            let inline = try await client.post("/compare", Post([("mode", "files"), ("view", "inline")], files: files))
            #expect(inline.text.contains("<del>") && inline.text.contains("<ins>") && inline.text.contains("id=\"c1\""))
            #expect(!inline.text.contains("<th>Действующая редакция</th>"))
            let docx = try await client.post("/compare/download", Post([("mode", "files"), ("format", "table-docx"), ("rationale.new:art_8__para_2-1", "Минимальный состав.")], files: files))
            #expect(docx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(Array(docx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let html = try await client.post("/compare/download", Post([("mode", "files"), ("format", "table-html"), ("rationale.new:art_8__para_2-1", "Минимальный состав.")], files: files))
            #expect(html.text.contains("СРАВНИТЕЛЬНАЯ ТАБЛИЦА") && html.text.contains("Минимальный состав."))
            // two editions from the library
            let editions = try await client.post("/compare", Post([("mode", "editions"), ("old.edition", "law-2015-01-01-1-SYN@2021-01-10|ru"), ("new.edition", "law-2015-01-01-1-SYN@2022-03-25|ru")]))
            #expect(editions.status == .ok && editions.text.contains("Пункт 5 статьи 8"))
            // an act and the amending law applied
            let amended = try await client.post("/compare", Post([("mode", "amendment")], files: [Post.file("act", ru), Post.file("law", "corpus/amendments/law-2022-ru.txt")]))
            #expect(amended.status == .ok && amended.text.contains("Пункт 5 статьи 8"))
            let broken = try await client.post("/compare", Post([("mode", "files")], files: [Post.file("old", ru), Post.file("new", "corpus/broken/binary.txt")]))
            #expect(broken.status == .unprocessableContent && broken.text.contains("binary.txt:3:1: ошибка"))
        }
    }

    @Test func extractPreviewAndDownloads() async throws {
        try await Fixture.app().test(.router) { client in
            let form = try await client.get("/extract?work=law-2015-01-01-1-SYN&lang=ru")
            #expect(form.text.contains("value=\"art_8\""))
            let preview = try await client.post("/extract", Post([("work", "law-2015-01-01-1-SYN"), ("lang", "ru"), ("ref", "art_8"), ("parallel", "1"), ("format", "preview")]))
            #expect(preview.status == .ok && preview.text.contains("Общественный совет формируется") && preview.text.contains("Қоғамдық кеңес"))
            let docx = try await client.post("/extract", Post([("work", "law-2015-01-01-1-SYN"), ("lang", "ru"), ("refs", "ст. 8 п. 1"), ("format", "docx")]))
            #expect(docx.headers[.contentDisposition]?.contains("extract.docx") == true)
            let course = try await client.post("/extract", Post([("work", "law-2015-01-01-1-SYN"), ("lang", "ru"), ("ref", "art_8"), ("format", "course")]))
            #expect(course.text.contains("act: law-2015-01-01-1-SYN") && course.text.contains("refs: \"art_8\""))
            let bad = try await client.post("/extract", Post([("work", "law-2015-01-01-1-SYN"), ("lang", "ru"), ("refs", "ст. 99"), ("format", "preview")]))
            #expect(bad.status == .unprocessableContent && bad.text.contains("нет в этом акте"))
        }
    }

    @Test func tokenGuardsPagesAndAPI() async throws {
        let token = "a-long-enough-secret-token"
        try await Fixture.app(Fixture.config(token: token)).test(.router) { client in
            #expect(try await client.get("/healthz").status == .ok)
            let page = try await client.get("/")
            #expect(page.status == .seeOther && page.headers[.location] == "/login")
            let api = try await client.get("/api/library/works")
            #expect(api.status == .unauthorized && api.json?["error"] != nil)
            #expect(try await client.get("/api/library/works", headers: [.authorization: "Bearer wrong"]).status == .unauthorized)
            #expect(try await client.get("/api/library/works", headers: [.authorization: "Bearer \(token)"]).status == .ok)
            #expect(try await client.post("/login", Post([("token", "wrong")])).status == .unauthorized)
            let login = try await client.post("/login", Post([("token", token)]))
            #expect(login.status == .seeOther)
            let cookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("kenes_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let session = String(cookie.prefix { $0 != ";" })
            #expect(try await client.get("/", headers: [.cookie: session]).status == .ok)
        }
        // a host beyond this machine without a token is not safe to serve
        #expect(!WorkspaceConfig(host: "0.0.0.0", library: "x", baseFolder: Repo.root).isSafe)
        #expect(WorkspaceConfig(host: "0.0.0.0", library: "x", token: token, baseFolder: Repo.root).isSafe)
    }

    /// `kenes serve` refuses to open the workspace to the network without a token, and a token
    /// too short to be one; exit 2 before listening.
    @Test func serveRefusesAnOpenNetworkWorkspace() {
        let library = Fixture.emptyLibrary()
        #expect(KenesCommand.run(["serve", "--host", "0.0.0.0", "--library", library]) == 2)
        #expect(KenesCommand.run(["serve", "--host", "0.0.0.0", "--library", library, "--token", "short"]) == 2)
        #expect(KenesCommand.run(["serve", "--token-file", "/nonexistent/token", "--library", library]) == 2)
        #expect(!FileManager.default.fileExists(atPath: library))
    }

    @Test func uploadsAboveTheLimitAre413() async throws {
        let big = [UInt8](repeating: 0x41, count: 2 * 1024 * 1024)
        try await Fixture.app(Fixture.config(maxUploadMB: 1)).test(.router) { client in
            let api = try await client.post("/api/parse", Post(files: [("act", "big.txt", big)]))
            #expect(api.status == .contentTooLarge && api.json?["error"] != nil)
            let page = try await client.post("/check", Post(files: [("roster", "big.csv", big)]))
            #expect(page.status == .contentTooLarge)
        }
    }
}
