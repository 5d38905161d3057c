import KenesAct
import KenesFormats

/// The workspace's own words, in Russian, Kazakh and English: navigation, forms, buttons,
/// banners. Reports embedded in pages keep their own catalogues (check, diff, library).
enum UI {
    static let library = Message(ru: "Библиотека", kk: "Кітапхана", en: "Library")
    static let compare = Message(ru: "Сравнение", kk: "Салыстыру", en: "Compare")
    static let check = Message(ru: "Проверка состава", kk: "Құрамды тексеру", en: "Roster check")
    static let extract = Message(ru: "Извлечения и курсы", kk: "Үзінділер мен курстар", en: "Extracts and courses")
    static let language = Message(ru: "Язык интерфейса", kk: "Интерфейс тілі", en: "Interface language")
    static let skip = Message(ru: "К содержанию", kk: "Мазмұнға өту", en: "Skip to content")

    // Library
    static let works = Message(ru: "Акты библиотеки", kk: "Кітапхана актілері", en: "Works in the library")
    static let noWorks = Message(ru: "В библиотеке пока нет актов: добавьте акт формой ниже.", kk: "Кітапханада әзірге акт жоқ: төмендегі формамен акт қосыңыз.",
                                 en: "The library holds no act yet: add one with the form below.")
    static let work = Message(ru: "Акт", kk: "Акт", en: "Work")
    static let editions = Message(ru: "Редакции", kk: "Редакциялар", en: "Editions")
    static let addAct = Message(ru: "Добавить акт", kk: "Акт қосу", en: "Add an act")
    static let actFile = Message(ru: "Файл акта (текст, HTML портала, DOCX, Akoma Ntoso)", kk: "Акт файлы (мәтін, порталдың HTML беті, DOCX, Akoma Ntoso)",
                                 en: "The act's file (text, the portal's HTML, DOCX, Akoma Ntoso)")
    static let editionDate = Message(ru: "Дата редакции (если известна)", kk: "Редакция күні (белгілі болса)", en: "Edition date (when known)")
    static let add = Message(ru: "Добавить", kk: "Қосу", en: "Add")
    static let search = Message(ru: "Поиск по библиотеке", kk: "Кітапханадан іздеу", en: "Search the library")
    static let words = Message(ru: "Слова", kk: "Сөздер", en: "Words")
    static let find = Message(ru: "Найти", kk: "Табу", en: "Find")
    static let noHits = Message(ru: "Ничего не найдено.", kk: "Ештеңе табылмады.", en: "Nothing found.")
    static let undated = Message(ru: "дата редакции неизвестна", kk: "редакция күні белгісіз", en: "edition date unknown")

    // Act
    static let contents = Message(ru: "Содержание", kk: "Мазмұны", en: "Contents")
    static let asAt = Message(ru: "Текст по состоянию на", kk: "Мәтін мына күнгі жағдай бойынша", en: "Text as at")
    static let history = Message(ru: "история", kk: "тарихы", en: "history")
    static let citedBy = Message(ru: "кто ссылается", kk: "кім сілтейді", en: "cited by")
    static let showNotes = Message(ru: "Показать примечания", kk: "Ескертпелерді көрсету", en: "Show notes")
    static let sideBySide = Message(ru: "Русский и казахский рядом", kk: "Орысша мен қазақша қатар", en: "Russian and Kazakh side by side")
    static let show = Message(ru: "Показать", kk: "Көрсету", en: "Show")
    static let date = Message(ru: "Дата", kk: "Күні", en: "Date")

    // Compare
    static let compareTitle = Message(ru: "Сравнить две редакции", kk: "Екі редакцияны салыстыру", en: "Compare two versions")
    static let twoEditions = Message(ru: "Две редакции из библиотеки", kk: "Кітапханадағы екі редакция", en: "Two editions from the library")
    static let twoFiles = Message(ru: "Два файла", kk: "Екі файл", en: "Two files")
    static let actAndLaw = Message(ru: "Акт и изменяющий закон", kk: "Акт және өзгерістер енгізетін заң", en: "An act and an amending law")
    static let oldVersion = Message(ru: "Действующая редакция", kk: "Қолданыстағы редакция", en: "Text in force")
    static let newVersion = Message(ru: "Предлагаемая редакция", kk: "Ұсынылып отырған редакция", en: "Proposed text")
    static let amendingLaw = Message(ru: "Изменяющий закон (текст)", kk: "Өзгерістер енгізетін заң (мәтін)", en: "Amending law (text)")
    static let compareButton = Message(ru: "Сравнить", kk: "Салыстыру", en: "Compare")
    static let download = Message(ru: "Скачать", kk: "Жүктеп алу", en: "Download")
    static let rationale = Message(ru: "Обоснования для таблицы", kk: "Кестеге негіздемелер", en: "Rationale for the table")
    static let nextChange = Message(ru: "Следующее изменение", kk: "Келесі өзгеріс", en: "Next change")
    static let previousChange = Message(ru: "Предыдущее изменение", kk: "Алдыңғы өзгеріс", en: "Previous change")
    static let inlineView = Message(ru: "Показать в одном тексте", kk: "Бір мәтінде көрсету", en: "Show inline")
    static let sideBySideView = Message(ru: "Показать рядом", kk: "Қатар көрсету", en: "Show side by side")
    static let table = Message(ru: "Сравнительная таблица", kk: "Салыстырма кесте", en: "Comparative table")

    // Check
    static let checkTitle = Message(ru: "Проверить состав по закону", kk: "Құрамды заң бойынша тексеру", en: "Check a roster against the law")
    static let rosterFile = Message(ru: "Список (XLSX, CSV, JSON, YAML)", kk: "Тізім (XLSX, CSV, JSON, YAML)", en: "Roster (XLSX, CSV, JSON, YAML)")
    static let body = Message(ru: "Орган", kk: "Орган", en: "Body")
    static let council = Message(ru: "общественный совет", kk: "қоғамдық кеңес", en: "public council")
    static let workingGroup = Message(ru: "рабочая группа", kk: "жұмыс тобы", en: "working group")
    static let level = Message(ru: "Уровень", kk: "Деңгей", en: "Level")
    static let republican = Message(ru: "республиканский", kk: "республикалық", en: "republican")
    static let local = Message(ru: "местный", kk: "жергілікті", en: "local")
    static let fromFile = Message(ru: "как в файле", kk: "файлдағыдай", en: "as the file says")
    static let lawEdition = Message(ru: "Редакция закона", kk: "Заң редакциясы", en: "Edition of the law")
    static let profile = Message(ru: "Как считать категории", kk: "Санаттарды қалай санау", en: "How categories count")
    static let checkButton = Message(ru: "Проверить", kk: "Тексеру", en: "Check")
    static let confirm = Message(ru: "Подтвердите категории, предложенные по месту работы, и проверьте снова",
                                 kk: "Жұмыс орны бойынша ұсынылған санаттарды растап, қайта тексеріңіз",
                                 en: "Confirm the categories proposed from the place of work, and check again")
    static let recheck = Message(ru: "Проверить снова", kk: "Қайта тексеру", en: "Check again")
    static let redact = Message(ru: "Инициалы вместо имён (для публикации)", kk: "Аты-жөнінің орнына инициалдар (жариялау үшін)",
                                en: "Initials instead of names (for publication)")
    static let privacy = Message(ru: "Список не сохраняется: он читается в памяти для этого запроса и отправляется обратно с формой.",
                                 kk: "Тізім сақталмайды: ол осы сұрау үшін жадта оқылады және формамен қайта жіберіледі.",
                                 en: "The roster is not kept: it is read in memory for this request and sent back with the form.")
    static let citedClauses = Message(ru: "Нормы, на которых основаны выводы", kk: "Қорытындылар негізделген нормалар", en: "The clauses the findings rest on")
    static let line = Message(ru: "Строка", kk: "Жол", en: "Line")
    static let category = Message(ru: "Категория", kk: "Санат", en: "Category")

    // Extract
    static let extractTitle = Message(ru: "Извлечение статей для обучения", kk: "Оқуға арналған баптар үзіндісі", en: "Clauses for a course")
    static let references = Message(ru: "Ссылки («ст. 8 п. 1-3; ст. 9»)", kk: "Сілтемелер («8-бап 1-3-тармақ»)", en: "References («ст. 8 п. 1-3; ст. 9»)")
    static let parallel = Message(ru: "С казахским (русским) текстом рядом", kk: "Қазақша (орысша) мәтінмен қатар", en: "With the other language side by side")
    static let glossary = Message(ru: "С глоссарием", kk: "Глоссариймен", en: "With a glossary")
    static let preview = Message(ru: "Просмотр", kk: "Алдын ала қарау", en: "Preview")
    static let courseYAML = Message(ru: "Файл курса (YAML)", kk: "Курс файлы (YAML)", en: "Course file (YAML)")
    static let tick = Message(ru: "Отметьте статьи или введите ссылки", kk: "Баптарды белгілеңіз немесе сілтемелерді енгізіңіз", en: "Tick articles or type references")

    // Login, errors
    static let login = Message(ru: "Вход", kk: "Кіру", en: "Sign in")
    static let token = Message(ru: "Ключ доступа", kk: "Қол жеткізу кілті", en: "Access token")
    static let badToken = Message(ru: "Неверный ключ доступа.", kk: "Қол жеткізу кілті қате.", en: "Wrong access token.")
    static let notFound = Message(ru: "Такой страницы нет.", kk: "Мұндай бет жоқ.", en: "No such page.")
    static let badForm = Message(ru: "Форма устарела или отправлена с другого сайта: откройте страницу заново.",
                                 kk: "Форма ескірген немесе басқа сайттан жіберілген: бетті қайта ашыңыз.",
                                 en: "The form is stale or was sent from another site: open the page again.")
    static let tooLarge = Message(ru: "Файл слишком большой.", kk: "Файл тым үлкен.", en: "The file is too large.")
    static let chooseFile = Message(ru: "Выберите файл.", kk: "Файлды таңдаңыз.", en: "Choose a file.")
}

/// The pages' stylesheet and the one script: served from the workspace itself (no CDN: it
/// works offline and behind a ministry's firewall), no inline script (the CSP forbids it).
enum Assets {
    static let css = """
    :root{--ink:#1b1b1b;--muted:#5a5a5a;--line:#c9c9c9;--accent:#0b5394;--ins:#d9f2d9;--del:#f8d7d7}
    *{box-sizing:border-box}
    body{font-family:"PT Serif","Liberation Serif",Georgia,serif;color:var(--ink);margin:0;line-height:1.45}
    a{color:var(--accent)} a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0b400;outline-offset:1px}
    .skip{position:absolute;left:-999px} .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)} .skip:focus{left:1em;top:1em;background:#fff;padding:.3em}
    header.top{display:flex;flex-wrap:wrap;gap:1em;align-items:center;padding:.6em 1.2em;border-bottom:2px solid var(--accent)}
    header.top nav a{margin-right:1em} header.top .brand{font-weight:bold;font-size:1.2em;text-decoration:none}
    header.top form{margin-left:auto}
    main{max-width:72em;margin:0 auto;padding:1em 1.2em}
    table{border-collapse:collapse;width:100%} td,th{border:1px solid var(--line);padding:.3em .5em;vertical-align:top;text-align:left}
    fieldset{border:1px solid var(--line);margin:1em 0;padding:.6em 1em;min-width:0} label{display:block;margin:.3em 0}
    .banner{background:#fff8e1;border-left:4px solid #f0b400;padding:.4em .8em;margin:.6em 0}
    .flag{font-size:.85em;background:#eee;border-radius:3px;padding:0 .3em;margin-left:.3em}
    .error{background:#fdecea;border-left:4px solid #c62828;padding:.4em .8em}
    .act .unit{margin:.2em 0} .act h3{margin:1.2em 0 .3em} .act .note{color:var(--muted);font-size:.9em}
    .act .tools{font-size:.8em;margin-left:.5em} .toc{columns:2;font-size:.95em}
    .parallel{display:grid;grid-template-columns:1fr 1fr;gap:1.5em} .parity{background:#fff3cd;border-left:3px solid #f0b400;padding:.2em .5em;font-size:.9em}
    .report{border:1px solid var(--line);padding:.5em 1em;margin:1em 0}
    .changes-nav{position:sticky;top:0;background:#fff;padding:.3em 0;border-bottom:1px solid var(--line)}
    ins{background:var(--ins);text-decoration:none} del{background:var(--del)}
    textarea{width:100%} select,input[type=text],input[type=search]{max-width:100%}
    @media print{header.top,.no-print,form{display:none} main{max-width:none;padding:0} @page{size:A4;margin:2cm}}
    """

    /// Change navigation on the compare page: next / previous among the changes shown, and a
    /// filter by kind. The page works without it.
    static let js = """
    (function(){
      var all=[].slice.call(document.querySelectorAll('.report h2[id^="c"]'));
      var changes=all.slice();
      var at=-1;
      var filter=document.getElementById('kind-filter');
      if(filter) filter.addEventListener('change',function(){
        changes=[]; at=-1;
        all.forEach(function(h){ var k=h.querySelector('.kind'); var show=!filter.value||(k&&k.textContent===filter.value);
          h.hidden=!show; var t=h.nextElementSibling; if(t&&t.tagName==='TABLE') t.hidden=!show; if(show) changes.push(h); });
      });
      function go(step){ if(!changes.length) return; at=(at+step+changes.length)%changes.length;
        changes[at].scrollIntoView({block:'center'}); changes[at].setAttribute('tabindex','-1'); changes[at].focus(); }
      var next=document.getElementById('next-change'), prev=document.getElementById('prev-change');
      if(next) next.addEventListener('click',function(){go(1)});
      if(prev) prev.addEventListener('click',function(){go(-1)});
      document.addEventListener('keydown',function(e){ if(e.target.tagName==='INPUT'||e.target.tagName==='TEXTAREA') return;
        if(e.key==='n') go(1); if(e.key==='p') go(-1); });
    })();
    """
}

/// A page of the workspace: the header with navigation and the language switch, the content.
struct PageFrame {
    var ui: ReportLocale
    var title: String
    var path: String
    /// The query the page was asked with: switching the language keeps it.
    var query: [(String, String)] = []

    func render(_ content: String) -> String {
        let nav = [("/", UI.library), ("/compare", UI.compare), ("/check", UI.check), ("/extract", UI.extract)]
            .map { "<a href=\"\($0.0)\"\($0.0 == path ? " aria-current=\"page\"" : "")>\(h($0.1[ui]))</a>" }.joined()
        let switcher = ReportLocale.allCases.map { l in
            "<option value=\"\(l.rawValue)\"\(l == ui ? " selected" : "")>\(["ru": "Русский", "kk": "Қазақша", "en": "English"][l.rawValue]!)</option>"
        }.joined()
        return """
        <!doctype html>
        <html lang="\(ui.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <title>\(h(title)) — Kenes</title><link rel="stylesheet" href="/assets/kenes.css"></head>
        <body><a class="skip" href="#main">\(h(UI.skip[ui]))</a>
        <header class="top"><a class="brand" href="/">Kenes</a><nav aria-label="Kenes">\(nav)</nav>
        <form method="get" action="\(h(path))">\(query.map { "<input type=\"hidden\" name=\"\(h($0.0))\" value=\"\(h($0.1))\">" }.joined())<label>\(h(UI.language[ui])) <select name="ui">\(switcher)</select></label> <button>OK</button></form></header>
        <main id="main"><h1>\(h(title))</h1>
        \(content)
        </main><script src="/assets/kenes.js"></script></body></html>
        """
    }
}

/// Text for HTML content and attribute values (always written between double quotes).
func h(_ s: String) -> String { Escaping.xml(s) }
