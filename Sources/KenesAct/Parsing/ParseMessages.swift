/// What the parser says about an act, in Russian, Kazakh and English: numbering, citations and
/// notes that point nowhere, characters nobody can see. Unit words are the act's own («пункт»,
/// «тармақ»); the English keeps the Russian ones, as lawyers quote them.
enum ParseMessages {
    static func unit(_ kind: UnitKind, _ num: String?, _ l: ReportLocale) -> String {
        let n = num.map { String(UnitNumber.bare($0)) } ?? ""
        // Kazakh puts the number first: «16-бап»
        if l == .kk, !n.isEmpty { return Vocabulary.reference(kind, number: n, .kk, .nominative) }
        return "\(kind.label(l == .kk ? .kk : .ru)) \(n)".trimmingCharacters(in: .whitespaces)
    }

    static func duplicate(_ kind: UnitKind, _ num: String?, firstAt line: Int32) -> Message {
        .each { l in
            switch l {
            case .ru: "повторный номер: \(unit(kind, num, l)) уже есть в строке \(line)"
            case .kk: "нөмір қайталанады: \(unit(kind, num, l)) \(line)-жолда бар"
            case .en: "duplicate \(unit(kind, num, l)): the same number is already used at line \(line)"
            }
        }
    }

    static func startsAt(_ kind: UnitKind, _ num: String) -> Message {
        let n = UnitNumber.bare(num)
        return .each { l in
            switch l {
            case .ru: "нумерация (\(unit(kind, nil, l))) начинается с \(n), ожидалась 1"
            case .kk: "нөмірлеу (\(unit(kind, nil, l))) \(n)-ден басталады, 1 күтілген"
            case .en: "numbering of \(unit(kind, nil, l)) starts at \(n), expected 1"
            }
        }
    }

    static func outOfOrder(_ kind: UnitKind, _ num: String, after prev: String, line: Int32) -> Message {
        .each { l in
            switch l {
            case .ru: "\(unit(kind, num, l)) стоит после \(unit(kind, prev, l)) (строка \(line)): номера не по порядку"
            case .kk: "\(unit(kind, num, l)) \(unit(kind, prev, l)) кейін тұр (\(line)-жол): нөмірлер ретсіз"
            case .en: "\(unit(kind, num, l)) comes after \(unit(kind, prev, l)) (line \(line)): numbers out of order"
            }
        }
    }

    static func jumps(_ kind: UnitKind, _ num: String, after prev: String) -> Message {
        .each { l in
            switch l {
            case .ru: "\(unit(kind, num, l)) следует за \(unit(kind, prev, l)): пропуск в нумерации"
            case .kk: "\(unit(kind, num, l)) \(unit(kind, prev, l)) кейін келеді: нөмірлеуде өткізіп алу бар"
            case .en: "\(unit(kind, num, l)) follows \(unit(kind, prev, l)): numbering jumps"
            }
        }
    }

    static func noteNamesNothing(_ words: String, _ targets: String) -> Message {
        Message(ru: "сноска называет «\(words)» (\(targets)), чего в этом акте нет", kk: "ескертпе «\(words)» (\(targets)) атайды, ол бұл актіде жоқ",
                en: "the note names «\(words)» (\(targets)), which is not in this act")
    }

    static func citationAmbiguous(_ words: String, _ what: String) -> Message {
        Message(ru: "ссылка «\(words)» неоднозначна: она может означать \(what)", kk: "«\(words)» сілтемесі екіұшты: ол \(what) білдіруі мүмкін",
                en: "citation «\(words)» is ambiguous: it may name \(what)")
    }

    static func citationNowhere(_ words: String, _ what: String) -> Message {
        Message(ru: "ссылка «\(words)» указывает на \(what), чего в этом акте нет", kk: "«\(words)» сілтемесі \(what) көрсетеді, ол бұл актіде жоқ",
                en: "citation «\(words)» names \(what), which is not in this act")
    }

    static func moreWarnings(_ n: Int) -> Message {
        Message(ru: "ещё предупреждений отсюда и далее: \(n) (`kenes lint` покажет все)", kk: "осы жерден әрі қарай тағы ескертулер: \(n) (`kenes lint` бәрін көрсетеді)",
                en: "\(n) more warning\(n == 1 ? "" : "s") from here on: `kenes lint` lists them all")
    }
}
