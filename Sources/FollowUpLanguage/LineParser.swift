import FollowUpCore

/// Turns one typed line, English or Chinese, into an intent and its slots.
///
/// The pipeline, one dimension at a time (each in its own folder), the strongest evidence first:
/// 1. `Text/` normalises the line and splits it into tokens.
/// 2. `Name/` claims names a cue announces (`add customer 3M China`), then the book's names.
/// 3. `Text/` claims identifiers (invoice numbers, phones, emails, ids) on what is left.
/// 4. `Time/` finds dates, times and repeats, composing rules over spans already found.
/// 5. `Amount/` finds money amounts on what is left.
/// 6. `Intent/` picks the first fitting intent rule, finds the customer by grammar when the
///    book did not name one, fills the descriptive slots, checks that a money reading explains
///    every word (`Coverage`), and cuts a line that says two things into clauses.
///
/// Deterministic, pure Swift, and safe on any input: lines longer than
/// `Normalizer.maxScalars` scalars are analysed only up to that length.
public struct LineParser: Sendable {
    private let index: NameIndex
    private let dayFirst: Bool

    /// `names`: customer names, aliases and contact names known in the book (may be empty).
    /// `dayFirst`: read `12/10` as 12 October (the book's date-order setting).
    public init(names: [String] = [], dayFirst: Bool = false) {
        index = NameIndex(names)
        self.dayFirst = dayFirst
    }

    /// `now`: the time of day, when known, for `in 2 hours`.
    public func parse(_ line: String, today: Day, now: TimeOfDay? = nil) -> ParsedLine {
        // `--lang zh` on a line picks the reply language; the words are read without it.
        let (stripped, forced) = LanguageOption.strip(line)
        // `--csv` is taken off before anything reads the words, so it never becomes a name.
        let csv = CSVFlag.split(stripped)
        let typed = csv?.line ?? stripped
        let words = index.possessivesRestored(typed) ?? typed
        // Occasions and a fact for a customer's file are whole-line patterns with the names as typed.
        // Shorthand (`bday`, `acct`) is spelled out for them when the line as typed fits none.
        let spelled = Shorthand.expanded(words)
        if var occasion = OccasionGrammar.read(words, dayFirst: dayFirst) ?? spelled.flatMap({ OccasionGrammar.read($0, dayFirst: dayFirst) }) {
            occasion.input = line
            occasion.csv = csv?.csv
            if let forced { occasion.force(forced) }
            return occasion
        }
        if var file = CustomerFileGrammar.read(words, dayFirst: dayFirst) ?? spelled.flatMap({ CustomerFileGrammar.read($0, dayFirst: dayFirst) }) {
            file.input = line
            file.csv = csv?.csv
            if let forced { file.force(forced) }
            return file
        }
        var parsed = parse(words, today: today, now: now, splitting: true)
        // `script excuse "no money" Acme`: quotes make a name, but these words are what was said.
        if parsed.intent == .script, let name = parsed.slots.customer,
           ContactLexicon.isExcuse(name) || (parsed.slots.topic == "excuse" && ContactLexicon.isWhole(name, [ContactLexicon.excuseNames])) {
            if let unquoted = LineParser.unquote(name, in: words) {
                parsed = parse(unquoted, today: today, now: now, splitting: true)
            } else if parsed.slots.excuse != nil {
                // 借口话术 没钱: the grammar took what was said for a name.
                parsed.slots.customer = nil
                parsed.evidence.removeAll { $0.slot == "customer" }
            }
        }
        // `script excuse quality`, 借口话术 下个月: the words of the topic or an excuse's short name
        // are no customer.
        if parsed.intent == .script, let name = parsed.slots.customer, parsed.slots.excuse != nil || parsed.slots.topic != nil,
           ContactLexicon.isWhole(name, [ContactLexicon.excuseNames]) || ContactLexicon.isWhole(name, [SlotLexicon.topics]) {
            parsed.slots.customer = nil
            parsed.evidence.removeAll { $0.slot == "customer" }
        }
        // `how do i handle acme's complaint`: the name ends at the possessive.
        if parsed.intent == .script, let name = parsed.slots.customer, name.contains("'s ") {
            let words = name.split(separator: " ", omittingEmptySubsequences: true)
            if let k = words.firstIndex(where: { $0.hasSuffix("'s") }) {
                parsed.slots.customer = (words[..<k] + [words[k].dropLast(2)]).joined(separator: " ")
            }
        }
        // A path's letters say nothing of the language: 检查话术文件 /tmp/mine.yaml is Chinese.
        if parsed.intent == .playCheck, let cue = parsed.words(for: "intent") {
            parsed.language = cue.unicodeScalars.contains(where: Normalizer.isCJK) ? .zh : .en
        }
        parsed.input = line
        parsed.csv = csv?.csv
        if let forced { parsed.force(forced) }
        return parsed
    }

    /// The line with the quotes around `words` taken away, or nil when they are not quoted.
    static func unquote(_ words: String, in line: String) -> String? {
        let chars = Array(line)
        for (open, close) in SlotFiller.quotePairs {
            let target = Array(open + words + close)
            guard target.count <= chars.count else { continue }
            for i in 0...(chars.count - target.count) where chars[i..<(i + target.count)].elementsEqual(target) {
                return String(chars[..<i]) + " " + words + " " + String(chars[(i + target.count)...])
            }
        }
        return nil
    }

    private func parse(_ line: String, today: Day, now: TimeOfDay?, splitting: Bool) -> ParsedLine {
        let text = Normalizer.normalize(line)
        var a = Analysis(text)
        // Names first: a cue's name, then the book's names, then everything else on what is left.
        let cued = NameCues.find(a)
        for r in cued.all { a.mark(r, .name) }
        let found = cued.customer == nil ? index.find(in: a) : nil
        if let found { a.mark(found, .name) }
        let known = cued.customer ?? found
        let ids = IdentifierScanner.scan(&a)
        let times = TimeScanner.scan(&a, today: today, dayFirst: dayFirst, now: now)
        let amounts = AmountScanner.scan(&a)

        var slots = Slots()
        var log = EvidenceLog()
        slots.invoice = ids.invoice
        slots.phone = ids.phone
        slots.email = ids.email
        // 十月第一个星期一: a 第N the time scanner read as part of a date is no item number.
        let idInDate = ids.idRange.map { r in times.contains { $0.range.overlaps(r) } } ?? false
        slots.id = idInDate ? nil : ids.id
        log.note("invoice", a, ids.invoiceRange)
        log.note("phone", a, ids.phoneRange)
        log.note("email", a, ids.emailRange)
        log.note("id", a, idInDate ? nil : ids.idRange)
        var problem: ParseProblem?
        // The time words that gave a slot; the others belong to the text ("to do month end").
        var usedTimes: [Range<Int>] = []
        for f in times {
            let v = f.value
            // 99号投诉: a number before 号投诉 names a complaint, even one no month has as a day; it
            // wins over a 第N later in the line (3号投诉退回第一步).
            if let n = Self.complaintNumber(a, f.range),
               slots.id == nil || ids.idRange.map({ a.word($0.lowerBound) == "第" && $0.lowerBound > f.range.lowerBound }) == true {
                if slots.id != nil, let old = ids.idRange { a.mark(old, .free); log.forget("id") }
                slots.id = n
                a.mark(f.range, .id)
                log.note("id", a, f.range)
                usedTimes.append(f.range)
                continue
            }
            if let reason = v.impossible {
                usedTimes.append(f.range)
                if problem == nil { problem = .impossibleDate(words: a.originalText(f.range), reason: reason) }
            }
            if slots.date == nil, let d = v.day {
                slots.date = d
                slots.until = v.until
                log.note("date", a, f.range)
                log.note("until", a, f.range)
                usedTimes.append(f.range)
            }
            if slots.time == nil, let t = v.time { slots.time = t; log.note("time", a, f.range); usedTimes.append(f.range) }
            if slots.recurrence == nil, let r = v.recurrence {
                slots.recurrence = r
                log.note("recurrence", a, f.range)
                usedTimes.append(f.range)
            }
        }
        slots.amount = amounts.first?.amount
        log.note("amount", a, amounts.first?.range)

        // `complaint: labels peeling, 2nd time this month`: an English ordinal on a complaint line
        // counts times; it never numbers the complaint.
        let bareDay = times.first { $0.value.bareDayOfMonth != nil }.flatMap { f in
            a.endsInOrdinal(f.range) && ComplaintReader.namesComplaint(a) ? nil : f
        }
        // "paid half", 付一半: a share of what is owed stands where an amount would.
        let facts = IntentClassifier.Facts(hasAmount: slots.amount != nil || PortionLexicon.find(a) != nil, hasInvoice: slots.invoice != nil,
                                           hasId: slots.id != nil,
                                           hasBareDay: bareDay != nil, hasDate: slots.date != nil, known: known,
                                           leadingDay: bareDay.map { f in (0..<f.range.lowerBound).allSatisfy { a.tokens[$0].kind == .symbol } } ?? false)
        let match = IntentClassifier.classify(a, facts: facts)
        var parsed = finish(match, line: line, text: text, a: a, cued: cued, slots: slots, log: log, times: times,
                            amounts: amounts, bareDay: bareDay, problem: problem, today: today, facts: facts,
                            usedTimes: usedTimes)
        if parsed.alternatives.isEmpty, let other = IntentClassifier.alternative(to: match, a, facts: facts) {
            parsed.alternatives = [finish(other, line: line, text: text, a: a, cued: cued, slots: slots, log: log,
                                          times: times, amounts: amounts, bareDay: bareDay, problem: problem, today: today,
                                          facts: facts, usedTimes: usedTimes, checkCoverage: false)]
        }
        // `acme complained and paid 2000`: a complaint line that also records money is not recorded
        // as read; the money part is named so it can be typed on its own.
        if splitting, parsed.problem == nil, [.complaintLog, .complaintUpdate, .planPushBack, .planStart, .planStop].contains(parsed.intent),
           let money = ComplaintReader.moneyClause(a, after: match.cue, parse: { parse($0, today: today, now: now, splitting: false) }) {
            parsed.problem = .unexplained(.unknownWords, words: money)
        }
        if splitting, let clauses = Clauses.split(line, a, whole: parsed, parse: { parse($0, today: today, now: now, splitting: false) }) {
            parsed = clauses[0]
            parsed.input = line
            parsed.clauses = clauses
        }
        return parsed
    }

    /// The number of `N号投诉` / `N号客诉` when `r` is its `N号`.
    static func complaintNumber(_ a: Analysis, _ r: Range<Int>) -> Int? {
        guard r.count == 2, a.word(r.upperBound - 1) == "号", let n = a.tokens[r.lowerBound].number, n.isInteger, let v = n.int,
              v > 0, r.upperBound + 1 < a.count else { return nil }
        let next = a.word(r.upperBound) + a.word(r.upperBound + 1)
        return ["投诉", "客诉"].contains(next) ? v : nil
    }

    /// Fills the slots that depend on the chosen intent and builds the result.
    private func finish(_ match: IntentMatch, line: String, text: NormalText, a: Analysis, cued: CuedNames, slots base: Slots,
                        log logBase: EvidenceLog, times: [TimeScanner.Found], amounts: [AmountScanner.Found],
                        bareDay: TimeScanner.Found?, problem firstProblem: ParseProblem?, today: Day,
                        facts: IntentClassifier.Facts, usedTimes: [Range<Int>] = [], checkCoverage: Bool = true) -> ParsedLine {
        var slots = base
        var log = logBase
        var problem = firstProblem
        var bareId: Range<Int>?
        // "2号提醒完成了": the day-of-month was the id.
        // `2nd time this month`: an English ordinal counts, it never numbers a complaint.
        let ordinal = bareDay.map { a.endsInOrdinal($0.range) } ?? false
        if slots.id == nil, let bare = bareDay, let n = bare.value.bareDayOfMonth,
           [.reminderDone, .reminderSnooze, .reminderSkip].contains(match.intent)
            || (match.intent == .complaintUpdate && !ordinal)
            || (match.intent == .script && !ordinal && ComplaintReader.namesComplaint(a)) {
            slots.id = n
            bareId = bare.range
            log.note("id", a, bare.range)
            if slots.date == bare.value.day {
                let other = times.first { $0.range != bare.range && $0.value.day != nil }
                slots.date = other?.value.day
                log.forget("date")
                log.note("date", a, other?.range)
            }
        }
        // 投诉话术 3: a bare whole number on a complaint script line is the complaint's number.
        if match.intent == .script, slots.id == nil, ComplaintReader.namesComplaint(a), amounts.count == 1, let f = amounts.first,
           f.amount.currency == nil, f.amount.hundredths > 0, f.amount.hundredths % 100 == 0, f.range.count == 1,
           f.amount.hundredths / 100 < 100_000 {
            slots.id = Int(f.amount.hundredths / 100)
            slots.amount = nil
            log.forget("amount")
            log.note("id", a, f.range)
        }
        log.note("intent", a, match.cue ?? timeWords(a, intent: match.intent))
        // A file name is no date or amount (`import invoices 2026-02-30.csv`): only the text counts.
        if match.intent == .importInvoices, var cue = match.cue {
            // The cue stops at a space: in `导入 发票.csv` the file name is `发票.csv`.
            if let gap = (cue.lowerBound + 1..<cue.upperBound).first(where: {
                a.tokens[$0].kind == .cjk && a.tokens[$0 - 1].kind == .cjk && a.tokens[$0].spaceBefore
            }) {
                cue = cue.lowerBound..<gap
            }
            // `导入应收.csv`: a cue that ran into the file name gives the name back, from 导入 on.
            if a.tokens[cue.lowerBound].kind == .cjk, cue.upperBound < a.count, a.word(cue.upperBound) == ".",
               let at = (cue.lowerBound..<(cue.upperBound - 1)).first(where: { a.word($0) == "导" && a.word($0 + 1) == "入" }),
               at + 2 < cue.upperBound {
                cue = cue.lowerBound..<(at + 2)
            }
            var only = Slots()
            let after = a.tokens[cue.upperBound - 1].end
            only.text = String(String.UnicodeScalarView(a.text.typed[after...])).trimmingWhitespace
            if only.text?.isEmpty == true { only.text = nil }
            var evidence = EvidenceLog()
            evidence.note("intent", a, cue)
            evidence.note("text", words: only.text)
            let language = LineParser.replyLanguage(line, detected: text.language, names: [only.text])
            return ParsedLine(input: line, intent: .importInvoices, slots: only, language: language, evidence: evidence.evidence(for: only))
        }
        // `export calendar to ~/cal/2026 plan.ics`: the rest of the line is the file, as typed.
        if match.intent == .calendarExport, let cue = match.cue {
            var only = Slots()
            only.text = MailRules.exportPath(a, cue: cue)
            var evidence = EvidenceLog()
            evidence.note("intent", a, cue)
            evidence.note("text", words: only.text)
            let language = LineParser.replyLanguage(line, detected: text.language, names: [only.text])
            return ParsedLine(input: line, intent: .calendarExport, slots: only, language: language, evidence: evidence.evidence(for: only))
        }
        if let c = match.customer { slots.customer = cleanName(a.originalText(c)); log.note("customer", a, c) }
        // A day ahead in a contact's note is about what comes next ("out till monday"), not when
        // the contact happened: the contact is today's.
        if match.intent == .contactLog, let d = slots.date, d > today, let sep = SlotFiller.noteSeparator(a),
           let found = times.first(where: { $0.value.day == d }), found.range.lowerBound > sep {
            slots.date = nil
            log.forget("date")
        }
        // What already happened happened in the past: "paid on Monday" is last Monday.
        if [.paymentRecord, .contactLog].contains(match.intent), let d = slots.date, d > today,
           let past = times.first(where: { $0.value.day == d })?.value.past {
            slots.date = past
        }
        if match.intent == .agenda, slots.date == nil, let month = MonthSpan.find(a, today: today) {
            slots.date = month.from
            slots.until = month.to
            log.note("date", a, month.range)
        }
        if match.intent == .reportPareto, let (basis, range) = RevenueBasisWords.find(a) {
            slots.basis = basis
            log.note("basis", a, range)
            if let c = match.customer, c.overlaps(range) { slots.customer = nil; log.forget("customer") }
        }
        if [.reportRate, .reportPareto, .satisfactionReport].contains(match.intent), let period = ReportPeriod.fill(&slots, a, today: today, log: &log),
           let c = match.customer, c.overlaps(period) {
            // `collection rate for november`: the month, not a customer called November.
            slots.customer = nil
            log.forget("customer")
        }
        if [.reportRate, .reportPareto, .satisfactionReport].contains(match.intent), slots.date == nil, problem == nil,
           let r = ReportPeriod.unread(a, skipping: [match.cue, match.customer].compactMap { $0 }) {
            problem = .unexplained(.unknownWords, words: a.originalText(r))
        }
        if [.reportDetail, .reportPlan, .reportRate, .reportPareto].contains(match.intent), let name = slots.customer,
           ReportPeriod.notCustomers.contains(name.lowercased()) {
            slots.customer = nil
            log.forget("customer")
        }
        // A reminder's task and a contact's note keep the time words no slot took.
        var words = a
        if [.reminderAdd, .contactLog].contains(match.intent) {
            for f in times where !usedTimes.contains(f.range) { words.mark(f.range, .free) }
        }
        SlotFiller.fill(&slots, intent: match.intent, match: match, words, cued: cued, log: &log)
        MailRules.fill(&slots, intent: match.intent, match: match, words, log: &log)
        var intent = match.intent
        if [.complaintLog, .complaintUpdate].contains(match.intent) {
            let ctx = ComplaintReader.Context(intent: match.intent, match: match, idRange: bareId, times: times, amounts: amounts,
                                              today: today, invoiceNamed: slots.invoice != nil)
            intent = ComplaintReader.read(&slots, words, ctx, log: &log)
        }
        if PlanRules.intents.contains(match.intent) {
            let (read, doubt) = PlanRules.read(&slots, words, match: match, times: times, log: &log)
            intent = read
            if problem == nil { problem = doubt }
        }
        if slots.contact == nil, !PlanRules.intents.contains(match.intent), let c = match.customer, isPersonWithTitle(a, c) {
            slots.contact = slots.customer
            log.note("contact", a, c)
        }
        if match.intent == .customerUpdate, slots.field == .creditLimit, slots.amount != nil {
            slots.value = slots.amount?.plain
            log.note("value", a, amounts.first?.range)
        }
        if problem == nil, let amount = slots.amount, amount.hundredths <= 0,
           Intent.moneyFacts.contains(match.intent), let f = amounts.first {
            problem = .badAmount(words: a.originalText(f.range))
        }
        if [.paymentRecord, .promiseRecord].contains(match.intent), let p = PortionLexicon.find(a, balanceToo: true) {
            slots.portion = p.portion
            log.note("portion", a, p.range)
        }
        if problem == nil, Intent.moneyFacts.contains(match.intent), let r = AmountScanner.rangeOfAmounts(a, amounts) {
            problem = .unexplained(.range, words: a.originalText(r))
        }
        var competing: (Intent, Range<Int>)?
        if checkCoverage, problem == nil, slots.recurrence != nil,
           Intent.moneyFacts.contains(match.intent) {
            problem = .unexplained(.repeating, words: log.words(for: "recurrence") ?? "")
        }
        if checkCoverage, problem == nil {
            let explained = log.covered + [match.cue, match.customer].compactMap { $0 } + cued.all
            switch Coverage.check(a, intent: match.intent, cue: match.cue, explained: explained, slots: slots) {
            case .doubt(let d, let r)?: problem = .unexplained(d, words: a.originalText(r))
            case .competing(let other, let r)?: competing = (other, r)
            case nil: break
            }
        }
        let language = LineParser.replyLanguage(line, detected: text.language, names: [slots.customer, slots.contact])
        var parsed = ParsedLine(input: line, intent: intent, slots: slots, language: language, problem: problem,
                                evidence: log.evidence(for: slots))
        // Another money reading's cue in the line: offer both readings, or refuse when the other cannot be read.
        if let (other, words) = competing {
            if var m = IntentClassifier.reading(other, a, facts: facts) {
                if m.customer == nil { m.customer = match.customer }
                parsed.alternatives = [finish(m, line: line, text: text, a: a, cued: cued, slots: base, log: logBase,
                                              times: times, amounts: amounts, bareDay: bareDay, problem: firstProblem,
                                              today: today, facts: facts, usedTimes: usedTimes, checkCoverage: false)]
            } else {
                parsed.problem = .unexplained(.unknownWords, words: a.originalText(words))
            }
        }
        return parsed
    }

    /// The time words that make a line an agenda question by themselves (`tomorrow?`, 明天).
    private func timeWords(_ a: Analysis, intent: Intent) -> Range<Int>? {
        guard intent == .agenda, let lo = a.marks.firstIndex(of: .time),
              let hi = a.marks.lastIndex(of: .time) else { return nil }
        return lo..<(hi + 1)
    }

    /// The language of the words around the names: "add customer Acme, contact 张总" is English,
    /// "Acme 答应15号付5000" Chinese. Chinese characters outside names count against English words.
    static func replyLanguage(_ line: String, detected: Lang, names: [String?]) -> Lang {
        var rest = Array(line.unicodeScalars)
        for case let name? in names where !name.isEmpty {
            let n = Array(name.unicodeScalars)
            var i = 0
            while i + n.count <= rest.count {
                if rest[i..<(i + n.count)].elementsEqual(n) { rest.removeSubrange(i..<(i + n.count)) } else { i += 1 }
            }
        }
        // An email address is no English (刘经理邮箱 liu@mtkj.com is a Chinese line).
        func addressChar(_ u: Unicode.Scalar) -> Bool {
            (u.value >= 65 && u.value <= 90) || (u.value >= 97 && u.value <= 122) || (u.value >= 48 && u.value <= 57)
                || [".", "_", "-", "+", "%"].contains(u)
        }
        while let at = rest.firstIndex(of: "@") {
            var lo = at, hi = at + 1
            while lo > 0, addressChar(rest[lo - 1]) { lo -= 1 }
            while hi < rest.count, addressChar(rest[hi]) { hi += 1 }
            rest.removeSubrange(lo..<hi)
        }
        var cjk = 0, words = 0, inWord = false
        for u in rest {
            if Normalizer.isCJK(u) { cjk += 1 }
            let letter = (u.value >= 65 && u.value <= 90) || (u.value >= 97 && u.value <= 122)
            if letter && !inWord { words += 1 }
            inWord = letter
        }
        if cjk == 0 && words == 0 { return detected }
        return cjk > 0 && cjk >= words ? .zh : .en
    }

    /// 刘总, 陈经理, Manager Li, Mr. Wang: a person named with a title.
    private func isPersonWithTitle(_ a: Analysis, _ r: Range<Int>) -> Bool {
        if a.language == .zh { return NameGrammarZH.endsWithTitle(a, r) }
        return NameLexicon.titlesEN.contains(a.word(r.lowerBound))
    }

    /// A name without a possessive or stray punctuation (`Acme's` → `Acme`).
    private func cleanName(_ s: String) -> String? {
        var t = s
        if t.hasSuffix("'s") { t.removeLast(2) }
        while let l = t.unicodeScalars.last, [",", ":", ";", "!", "?", "'", "\""].contains(l) { t.removeLast() }
        t = t.trimmingWhitespace
        return t.isEmpty ? nil : t
    }
}
