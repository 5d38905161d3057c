import KenesAct

/// What `kenes parity` says to a person, in Russian, Kazakh and English.
public enum ParityMessages {
    public enum Compared { case quantities, dates, citations, amendingActs }

    public static func kind(_ k: ParityFinding.Kind) -> Message {
        switch k {
        case .missing: Message(ru: "нет в другом тексте", kk: "екінші мәтінде жоқ", en: "missing")
        case .status: Message(ru: "статус", kk: "мәртебесі", en: "status")
        case .number: Message(ru: "числа", kk: "сандар", en: "number")
        case .date: Message(ru: "даты", kk: "күндер", en: "date")
        case .citation: Message(ru: "ссылки", kk: "сілтемелер", en: "citation")
        case .note: Message(ru: "сноски", kk: "ескертпелер", en: "note")
        case .script: Message(ru: "символы", kk: "таңбалар", en: "script")
        }
    }

    static func onlyIn(_ l: Language) -> Message {
        l == .ru ? Message(ru: "только в русском тексте", kk: "тек орыс тіліндегі мәтінде", en: "in the Russian text only")
                 : Message(ru: "только в казахском тексте", kk: "тек қазақ тіліндегі мәтінде", en: "in the Kazakh text only")
    }

    static func inText(_ l: Language) -> Message {
        l == .ru ? Message(ru: "в русском тексте", kk: "орыс тіліндегі мәтінде", en: "in the Russian text")
                 : Message(ru: "в казахском тексте", kk: "қазақ тіліндегі мәтінде", en: "in the Kazakh text")
    }

    static func excludedIn(_ l: Language) -> Message {
        l == .ru ? Message(ru: "исключено в русском тексте, действует в казахском", kk: "орыс тіліндегі мәтінде алып тасталған, қазақ тіліндегі мәтінде қолданыста",
                           en: "excluded in the Russian text, in force in the Kazakh one")
                 : Message(ru: "исключено в казахском тексте, действует в русском", kk: "қазақ тіліндегі мәтінде алып тасталған, орыс тіліндегі мәтінде қолданыста",
                           en: "excluded in the Kazakh text, in force in the Russian one")
    }

    static func differ(_ what: Compared) -> Message {
        switch what {
        case .quantities: Message(ru: "числа различаются", kk: "сандар әртүрлі", en: "the quantities differ")
        case .dates: Message(ru: "даты различаются", kk: "күндер әртүрлі", en: "the dates differ")
        case .citations: Message(ru: "ссылки различаются", kk: "сілтемелер әртүрлі", en: "the citations differ")
        case .amendingActs: Message(ru: "изменяющие акты различаются", kk: "өзгерту енгізетін актілер әртүрлі", en: "the amending acts differ")
        }
    }

    /// «находки: 2 (числа: 1, даты: 1); сравнено единиц на обоих языках: 84».
    public static func summary(_ r: ParityReport) -> Message {
        let kinds = ParityFinding.Kind.allCases.filter { r.count($0) > 0 }
        return .each { l in
            let counts = kinds.map { l == .en ? "\(r.count($0)) \(kind($0).en)" : "\(kind($0)[l]): \(r.count($0))" }.joined(separator: ", ")
            switch l {
            case .ru: return (r.findings.isEmpty ? "расхождений нет: тексты совпадают" : "расхождений: \(r.findings.count) (\(counts))")
                + "; сравнено единиц на обоих языках: \(r.compared)"
            case .kk: return (r.findings.isEmpty ? "айырмашылық жоқ: мәтіндер сәйкес" : "айырмашылықтар: \(r.findings.count) (\(counts))")
                + "; екі тілде салыстырылған бірліктер: \(r.compared)"
            case .en: return (r.findings.isEmpty ? "no findings: the versions agree"
                              : "\(l.count(r.findings.count, "finding", "findings")): " + counts) + "; \(r.compared) units compared in both languages"
            }
        }
    }

    public static let edition = Message(ru: "редакция", kk: "редакциясы", en: "edition")
    public static let parity = Message(ru: "сверка текстов", kk: "мәтіндерді салыстыру", en: "parity")
    public static let unit = Message(ru: "единица", kk: "бірлік", en: "unit")
}
