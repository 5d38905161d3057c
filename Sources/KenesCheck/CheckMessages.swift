import KenesAct
import KenesFormats

/// Every sentence a roster check says to a person, in Russian, Kazakh and English: findings,
/// fixes, the rows not counted, notes and the report's own words. Counts take the noun form
/// ICU's plural rules give (1 член, 2 члена, 5 членов).
public enum CheckMessages {
    public static func members(_ n: Int, _ l: ReportLocale) -> String {
        switch l { case .ru: l.count(n, "член", "члена", "членов"); case .kk: l.count(n, "мүше"); case .en: l.count(n, "member", "members") }
    }

    public static func rows(_ n: Int, _ l: ReportLocale) -> String {
        switch l { case .ru: l.count(n, "строка", "строки", "строк"); case .kk: l.count(n, "жол"); case .en: l.count(n, "row", "rows") }
    }

    /// «гражданского общества», «государственного органа».
    public static func sideName(_ side: Side) -> Message {
        switch side {
        case .civilSociety: Message(ru: "гражданское общество", kk: "азаматтық қоғам", en: "civil society")
        case .state: Message(ru: "государственный орган", kk: "мемлекеттік орган", en: "state body")
        case .neither: Message(ru: "ни одна из сторон", kk: "ешбір жақ", en: "neither side")
        }
    }

    /// The side a member counts on, as a cell of the members' table.
    public static func sideOfMember(_ side: Side) -> Message {
        side == .neither ? Message(ru: "не относится ни к одной стороне", kk: "ешбір жаққа жатпайды", en: "on neither side") : sideName(side)
    }

    public static func roleName(_ role: Role) -> Message {
        switch role {
        case .chair: Message(ru: "председатель", kk: "төраға", en: "chair")
        case .deputyChair: Message(ru: "заместитель председателя", kk: "төрағаның орынбасары", en: "deputy chair")
        case .secretary: Message(ru: "секретарь", kk: "хатшы", en: "secretary")
        case .member: Message(ru: "член", kk: "мүше", en: "member")
        }
    }

    public static func levelName(_ level: Level) -> Message {
        switch level {
        case .republican: Message(ru: "республиканский уровень", kk: "республикалық деңгей", en: "republican level")
        case .local: Message(ru: "местный уровень", kk: "жергілікті деңгей", en: "local level")
        }
    }

    /// A roster column's field, as the report names it.
    public static func fieldName(_ f: RosterField) -> Message {
        switch f {
        case .name: Message(ru: "Ф. И. О.", kk: "аты-жөні", en: "name")
        case .category: Message(ru: "категория", kk: "санат", en: "category")
        case .role: Message(ru: "роль", kk: "рөлі", en: "role")
        case .gender: Message(ru: "пол", kk: "жынысы", en: "gender")
        case .birthYear: Message(ru: "год рождения", kk: "туған жылы", en: "birth year")
        case .organisation: Message(ru: "место работы", kk: "жұмыс орны", en: "place of work")
        }
    }

    // MARK: findings

    public static func share(_ side: Side, _ c: Int, of n: Int, _ bounds: Bounds, met: Bool) -> Message {
        let r = Rational(c, n)
        let tail = met ? "" : " " + (bounds.atLeast.map { r < $0 } == true ? "<" : ">") + " " + (bounds.atLeast ?? bounds.atMost!).description
        return Message(ru: "\(sideName(side).ru) \(c) из \(n) = \(r.percent(locale: .ru))\(tail)",
                       kk: "\(sideName(side).kk) \(n) мүшенің \(c) = \(r.percent(locale: .kk))\(tail)",
                       en: "\(sideName(side).en) \(c) of \(n) = \(r.percent(locale: .en))\(tail)")
    }

    public static let noMembersCounted = Message(ru: "ни один член не учтён", kk: "бірде-бір мүше есепке алынбады", en: "no members counted")

    public static func memberCount(_ n: Int) -> Message { .each { members(n, $0) } }

    public static func bounds(_ b: Bounds) -> Message { Message(verbatim: b.description) }

    public static func noHolder(_ role: Role) -> Message {
        Message(ru: "\(roleName(role).ru) не указан", kk: "\(roleName(role).kk) көрсетілмеген", en: "no \(roleName(role).en) listed")
    }

    public static func holder(_ m: Member, category: Message, side s: Side, profile: String) -> Message {
        Message(ru: "\(m.name) (строка \(m.line)): \(category.ru), \(sideOfMember(s).ru) по профилю «\(profile)»",
                kk: "\(m.name) (\(m.line)-жол): \(category.kk), «\(profile)» бейіні бойынша — \(sideOfMember(s).kk)",
                en: "\(m.name) (line \(m.line)): \(category.en), \(sideOfMember(s).en) under the «\(profile)» profile")
    }

    public static func holderFromSide(_ role: Role, _ side: Side) -> Message {
        Message(ru: "\(roleName(role).ru.capitalizedFirst) — из числа членов, представляющих \(side == .civilSociety ? "гражданское общество" : "государственный орган")",
                kk: "\(roleName(role).kk.capitalizedFirst) — \(side == .civilSociety ? "азаматтық қоғам" : "мемлекеттік орган") өкілдерінің арасынан",
                en: "the \(roleName(role).en) is one of the \(side == .civilSociety ? "civil-society" : "state-body") members")
    }

    public static func electFromSide(_ role: Role, _ side: Side) -> Message {
        let accusative = [Role.chair: "председателя", .deputyChair: "заместителя председателя", .secretary: "секретаря", .member: "члена"][role]!
        return Message(ru: "избрать \(accusative) из числа представителей \(side == .civilSociety ? "гражданского общества" : "государственного органа")",
                kk: "\(roleName(role).kk) \(side == .civilSociety ? "азаматтық қоғам" : "мемлекеттік орган") өкілдерінің арасынан сайлансын",
                en: "elect the \(roleName(role).en) from the \(side == .civilSociety ? "civil-society" : "state-body") members")
    }

    public static func holderCategories(_ role: Role, _ level: Level, _ categories: [Message]) -> Message {
        .each { l in
            let list = categories.map { $0[l] }.joined(separator: [.ru: " или ", .kk: " немесе ", .en: " or "][l]!)
            switch l {
            case .ru: return "\(levelName(level).ru.capitalizedFirst): \(roleName(role).ru) — \(list)"
            case .kk: return "\(levelName(level).kk.capitalizedFirst): \(roleName(role).kk) — \(list)"
            case .en: return "\(levelName(level).en): the \(roleName(role).en) is \(list)"
            }
        }
    }

    public static func holderWhoFits(_ required: Message) -> Message {
        Message(ru: "назначить того, кто отвечает требованию: \(required.ru)", kk: "талапқа сай адамды тағайындау: \(required.kk)",
                en: "make the holder one who fits: \(required.en)")
    }

    public static func severalHolders(_ role: Role, lines: [Int]) -> Message {
        let list = lines.map(String.init).joined(separator: ", ")
        return Message(ru: "указано несколько (\(lines.count)): \(roleName(role).ru), строки \(list)",
                       kk: "бірнешеу көрсетілген (\(lines.count)): \(roleName(role).kk), \(list)-жолдар",
                       en: "\(lines.count) listed as \(roleName(role).en) (lines \(list))")
    }

    public static func notCounted(_ excluded: [Member], role: Role) -> Message {
        guard !excluded.isEmpty else { return noHolder(role) }
        return .each { l in
            excluded.map { [.ru: "\($0.name) (строка \($0.line))", .kk: "\($0.name) (\($0.line)-жол)", .en: "\($0.name) (line \($0.line))"][l]! }
                .joined(separator: ", ") + [.ru: " — не учитывается как член", .kk: " — мүше ретінде есептелмейді", .en: " not counted as a member"][l]!
        }
    }

    /// The smallest fix of a share below its floor: add members of the side, or replace others.
    public static func reachShare(add: Int?, replace: Int) -> Message {
        .each { l in
            switch l {
            case .ru:
                let a = add.map { "добавить \(members($0, l)) от гражданского общества или " } ?? ""
                return a + "заменить \(members(replace, l)) других категорий представителями гражданского общества"
            case .kk:
                let a = add.map { "азаматтық қоғамнан \(members($0, l)) қосу немесе " } ?? ""
                return a + "басқа санаттағы \(members(replace, l)) азаматтық қоғам өкілдерімен ауыстыру"
            case .en:
                let a = add.map { "add \(l.count($0, "civil-society member", "civil-society members")), or " } ?? ""
                return a + "replace \(members(replace, l)) of other categories with civil-society members"
            }
        }
    }

    /// The smallest fix of a state share above its ceiling.
    public static func stayUnderShare(replace: Int, add: Int?) -> Message {
        .each { l in
            switch l {
            case .ru:
                return "заменить \(members(replace, l)) от государственного органа представителями гражданского общества"
                    + (add.map { " или добавить \(members($0, l)) от гражданского общества" } ?? "")
            case .kk:
                return "мемлекеттік органнан \(members(replace, l)) азаматтық қоғам өкілдерімен ауыстыру"
                    + (add.map { " немесе азаматтық қоғамнан \(members($0, l)) қосу" } ?? "")
            case .en:
                return "replace \(l.count(replace, "state-body member", "state-body members")) with civil-society members"
                    + (add.map { ", or add \(l.count($0, "civil-society member", "civil-society members"))" } ?? "")
            }
        }
    }

    public static func meetBounds(_ b: Bounds) -> Message {
        Message(ru: "изменить состав так, чтобы выполнялось \(b.description)", kk: "құрамды \(b.description) орындалатындай өзгерту",
                en: "change the composition to meet \(b.description)")
    }

    public static let paraphraseNote = Message(
        ru: "изложение законопроекта 2019 года в докладе 2020 года, а не текст закона; чтобы цитировать закон, передайте официальный текст через --act",
        kk: "2019 жылғы заң жобасының 2020 жылғы баяндамадағы баяндалуы, заң мәтіні емес; заңды дәйексөзбен келтіру үшін ресми мәтінді --act арқылы беріңіз",
        en: "paraphrase of the 2019 bill in the 2020 report, not statutory text; pass the official text with --act to cite it")

    public static func undetermined(_ unknown: Int) -> Message {
        .each { l in
            switch l {
            case .ru: "не прочитано: \(rows(unknown, l)); если учесть их на одной стороне, требование выполняется, на другой — нет: исправьте их и проверьте снова"
            case .kk: "оқылмады: \(rows(unknown, l)); оларды бір жаққа есептесе талап орындалады, екінші жаққа — орындалмайды: түзетіп, қайта тексеріңіз"
            case .en: "\(rows(unknown, l)) could not be read: counted on one side this holds, on the other it does not — fix them and check again"
            }
        }
    }

    public static func provisional(_ n: Int) -> Message {
        .each { l in
            switch l {
            case .ru: "предварительно: ждут подтверждения категории, предложенные по месту работы (\(n))"
            case .kk: "алдын ала: жұмыс орны бойынша ұсынылған санаттар (\(n)) расталуын күтуде"
            case .en: "provisional: \(l.count(n, "category", "categories")) proposed from the place of work await confirmation"
            }
        }
    }

    public static let genderTitle = Message(ru: "Гендерный состав", kk: "Гендерлік құрам", en: "Gender balance")

    public static func gender(women: Int, men: Int, unstated: Int) -> Message {
        .each { l in
            let share = Rational(women, women + men).percent(locale: l)
            switch l {
            case .ru: return "женщин \(women), мужчин \(men)" + (unstated > 0 ? ", не указано \(unstated)" : "") + " — женщин \(share)"
            case .kk: return "әйелдер \(women), ерлер \(men)" + (unstated > 0 ? ", көрсетілмеген \(unstated)" : "") + " — әйелдер \(share)"
            case .en: return "women \(women), men \(men)" + (unstated > 0 ? ", not stated \(unstated)" : "") + " — women \(share)"
            }
        }
    }

    public static func ageTitle(_ year: Int) -> Message {
        Message(ru: "Возрастные группы (на \(year) год)", kk: "Жас топтары (\(year) жылға)", en: "Age bands (as of \(year))")
    }
}

extension CheckMessages {
    // MARK: reading the roster

    public static let invalidUTF8Row = Message(
        ru: "в этой строке не UTF-8, хотя остальной файл в UTF-8: наберите строку заново или сохраните список как CSV UTF-8",
        kk: "бұл жол UTF-8 емес, ал файлдың қалғаны UTF-8: жолды қайта теріңіз немесе тізімді CSV UTF-8 ретінде сақтаңыз",
        en: "not valid UTF-8 on this line while the rest of the file is: retype the row or save the roster as CSV UTF-8")

    public static let unclosedQuote = Message(
        ru: "кавычка, открытая в этой строке, не закрыта и поглотила бы следующие строки: закройте её (\"…\") или удалите",
        kk: "осы жолда ашылған тырнақша жабылмаған және келесі жолдарды жұтып қояды: оны жабыңыз (\"…\") немесе алып тастаңыз",
        en: "a quote opened in this row is not closed on its line and would swallow the rows after it: close it (\"…\") or remove it")

    public static let decodedAs1251 = Message(ru: "прочитан в кодировке Windows-1251 (не UTF-8)", kk: "Windows-1251 кодтауында оқылды (UTF-8 емес)",
                                       en: "decoded as Windows-1251 (not UTF-8)")

    public static func kazakhLettersLost(_ lines: [Int]) -> Message {
        let list = lines.prefix(5).map(String.init).joined(separator: ", ") + (lines.count > 5 ? ", …" : "")
        return .each { l in
            switch l {
            case .ru: "в Windows-1251 нет казахских букв ә ғ қ ң ө ұ ү һ: \(rows(lines.count, l)) с «?» вместо буквы (строки \(list)); сохраните список как CSV UTF-8 или XLSX"
            case .kk: "Windows-1251 кодтауында ә ғ қ ң ө ұ ү һ әріптері жоқ: \(rows(lines.count, l)) әріптің орнында «?» тұр (\(list)-жолдар); тізімді CSV UTF-8 немесе XLSX ретінде сақтаңыз"
            case .en: "Windows-1251 cannot hold the Kazakh letters ә ғ қ ң ө ұ ү һ: \(rows(lines.count, l)) have «?» where a letter was lost (lines \(list)); save the roster as CSV UTF-8 or XLSX"
            }
        }
    }

    public static func sheetRead(_ k: Int, name: String, of n: Int) -> Message {
        Message(ru: "прочитан лист \(k) «\(name)» из \(n)", kk: "\(n) парақтың \(k)-парағы «\(name)» оқылды", en: "read sheet \(k) «\(name)» of \(n)")
    }

    public static func headerBelowTitle(header: Int, title: [Int]) -> Message {
        let list = title.map(String.init).joined(separator: ", ")
        return Message(ru: "заголовок таблицы в строке \(header); строки выше (\(list)) приняты за название",
                       kk: "кесте тақырыбы \(header)-жолда; жоғарыдағы жолдар (\(list)) атауы ретінде алынды",
                       en: "the header is on line \(header); the line\(title.count > 1 ? "s" : "") above it (\(list)) taken as the title")
    }

    public static func columnNotUsed(_ h: String) -> Message {
        Message(ru: "столбец «\(h)» не используется", kk: "«\(h)» бағаны пайдаланылмайды", en: "column «\(h)» is not used")
    }

    public static let noCategoryColumn = Message(
        ru: "нет столбца категории: категория каждого члена предложена по месту работы; подтвердите их через --assign FILE (CSV: строка,категория)",
        kk: "санат бағаны жоқ: әр мүшенің санаты жұмыс орны бойынша ұсынылды; оларды --assign FILE арқылы растаңыз (CSV: жол,санат)",
        en: "no category column: each member's category is proposed from the place of work; confirm them with --assign FILE (CSV: row,category)")

    public static func fieldCount(_ n: Int, header: Int) -> Message {
        Message(ru: "полей: \(n), а в заголовке: \(header)", kk: "өрістер саны: \(n), ал тақырыпта: \(header)", en: "\(n) fields where the header has \(header)")
    }

    public static let memberNotAMapping = Message(
        ru: "член должен быть записан как набор полей: name, category, role, …", kk: "мүше өрістер жиыны ретінде жазылуы тиіс: name, category, role, …",
        en: "a member must be a mapping of name, category, role, …")

    public static func keyNotUsed(_ key: String, line: Int) -> Message {
        Message(ru: "ключ «\(key)» в строке \(line) не используется", kk: "\(line)-жолдағы «\(key)» кілті пайдаланылмайды", en: "key «\(key)» at line \(line) is not used")
    }

    public static let emptyName = Message(ru: "пустое имя", kk: "аты-жөні бос", en: "empty name")

    public static func workplaceTellsNothing(_ name: String, _ workplace: String) -> Message {
        Message(ru: "\(name): нет категории, и место работы «\(workplace)» её не подсказывает: укажите её через --assign",
                kk: "\(name): санаты жоқ, ал «\(workplace)» жұмыс орны оны білдірмейді: оны --assign арқылы көрсетіңіз",
                en: "\(name): no category, and the place of work «\(workplace)» does not tell it: give it with --assign")
    }

    public static func noCategory(_ name: String) -> Message {
        Message(ru: "\(name): нет категории", kk: "\(name): санаты жоқ", en: "\(name): no category")
    }

    public static func unknownCategory(_ name: String, _ label: String, suggestion: String?) -> Message {
        Message(ru: "\(name): неизвестная категория «\(label)»" + (suggestion.map { "; возможно, «\($0)»? (--accept-suggestions примет её)" } ?? ""),
                kk: "\(name): белгісіз санат «\(label)»" + (suggestion.map { "; «\($0)» болуы мүмкін бе? (--accept-suggestions оны қабылдайды)" } ?? ""),
                en: "\(name): unknown category «\(label)»" + (suggestion.map { "; did you mean «\($0)»? (--accept-suggestions takes it)" } ?? ""))
    }

    public static func unknownRole(_ name: String, _ label: String) -> Message {
        let expected = "председатель / төраға / chair, секретарь / хатшы / secretary, член / мүше / member"
        return Message(ru: "\(name): неизвестная роль «\(label)»; ожидается \(expected)", kk: "\(name): белгісіз рөл «\(label)»; күтілетіні: \(expected)",
                       en: "\(name): unknown role «\(label)»; expected \(expected)")
    }

    public static func birthYearNotRead(_ y: String, line: Int) -> Message {
        Message(ru: "строка \(line): год рождения «\(y)» не распознан", kk: "\(line)-жол: туған жылы «\(y)» танылмады",
                en: "line \(line): birth year «\(y)» not understood")
    }

    public static func listedTwice(_ name: String, also: Int) -> Message {
        Message(ru: "\(name): указан дважды (также в строке \(also)); учтён один раз", kk: "\(name): екі рет көрсетілген (\(also)-жолда да); бір рет есептелді",
                en: "\(name): listed twice (also at line \(also)); counted once")
    }

    public static func possiblyListedTwice(_ name: String, also: Int) -> Message {
        Message(ru: "\(name): возможно, указан дважды (также в строке \(also)), и нет года рождения, чтобы их различить; учтён один раз — добавьте годы рождения",
                kk: "\(name): екі рет көрсетілуі мүмкін (\(also)-жолда да), ажырататын туған жылы жоқ; бір рет есептелді — туған жылдарын қосыңыз",
                en: "\(name): possibly listed twice (also at line \(also)), with no birth year to tell them apart; counted once — add the birth years")
    }

    public static func suggestionAccepted(_ label: String, _ suggestion: String, lines: [Int]) -> Message {
        let list = lines.prefix(20).map(String.init).joined(separator: ", ")
        let more = lines.count - min(lines.count, 20)
        return Message(ru: "категория «\(label)» прочитана как «\(suggestion)» (подсказка принята) в строках \(list)" + (more > 0 ? " и ещё \(more)" : ""),
                       kk: "«\(label)» санаты «\(suggestion)» ретінде оқылды (ұсыныс қабылданды): \(list)-жолдар" + (more > 0 ? " және тағы \(more)" : ""),
                       en: "category «\(label)» read as «\(suggestion)» (suggestion accepted) on line\(lines.count > 1 ? "s" : "") \(list)" + (more > 0 ? " and \(more) more" : ""))
    }
}

extension CheckMessages {
    /// The report's own words: headings, labels, the verdict.
    public enum Report {
        public static func verdict(_ c: Bool?) -> Message {
            switch c {
            case true?: Message(ru: "соответствует", kk: "сәйкес келеді", en: "compliant")
            case false?: Message(ru: "нарушение", kk: "бұзушылық", en: "violation")
            case nil: Message(ru: "не определено", kk: "анықталмады", en: "undetermined")
            }
        }

        /// «общественный совет, местный уровень; редакция 2015; профиль «nominal»».
        public static func headline(_ r: CheckResult) -> Message {
            let body = r.body == .council ? Message(ru: "общественный совет", kk: "қоғамдық кеңес", en: "public council")
                                          : Message(ru: "рабочая группа", kk: "жұмыс тобы", en: "working group")
            return .each { l in
                var s = body[l]
                if let level = r.level { s += ", " + levelName(level)[l] }
                s += "; " + [ReportLocale.ru: "редакция", .kk: "редакция", .en: "edition"][l]! + " \(r.edition); " + profile(r.profile.name)[l].lowercased()
                return s
            }
        }

        public static func profile(_ name: String) -> Message {
            Message(ru: "Профиль «\(name)»", kk: "«\(name)» бейіні", en: "Profile «\(name)»")
        }

        public static let underOtherProfiles = Message(ru: "По другим профилям", kk: "Басқа бейіндер бойынша", en: "Under the other profiles")

        public static func listedCounted(_ listed: Int, _ counted: Int) -> Message {
            Message(ru: "В списке строк: \(listed), учтено членов: \(counted)", kk: "Тізімдегі жолдар: \(listed), есепке алынған мүшелер: \(counted)",
                    en: "Members listed \(listed), counted \(counted)")
        }

        public static func provisionalVerdict(_ n: Int, _ verdict: Message) -> Message {
            .each { l in
                switch l {
                case .ru: "категории, предложенные по месту работы, никто не подтвердил (\(n)): предварительно — \(verdict.ru); подтвердите их и проверьте снова"
                case .kk: "жұмыс орны бойынша ұсынылған санаттарды (\(n)) ешкім растаған жоқ: алдын ала — \(verdict.kk); оларды растап, қайта тексеріңіз"
                case .en: "\(l.count(n, "member has", "members have")) a category proposed from the place of work that nobody has confirmed: provisionally \(verdict.en); confirm them and check again"
                }
            }
        }

        public static func unreadRowsDecide(_ n: Int) -> Message {
            .each { l in
                switch l {
                case .ru: "не прочитано: \(rows(n, l)); от того, на какой стороне их учесть, зависит вывод: исправьте их и проверьте снова"
                case .kk: "оқылмады: \(rows(n, l)); оларды қай жаққа есептеуге қорытынды байланысты: түзетіп, қайта тексеріңіз"
                case .en: "\(rows(n, l)) could not be read, and counting them on one side or the other changes the verdict: fix them and check again"
                }
            }
        }

        public static let columnsRead = Message(ru: "Прочитанные столбцы", kk: "Оқылған бағандар", en: "Columns read")
        public static func column(_ k: Int) -> Message { Message(ru: "столбец \(k)", kk: "\(k)-баған", en: "column \(k)") }
        public static func line(_ k: Int) -> Message { Message(ru: "строка \(k)", kk: "\(k)-жол", en: "line \(k)") }
        public static let actual = Message(ru: "фактически", kk: "іс жүзінде", en: "actual")
        public static let required = Message(ru: "требуется", kk: "талап етіледі", en: "required")
        public static let smallestFix = Message(ru: "наименьшее исправление", kk: "ең аз түзету", en: "smallest fix")
        public static let note = Message(ru: "примечание", kk: "ескерту", en: "note")
        public static let rule = Message(ru: "требование", kk: "талап", en: "rule")
        public static let ruleAndClause = Message(ru: "Требование и норма", kk: "Талап және норма", en: "Rule and clause")
        public static let clause = Message(ru: "норма", kk: "норма", en: "clause")
        public static let clauses = Message(ru: "Нормы", kk: "Нормалар", en: "Clauses")
        public static let paraphrase = Message(ru: "изложение в докладе 2020 года, не текст закона", kk: "2020 жылғы баяндамадағы баяндалуы, заң мәтіні емес",
                                        en: "paraphrase in the 2020 report, not statutory text")
        public static let rowsNotCounted = Message(ru: "Строки, не учтённые при подсчёте", kk: "Есепке алынбаған жолдар", en: "Rows not counted")
        public static let notes = Message(ru: "Примечания", kk: "Ескертулер", en: "Notes")
        public static func membersHeading(_ profile: String) -> Message {
            Message(ru: "Состав (стороны — по профилю «\(profile)»)", kk: "Құрамы (жақтары — «\(profile)» бейіні бойынша)",
                    en: "Members (sides under the «\(profile)» profile)")
        }
        public static let lineHeader = Message(ru: "строка", kk: "жол", en: "line")
        public static let name = Message(ru: "Ф. И. О.", kk: "Аты-жөні", en: "name")
        public static let category = Message(ru: "категория", kk: "санат", en: "category")
        public static let role = Message(ru: "роль", kk: "рөлі", en: "role")
        public static let side = Message(ru: "сторона", kk: "жағы", en: "side")
        public static let proposedCategories = Message(
            ru: "Категории, предложенные по месту работы, — подтвердите их (--assign FILE со строками «строка,категория»):",
            kk: "Жұмыс орны бойынша ұсынылған санаттар — оларды растаңыз (--assign FILE, жолдары «жол,санат»):",
            en: "Categories proposed from the place of work, to confirm (--assign FILE with «row,category» lines):")
        public static let contradictionsHeading = Message(
            ru: "Указаны как гражданское общество, но место работы говорит об ином:",
            kk: "Азаматтық қоғам ретінде көрсетілген, бірақ жұмыс орны басқаны білдіреді:",
            en: "Listed on the civil-society side, but the place of work says otherwise:")
        /// «гражданское общество ≥ 2/3 в местных общественных советах (п. 7 ст. 1), профиль «nominal»: ниже — 3 из 51 регион-лет».
        public static func compositionHeadline(threshold: String, profile: String, failing: Int, of total: Int) -> Message {
            Message(ru: "гражданское общество ≥ \(threshold) в местных общественных советах (п. 7 ст. 1), профиль «\(profile)»: ниже порога — \(failing) из \(total) (регион, год)",
                    kk: "жергілікті қоғамдық кеңестерде азаматтық қоғам ≥ \(threshold) (1-баптың 7-тармағы), «\(profile)» бейіні: шектен төмен — \(total) (өңір, жыл) ішінен \(failing)",
                    en: "civil society ≥ \(threshold) of local public councils (п. 7 ст. 1), profile «\(profile)»: \(failing) of \(total) region-years below")
        }
        public static let region = Message(ru: "регион", kk: "өңір", en: "region")
        public static let year = Message(ru: "год", kk: "жыл", en: "year")
        public static let members = Message(ru: "членов", kk: "мүшелер", en: "members")
        public static func civilSocietyUnder(_ profile: String) -> Message {
            Message(ru: "гражданское общество (\(profile))", kk: "азаматтық қоғам (\(profile))", en: "civil society (\(profile))")
        }
        public static let printed = Message(ru: "в докладе", kk: "баяндамада", en: "printed")
        public static let discrepancies = Message(
            ru: "Проценты доклада, которые не следуют из его же чисел (сверх точности печати)",
            kk: "Баяндаманың өз сандарынан шықпайтын пайыздар (басылым дәлдігінен тыс)",
            en: "Percentages printed in the report that its own numbers do not give (beyond printing precision)")

        public static func listedAs(_ category: Message) -> Message {
            Message(ru: "указан как «\(category.ru)»", kk: "«\(category.kk)» ретінде көрсетілген", en: "listed as \(category.en)")
        }
    }
}

extension CheckMessages {
    /// Why a roster cannot be checked at all.
    public enum Input {
        public static let whichBody = Message(
            ru: "укажите, чей это список: --body council|working_group (или `body:` в JSON/YAML)",
            kk: "тізім кімдікі екенін көрсетіңіз: --body council|working_group (немесе JSON/YAML-да `body:`)",
            en: "say which body the roster is for: --body council|working_group (or `body:` in JSON/YAML)")
        public static func whichLevel(_ rule: String) -> Message {
            Message(ru: "требование \(rule) зависит от уровня: укажите --level republican|local (или `level:` в JSON/YAML)",
                    kk: "\(rule) талабы деңгейге байланысты: --level republican|local көрсетіңіз (немесе JSON/YAML-да `level:`)",
                    en: "rule \(rule) depends on the level: pass --level republican|local (or `level:` in JSON/YAML)")
        }
        public static let empty = Message(ru: "файл пуст", kk: "файл бос", en: "file is empty")
        public static let binary = Message(ru: "двоичные данные (байт NUL): ожидался текст CSV или XLSX", kk: "екілік деректер (NUL байты): CSV мәтіні немесе XLSX күтілген",
                                           en: "binary data (a NUL byte): expected CSV text or XLSX")
        public static let encoding = Message(ru: "ни UTF-8, ни Windows-1251: сохраните список как CSV UTF-8 или XLSX",
                                             kk: "UTF-8 те, Windows-1251 де емес: тізімді CSV UTF-8 немесе XLSX ретінде сақтаңыз",
                                             en: "neither UTF-8 nor Windows-1251: save the roster as CSV UTF-8 or XLSX")
        public static let noHeader = Message(ru: "нет строки заголовка", kk: "тақырып жолы жоқ", en: "no header row")
        public static let sheetNotWorkbook = Message(ru: "--sheet — для книг XLSX; этот файл не книга", kk: "--sheet XLSX кітаптарына арналған; бұл файл кітап емес",
                                                     en: "--sheet is for XLSX workbooks; this file is not one")
        public static func noColumn(_ names: String, found: String) -> Message {
            Message(ru: "в заголовке нет столбца «\(names)»: есть \(found)", kk: "тақырыпта «\(names)» бағаны жоқ: бары — \(found)",
                    en: "no «\(names)» column in the header: found \(found)")
        }
        public static let unreadable = Message(ru: "не удаётся прочитать файл", kk: "файлды оқу мүмкін емес", en: "cannot read the file")
        public static let assignmentLine = Message(ru: "ожидается «строка,категория», например «12,Госорганы»", kk: "«жол,санат» күтілген, мысалы «12,Госорганы»",
                                                   en: "expected «row,category», e.g. «12,Госорганы»")
        public static func unknownCategory(_ label: String) -> Message {
            Message(ru: "неизвестная категория «\(label)»", kk: "белгісіз санат «\(label)»", en: "unknown category «\(label)»")
        }
        public static func noProfile(_ name: String, there: String) -> Message {
            Message(ru: "нет профиля «\(name)»; есть \(there)", kk: "«\(name)» бейіні жоқ; бары: \(there)", en: "no profile «\(name)»; there are \(there)")
        }
        public static func noEdition(_ edition: String) -> Message {
            Message(ru: "нет правил для редакции «\(edition)»: встроены редакции 2015 и 2021, или укажите --rules FILE",
                    kk: "«\(edition)» редакциясына ережелер жоқ: 2015 және 2021 редакциялары кіріктірілген, немесе --rules FILE көрсетіңіз",
                    en: "no rules for edition «\(edition)»: the bundled editions are 2015 and 2021, or give --rules FILE")
        }
        public static func strayLine(_ line: Int, of roster: String) -> Message {
            Message(ru: "строка \(line) — не строка члена в \(roster): укажите номера строк, которые показывает отчёт",
                    kk: "\(line)-жол \(roster) ішінде мүше жолы емес: есеп көрсететін жол нөмірлерін беріңіз",
                    en: "line \(line) is not a member row of \(roster): give the line numbers the report shows")
        }
        public static let noValidRows = Message(ru: "нет ни одной прочитанной строки: проверять нечего", kk: "бірде-бір жол оқылмады: тексеретін ештеңе жоқ",
                                                en: "no valid rows: nothing to check")

        // JSON and YAML rosters
        public static func notStructured(_ detail: String) -> Message {
            Message(ru: "это не JSON и не YAML: \(detail)", kk: "бұл JSON да, YAML да емес: \(detail)", en: "not valid JSON or YAML: \(detail)")
        }
        public static let notMapping = Message(ru: "ожидается словарь с `members` (и, если нужно, `body`, `level`)",
                                               kk: "`members` бар сөздік күтілген (қажет болса `body`, `level`)",
                                               en: "expected a mapping with `members` (and optionally `body`, `level`)")
        public static func badBody(_ b: String) -> Message {
            Message(ru: "body «\(b)»: ожидается council или working_group", kk: "body «\(b)»: council немесе working_group күтілген",
                    en: "body «\(b)»: expected council or working_group")
        }
        public static func badLevel(_ l: String) -> Message {
            Message(ru: "level «\(l)»: ожидается republican или local", kk: "level «\(l)»: republican немесе local күтілген",
                    en: "level «\(l)»: expected republican or local")
        }
        public static let noMembers = Message(ru: "нет списка `members`", kk: "`members` тізімі жоқ", en: "no `members` list")
        public static let headerNotUTF8 = Message(ru: "строка заголовка — не UTF-8, хотя остальной файл в UTF-8: сохраните список как CSV UTF-8",
                                                  kk: "тақырып жолы UTF-8 емес, ал файлдың қалғаны UTF-8: тізімді CSV UTF-8 ретінде сақтаңыз",
                                                  en: "the header is not valid UTF-8 while the rest of the file is: save the roster as CSV UTF-8")
        public static func foreign(_ kind: ForeignFile) -> Message { .each { kind.adviceForRoster($0.rawValue) } }

        // XLSX workbooks
        public static func notXLSX(_ detail: Message) -> Message {
            .each { l in [ReportLocale.ru: "это не читаемый XLSX: ", .kk: "бұл оқылатын XLSX емес: ", .en: "not a readable XLSX: "][l]! + detail[l] }
        }
        public static func archive(_ why: ZipArchive.Problem) -> Message { .each { why.text($0.rawValue) } }
        public static let noWorksheet = Message(ru: "в этой книге XLSX нет листа", kk: "бұл XLSX кітабында парақ жоқ", en: "no worksheet in this XLSX file")
        public static func noSheet(_ listing: String) -> Message {
            Message(ru: "нет такого листа: в книге \(listing); дайте --sheet номер или имя листа",
                    kk: "мұндай парақ жоқ: кітапта \(listing); --sheet параметріне парақтың нөмірін немесе атын беріңіз",
                    en: "no such sheet: the workbook has \(listing); give --sheet a number or a name")
        }
        public static func emptySheet(_ n: Int, _ name: String) -> Message {
            Message(ru: "лист \(n) «\(name)» пуст", kk: "\(n)-парақ «\(name)» бос", en: "sheet \(n) «\(name)» is empty")
        }
        public static func allSheetsEmpty(_ listing: String) -> Message {
            Message(ru: "все листы книги пусты (\(listing))", kk: "кітаптың барлық парағы бос (\(listing))", en: "every sheet of this workbook is empty (\(listing))")
        }
        public static let partNotXML = Message(ru: "часть XLSX — не XML", kk: "XLSX бөлігі XML емес", en: "the XLSX part is not XML")
        public static let partNotWellFormed = Message(ru: "часть XLSX — неверно построенный XML (обрезан или повреждён)", kk: "XLSX бөлігі дұрыс құрылмаған XML (қиылған немесе бүлінген)",
                                                      en: "the XLSX part is not well-formed XML (truncated or damaged)")
        public static let partDTD = Message(ru: "DTD в части XLSX: отклонено", kk: "XLSX бөлігінде DTD бар: қабылданбады", en: "a DTD in an XLSX part: refused")
        public static func partTooDeep(_ limit: Int) -> Message {
            Message(ru: "вложенность XML в части XLSX глубже \(limit): отклонено", kk: "XLSX бөлігіндегі XML ұялануы \(limit) деңгейден терең: қабылданбады",
                    en: "XML nested deeper than \(limit) in an XLSX part: refused")
        }
        public static func partAttributes(_ limit: Int) -> Message {
            Message(ru: "в части XLSX у элемента больше \(limit) атрибутов: отклонено", kk: "XLSX бөлігінде элементтің \(limit) атрибуттан көп: қабылданбады",
                    en: "an XLSX part has an element with more than \(limit) attributes: refused")
        }
        public static func noSharedString(_ i: String) -> Message {
            Message(ru: "ячейка ссылается на общую строку \(i), которой нет: файл повреждён, сохраните его заново из Excel",
                    kk: "ұяшық жоқ \(i) ортақ жолына сілтейді: файл бүлінген, оны Excel арқылы қайта сақтаңыз",
                    en: "cell refers to shared string \(i), which does not exist: the file is damaged, save it again from Excel")
        }

        // Composition tables
        public static let noYear = Message(ru: "не указан год", kk: "жылы көрсетілмеген", en: "no year")
        public static func unknownCategory(_ label: String, closest: String?) -> Message {
            unknownCategory(label) + (closest.map { c in Message(ru: "; может быть, «\(c)»?", kk: "; мүмкін, «\(c)»?", en: "; did you mean «\(c)»?") } ?? Message(verbatim: ""))
        }
        public static func membersNotWhole(_ v: String) -> Message {
            Message(ru: "число членов — не целое число: «\(v)»", kk: "мүшелер саны бүтін сан емес: «\(v)»", en: "members is not a whole number: «\(v)»")
        }
    }

    /// Errors in the rule books, profiles and the category catalogue: for whoever writes rules.
    public enum RuleFile {
        public static func notBundled(_ listing: String) -> Message {
            Message(ru: "среди встроенных правил нет такого файла (есть \(listing))", kk: "кіріктірілген ережелер арасында мұндай файл жоқ (бары: \(listing))",
                    en: "no such file among the bundled rules (\(listing))")
        }
        public static func invalid(_ detail: String) -> Message {
            Message(ru: "файл не того вида или с ошибкой: \(detail)", kk: "файл тиісті түрде емес немесе қатесі бар: \(detail)",
                    en: "not a valid file of this kind: \(detail)")
        }
        public static func rule(_ number: Int, _ id: String, _ why: Message) -> Message {
            .each { l in [ReportLocale.ru: "правило \(number) (\(id)): ", .kk: "\(number)-ереже (\(id)): ", .en: "rule \(number) (\(id)): "][l]! + why[l] }
        }
        public static let oneKind = Message(ru: "дайте ровно одно из share, role, count, excludes_role", kk: "share, role, count, excludes_role ішінен дәл біреуін беріңіз",
                                            en: "give exactly one of share, role, count, excludes_role")
        public static func needsBound(_ kind: String) -> Message {
            Message(ru: "для \(kind) нужно at_least или at_most", kk: "\(kind) үшін at_least немесе at_most қажет", en: "a \(kind) needs at_least or at_most")
        }
        public static func level(_ l: String) -> Message { Input.badLevel(l) }
        public static func unknownCode(_ code: String) -> Message {
            Message(ru: "неизвестный код категории «\(code)»", kk: "белгісіз санат коды «\(code)»", en: "unknown category code «\(code)»")
        }
        public static let roleNeedsSide = Message(ru: "правилу о роли нужна сторона или категории, которые должны быть у её обладателя",
                                                  kk: "рөл туралы ережеге тарап немесе рөл иесінде болуға тиіс санаттар қажет",
                                                  en: "a role rule needs the side or the categories its holder must have")
        public static func profile(_ name: String, _ why: Message) -> Message {
            .each { l in [ReportLocale.ru: "профиль \(name): ", .kk: "\(name) бейіні: ", .en: "profile \(name): "][l]! + why[l] }
        }
        public static func twoSides(_ code: String) -> Message {
            Message(ru: "«\(code)» стоит на двух сторонах", kk: "«\(code)» екі тарапта тұр", en: "«\(code)» is on two sides")
        }
        public static func sideMissing(_ codes: String) -> Message {
            Message(ru: "не сказано, на какой стороне считаются \(codes)", kk: "\(codes) қай тарапта саналатыны айтылмаған",
                    en: "does not say on which side \(codes) count")
        }
        public static func citesMissing(_ rule: String, _ eId: String) -> Message {
            Message(ru: "правило \(rule) цитирует \(eId), а в этом акте его нет", kk: "\(rule) ережесі \(eId) бірлігін келтіреді, бұл актіде ол жоқ",
                    en: "rule \(rule) cites \(eId), which is not in this act")
        }
        public static func actUnreadable(_ rule: String, _ why: Message) -> Message {
            .each { l in [ReportLocale.ru: "правило \(rule): не удаётся прочитать его акт: ", .kk: "\(rule) ережесі: оның актісін оқу мүмкін емес: ",
                          .en: "rule \(rule): cannot read its act: "][l]! + why[l] }
        }
        public static let noCategories = Message(ru: "в каталоге нет категорий", kk: "каталогта санаттар жоқ", en: "no categories in the catalogue")
    }
}

extension String {
    /// The first letter upper case («председатель» → «Председатель»).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
