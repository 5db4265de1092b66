import FollowUpCore

/// Reads what a complaint line says beyond its intent: for a new complaint the contact, the
/// product, anger, severity and a disputed amount; for a move on one, which move, with its cause,
/// remedy, cooling move, department or satisfaction. Fills `Slots.complaint` and notes the words
/// behind each value, so `why` can show them.
///
/// Only words a table names fill a value: a product comes from a failure said after it
/// (`the AC unit leaks`, 空调漏水), a cue before it (`product: X`, 产品：X) or `about/with the X`,
/// never from a guess over the other words.
enum ComplaintReader {
    typealias L = ComplaintLexicon

    /// The order in which moves win when a line holds the words of several.
    static let priority: [ComplaintMove] = [.reopen, .close, .checkBack, .review, .handoff, .cooling, .told, .resolved,
                                            .solution, .cause, .severity, .remedy]

    /// Words that ask to see a complaint rather than move it (`show complaint 3`, 查看3号投诉).
    static let showWords = PhraseTable<Bool>([
        "show", "open", "view", "see", "details", "detail", "info", "timeline", "history", "status", "show me", "display",
        "pull up", "look at", "what about", "how is", "where is", "?", "查看", "看看", "看一下", "显示", "打开", "详情",
        "进展", "情况", "怎么样了", "到哪了", "的", "号", "进度", "看下",
    ])

    /// Words that name a complaint.
    static let complaintWords = PhraseTable<Bool>(ComplaintCues.complaintNouns + ["the complaint", "号投诉", "这个投诉"])

    struct Context {
        var intent: Intent
        var match: IntentMatch
        var idRange: Range<Int>?
        var times: [TimeScanner.Found]
        var amounts: [AmountScanner.Found]
        var today: Day
        var invoiceNamed = false
    }

    /// Fills the complaint reading; returns the intent, which becomes `complaint.show` when a
    /// line names a complaint and says nothing more.
    static func read(_ slots: inout Slots, _ a: Analysis, _ ctx: Context, log: inout EvidenceLog) -> Intent {
        switch ctx.intent {
        case .complaintLog:
            // `complaint resolved`, `resolved the complaint`: a move taken for a customer's name is
            // a move on a complaint not named; the handler asks which.
            if let c = ctx.match.customer, L.moves.match(a.tokens, at: c.lowerBound).map({ $0.length == c.count }) == true {
                var m = ctx
                m.match.customer = nil
                slots.customer = nil
                log.forget("customer")
                m.intent = .complaintUpdate
                readMove(&slots, a, m, log: &log)
                return .complaintUpdate
            }
            // `Kite's complaint: it was a misunderstanding`: their complaint, with a move said on it.
            if a.language == .en, let c = ctx.match.customer, c.upperBound + 1 < a.count, a.word(c.upperBound) == "'s",
               complaintWords.contains(a.tokens, at: c.upperBound + 1) {
                var probe = slots
                var probeLog = log
                var m = ctx
                m.intent = .complaintUpdate
                readMove(&probe, a, m, log: &probeLog)
                if let move = probe.complaint?.move, move != .note {
                    slots = probe
                    log = probeLog
                    return .complaintUpdate
                }
            }
            readLog(&slots, a, ctx, log: &log)
            return .complaintLog
        case .complaintUpdate:
            if showsOnly(a, ctx) {
                slots.text = nil
                slots.stage = nil
                log.forget("text")
                return .complaintShow
            }
            readMove(&slots, a, ctx, log: &log)
            return .complaintUpdate
        default:
            return ctx.intent
        }
    }

    // MARK: A new complaint

    /// Cues that say a line is a new complaint, whatever else it says.
    static let explicitlyNew = PhraseTable<Bool>(["log complaint", "log a complaint", "new complaint", "record complaint",
                                                  "record a complaint", "记录投诉", "新投诉", "新的投诉", "登记投诉"])

    static func readLog(_ slots: inout Slots, _ a: Analysis, _ ctx: Context, log: inout EvidenceLog) {
        var r = ComplaintReading()
        var ctx = ctx
        // Sunday Bakery, 明天科技: a day word right before the name, opening the line, is part of the
        // name — a complaint is logged as it comes in, never on a day still ahead.
        if let c = ctx.match.customer, let f = ctx.times.first(where: { $0.range.upperBound == c.lowerBound }),
           (0..<f.range.lowerBound).allSatisfy({ a.tokens[$0].kind == .symbol }), let d = f.value.day, d > ctx.today,
           f.value.time == nil {
            let whole = f.range.lowerBound..<c.upperBound
            ctx.match.customer = whole
            slots.customer = a.originalText(whole)
            log.note("customer", a, whole)
            if slots.date == d { slots.date = nil; slots.until = nil; log.forget("date"); log.forget("until") }
        }
        // `acme's manager yelled`: the customer is before the possessive, the person after it.
        // `log complaint acme - screen cracked`: a dash with spaces ends a name the grammar found.
        if let c = ctx.match.customer, a.marks[c.lowerBound] != .name,
           let d = c.first(where: { a.word($0) == "-" && a.tokens[$0].spaceBefore && $0 + 1 < a.count && a.tokens[$0 + 1].spaceBefore }),
           d > c.lowerBound {
            ctx.match.customer = c.lowerBound..<d
            slots.customer = a.originalText(c.lowerBound..<d)
            log.note("customer", a, c.lowerBound..<d)
        }
        // `complaint from acme, product: X200 printer`: a capitalised product is no customer when
        // `from` names one before it.
        if a.language == .en, let c = ctx.match.customer, a.marks[c.lowerBound] != .name, c.lowerBound >= 2,
           L.productCues.contains(a.tokens, at: c.lowerBound - 2) || L.productCues.contains(a.tokens, at: c.lowerBound - 1),
           let k = (0..<c.lowerBound).first(where: { a.word($0) == "from" && a.marks[$0] == .free }),
           let r = NameGrammarEN.object(a, after: k + 1), !r.overlaps(c) {
            ctx.match.customer = r
            slots.customer = a.originalText(r)
            log.note("customer", a, r)
        }
        // `2nd time this month`: an ordinal that counts times is no day the complaint came in.
        if let f = ctx.times.first(where: { a.endsInOrdinal($0.range)
            && ["time", "times"].contains(a.word($0.range.upperBound)) }), slots.date == f.value.day {
            slots.date = nil; slots.until = nil; log.forget("date"); log.forget("until")
        }
        var possessive: Range<Int>?
        if a.language == .en, let c = ctx.match.customer, let k = c.first(where: { a.word($0) == "'s" }), k > c.lowerBound {
            let name = c.lowerBound..<k
            if k + 1 < c.upperBound, slots.contact == nil {
                slots.contact = a.originalText((k + 1)..<c.upperBound)
                log.note("contact", a, (k + 1)..<c.upperBound)
                possessive = k..<c.upperBound
            }
            ctx.match.customer = name
            slots.customer = a.originalText(name)
            log.note("customer", a, name)
        }
        // The person who complained: a titled name (王经理, 张总, Manager Li), or a customer named by
        // a surname alone (`Zhang is angry`), who stands for the customer they work for.
        let person = possessive ?? contact(a, ctx)
        if slots.contact == nil, let p = person {
            slots.contact = a.originalText(p)
            log.note("contact", a, p)
            if slots.customer == nil {
                slots.customer = slots.contact
                log.note("customer", a, p)
                ctx.match.customer = p
            }
        }
        if let t = logText(a, ctx, contact: person) {
            slots.text = t
            log.note("text", words: t)
        }
        let skip = taken(a, ctx) + [person].compactMap { $0 }
        // Angry, unless denied (`not angry`).
        if let m = firstMatch(L.angry, a, skipping: skip), !denied(a, m.1) {
            r.angry = true
            log.note("angry", a, m.1)
        } else {
            r.angry = false
        }
        let sev = guessSeverity(a, skipping: skip)
        // Anger makes a complaint at least high; a minor one stays low only when calm.
        let guessed = sev?.0 ?? .normal
        r.severity = r.angry == true ? max(guessed, .high) : guessed
        if let range = sev?.1, r.severity == guessed { log.note("severity", a, range) }
        else if r.angry == true { log.note("severity", words: log.words(for: "angry")) }
        if let p = product(a, skipping: skip) {
            r.product = a.originalText(p)
            log.note("product", a, p)
        }
        // A cause said already (`because our installer skipped the test`).
        if let c = cause(a, needCue: true, skipping: skip) {
            r.cause = c.0
            slots.cause = c.0.party.rawValue
            log.note("cause", a, c.1); log.note("cause_detail", a, c.1)
        }
        // Money on a new complaint is the part in dispute, and only when said so.
        if let d = disputed(a, ctx) {
            r.disputed = d.0
            slots.amount = d.0
            log.note("disputed", a, d.1)
        } else if slots.amount != nil {
            slots.amount = nil
            log.forget("amount")
        }
        // `not happy`, 不满意: the handler asks whether this answers a fixed complaint's check-back,
        // unless the line says outright that it is a new one (`new complaint from …`, 记录投诉).
        if ctx.match.cue.map({ Self.explicitlyNew.contains(a.tokens, at: $0.lowerBound) }) != true,
           let s = firstMatch(L.satisfaction, a, skipping: []), !s.0 {
            r.satisfied = false
            log.note("satisfied", a, s.1)
        }
        slots.complaint = r
    }

    /// Words that only announce the complaint (`log`, `new`, 记录).
    static let logHead: Set<String> = ["log", "record", "new", "a", "an", "add", "received", "got", "please", "记", "录",
                                       "登", "新", "一", "个", "条", "有", "了"]

    /// What happened: after the header's colon (`complaint from Acme: the AC unit leaks`), or the
    /// line without its cue and names; the person and their 说/says are not the customer's words.
    static func logText(_ a: Analysis, _ ctx: Context, contact: Range<Int>?) -> String? {
        // A failure that opened the complaint (漏电, `is broken`) is what happened: it stays.
        let cueSays = ctx.match.cue.map { c in
            ComplaintCues.failureTable.contains(a.tokens, at: c.lowerBound)
        } ?? false
        var header = [cueSays ? nil : ctx.match.cue, ctx.match.customer, contact].compactMap { $0 }
        // 很不满意: the adverb goes with the cue.
        if !cueSays, let c = ctx.match.cue, c.lowerBound > 0, ["很", "非常", "特别", "十分", "太", "超"].contains(a.word(c.lowerBound - 1)) {
            header.append((c.lowerBound - 1)..<c.lowerBound)
        }
        func inHeader(_ k: Int) -> Bool {
            header.contains { $0.contains(k) } || logHead.contains(a.word(k)) || a.tokens[k].kind == .symbol
                || Politeness.fillers.contains(a.tokens, at: k) || L.severity.contains(a.tokens, at: k) || L.angry.contains(a.tokens, at: k)
                || ["from", "at", "of", "against", "re", "for"].contains(a.word(k))
        }
        // `mr lim yelled`: a title left before the name the grammar took is part of the name.
        if let c = ctx.match.customer, c.lowerBound > 0 {
            var k = c.lowerBound - 1
            if a.word(k) == ".", k > 0 { k -= 1 }
            if NameLexicon.titlesEN.contains(a.word(k)) && a.marks[k] == .free { header.append(k..<c.lowerBound) }
        }
        if let sep = SlotFiller.noteSeparator(a), sep > 0, (0..<sep).allSatisfy(inHeader), let t = SlotFiller.textAfterPunctuation(a) {
            // `new complaint: 7-eleven says driver was rude`: the name after the colon is no part of what they said.
            let names = [ctx.match.customer, contact].compactMap { $0 }.filter { $0.lowerBound > sep }.map { a.originalText($0) }
            var t = t.trimmingWhitespace
            for n in names where t.lowercased().hasPrefix(n.lowercased()) { t = String(t.dropFirst(n.count)) }
            return tidy(t, a, contact: contact)
        }
        var keep = Array(repeating: true, count: a.count)
        for r in header { for k in r where k < a.count { keep[k] = false } }
        // `Zhang from Acme`, `Mr. Li at Acme`: the word between the person and the customer goes too.
        if let p = contact, let c = ctx.match.customer, c.lowerBound == p.upperBound + 1 { keep[p.upperBound] = false }
        // Leading fillers and joiners.
        var lo = 0
        while lo < a.count {
            if !keep[lo] { lo += 1; continue }
            if let m = Politeness.fillers.match(a.tokens, at: lo) { for k in lo..<(lo + m.length) { keep[k] = false }; lo += m.length; continue }
            if logHead.contains(a.word(lo)) || [":", ",", "-"].contains(a.word(lo)) { keep[lo] = false; lo += 1; continue }
            // 收到: only the pair announces; 收 alone starts words of its own (收银机).
            if a.word(lo) == "收", a.word(lo + 1) == "到" { keep[lo] = false; keep[lo + 1] = false; lo += 2; continue }
            break
        }
        var v = String.UnicodeScalarView()
        var last = -2
        for k in 0..<a.count where keep[k] {
            let t = a.tokens[k]
            if !v.isEmpty, t.spaceBefore || (last != k - 1 && t.kind != .cjk && t.kind != .symbol && a.language == .en) { v.append(" ") }
            for s in a.text.original[t.start..<t.end] { v.append(s) }
            last = k
        }
        return tidy(String(v), a, contact: contact)
    }

    /// A note without the joiners its first words leave (`that`, `about`, 说).
    static func tidy(_ t: String, _ a: Analysis, contact: Range<Int>?) -> String? {
        var s = SlotFiller.trimPunctuation(t.trimmingWhitespace)
        if let p = contact {
            let name = a.originalText(p)
            if s.hasPrefix(name) { s = String(s.dropFirst(name.count)).trimmingWhitespace }
        }
        var again = true
        while again {
            again = false
            for lead in ["'s ", "is ", "are ", "says ", "said ", "say ", "saying ", "that ", "about ", "abt ", "abt. ", "bout ", "with ", "w/ ", "w ", "to ",
                         "because ", "at me ", "at us ", "on ", "for ", "re ", "re: ", "re. ", "regarding ", "over ", "- ", ": "]
            where s.lowercased().hasPrefix(lead) {
                s = String(s.dropFirst(lead.count))
                again = true
            }
        }
        while let f = s.first, ["说", "，", ",", "：", ":", "称", "的", "对"].contains(String(f)) { s.removeFirst() }
        s = SlotFiller.trimPunctuation(s.trimmingWhitespace)
        return s.isEmpty ? nil : s
    }

    /// A person named with a title (王经理, 张总, `Manager Li`, `Mr. Wang`), or a customer that is a
    /// pinyin surname (`Zhang`, `Wang Lei`).
    static func contact(_ a: Analysis, _ ctx: Context) -> Range<Int>? {
        if a.language == .zh {
            // Where a person can start: after the customer, the cue, a colon or 说, or the line's start.
            var starts = [ctx.match.customer?.upperBound, ctx.match.cue?.upperBound, IntentClassifier.contentStart(a)].compactMap { $0 }
            for k in 0..<a.count where [":", ",", "说", "是"].contains(a.word(k)) { starts.append(k + 1) }
            for s in starts.sorted() where s < a.count && a.marks[s] == .free {
                if let r = NameGrammarZH.take(a, from: s, limit: a.count), r.count <= 4, NameGrammarZH.endsWithTitle(a, r),
                   ctx.match.customer.map({ !$0.overlaps(r) }) ?? true {
                    return r
                }
            }
            if let c = ctx.match.customer, NameGrammarZH.endsWithTitle(a, c) { return c }
            return nil
        }
        var i = 0
        while i + 1 < a.count {
            if NameLexicon.titlesEN.contains(a.word(i)), a.marks[i] == .free {
                var j = i + 1
                if a.word(j) == "." { j += 1 }
                if j < a.count, a.isCapitalised(j), a.marks[j] == .free { return i..<(j + 1) }
            }
            i += 1
        }
        // `Zhang from Acme`, `Amy at Pine Dental`: the person before the customer.
        if let c = ctx.match.customer, c.lowerBound >= 2, ["from", "at", "of"].contains(a.word(c.lowerBound - 1)) {
            let end = c.lowerBound - 1
            var lo = end
            while lo > 0, end - lo < 2, a.marks[lo - 1] == .free, a.isCapitalised(lo - 1) || L.pinyinSurnames.contains(a.word(lo - 1)) {
                lo -= 1
            }
            if lo < end, (0..<lo).allSatisfy({ a.tokens[$0].kind == .symbol || Politeness.fillers.contains(a.tokens, at: $0) }) {
                return lo..<end
            }
        }
        if let c = ctx.match.customer, c.count <= 2, ComplaintLexicon.pinyinSurnames.contains(a.word(c.lowerBound)),
           c.allSatisfy({ a.tokens[$0].kind == .word }) {
            return c
        }
        return nil
    }

    /// Whether the line speaks of a complaint (a script for one: `3号投诉怎么回复`).
    static func namesComplaint(_ a: Analysis) -> Bool {
        complaintWords.firstMatch(a.tokens) != nil
    }

    /// The severity the words suggest: the strongest said (urgent beats high beats low).
    static func guessSeverity(_ a: Analysis, skipping skip: [Range<Int>]) -> (ComplaintSeverity, Range<Int>)? {
        var best: (ComplaintSeverity, Range<Int>)?
        var i = 0
        while i < a.count {
            // 严重程度, 紧急程度: the field's name says no level.
            if let f = L.severityField.match(a.tokens, at: i) { i += f.length; continue }
            if a.marks[i] != .name, !skip.contains(where: { $0.contains(i) }), let m = L.severity.match(a.tokens, at: i),
               !(a.language == .en && i > 0 && a.word(i - 1) == "not") {
                if best == nil || m.value > best?.0 ?? .low { best = (m.value, i..<(i + m.length)) }
                i += m.length
                continue
            }
            i += 1
        }
        return best
    }

    /// The part of an invoice in dispute: an amount with a dispute word near it.
    static func disputed(_ a: Analysis, _ ctx: Context) -> (ParsedAmount, Range<Int>)? {
        guard let f = ctx.amounts.first, f.amount.hundredths > 0 else { return nil }
        let table = a.language == .zh ? L.disputeZH : L.disputeEN
        let lo = max(0, f.range.lowerBound - 6), hi = min(a.count, f.range.upperBound + 6)
        for i in lo..<hi where table.contains(a.tokens, at: i) { return (f.amount, f.range) }
        // Mixed lines: the other language's words too.
        let other = a.language == .zh ? L.disputeEN : L.disputeZH
        for i in lo..<hi where other.contains(a.tokens, at: i) { return (f.amount, f.range) }
        // With an invoice named, an amount said to be wrong is the part disputed (`300 of it is wrong`).
        if ctx.invoiceNamed {
            for i in lo..<hi where L.wrongAmount.contains(a.tokens, at: i) { return (f.amount, f.range) }
        }
        return nil
    }

    // MARK: A move on a complaint

    static func readMove(_ slots: inout Slots, _ a: Analysis, _ ctx: Context, log: inout EvidenceLog) {
        var r = ComplaintReading()
        // The cause is read below from the complaint tables (`service` is a department, not a cause).
        slots.cause = nil
        log.forget("cause")
        let skip = taken(a, ctx)
        var found: [ComplaintMove: Range<Int>] = [:]
        var i = 0
        while i < a.count {
            if a.marks[i] == .free, !skip.contains(where: { $0.contains(i) }), let m = L.moves.match(a.tokens, at: i) {
                if found[m.value] == nil { found[m.value] = i..<(i + m.length) }
                i += m.length
                continue
            }
            i += 1
        }
        // The rule's own cue says the move when it is a telling or check-back verb
        // (`let Acme know…`, 已经跟张总说了…).
        if let cue = ctx.match.cue, ComplaintCues.toldCues.contains(a.tokens, at: cue.lowerBound) { found[.told] = cue }
        let coolingFound = firstMatch(L.cooling, a, skipping: skip)
        if let c = coolingFound { found[.cooling] = c.1 }
        // Remedies outside the cooling words (换了个经理 changes the person, not the goods).
        let remedy = firstMatch(L.remedies, a, skipping: skip + [coolingFound?.1].compactMap { $0 })
        if let m = remedy { r.remedy = m.0; log.note("remedy", a, m.1) }
        if let m = remedy, m.0.movesMoney, slots.amount != nil { found[.remedy] = m.1 }
        else if let m = remedy, found[.remedy] == nil { found[.remedy] = m.1 }
        // Satisfied or not with the fix: the answer to the check-back.
        // With the complaint named by number (`#1 satisfied`, 3号投诉客户满意了), satisfaction alone
        // answers the check-back.
        if let s = firstMatch(L.satisfaction, a, skipping: skip),
           firstMatch(L.fixWords, a, skipping: skip) != nil || ctx.match.cue.map({ L.checkBackCues.contains(a.tokens, at: $0.lowerBound) }) == true
            || slots.id != nil {
            found[.checkBack] = s.1
            r.satisfied = s.0
            log.note("satisfied", a, s.1)
        }
        if let sev = severityNamed(a, skipping: skip) {
            found[.severity] = sev.1
            r.severity = sev.0
            log.note("severity", a, sev.1)
        }
        let c = cause(a, needCue: false, skipping: skip)
        if let c, found[.cause] == nil, c.0 != .productDefect || found.isEmpty { found[.cause] = c.1 }
        // `#1 solution: reopen the invoice`, 1号方案：重开发票: what follows a labelled solution is
        // its words, not other moves.
        if let sol = found[.solution], sol.upperBound < a.count, [":", "："].contains(a.word(sol.upperBound)) {
            found = found.filter { $0.key == .solution || $0.key == .remedy || $0.value.upperBound <= sol.upperBound }
        }
        // `back to listen`, 退回第一步: a step named after a back word asks to go back.
        if let b = firstMatch(L.backCues, a, skipping: skip) {
            var j = b.1.upperBound
            while j < a.count, ["the", "to", "step", "stage", "#", "了", "到"].contains(a.word(j)) && !L.stageNames.contains(a.tokens, at: j) { j += 1 }
            if j < a.count, L.stageNames.contains(a.tokens, at: j) || a.tokens[j].kind == .number {
                r.stepBack = true
                log.note("move", a, b.1)
            }
        }
        var move = priority.first { found[$0] != nil } ?? .note
        // An amount said in dispute on a complaint already logged sets its disputed part; a
        // refund or credit note says money given back instead.
        if [.note, .cause, .severity].contains(move), remedy?.0.movesMoney != true, let d = disputed(a, ctx) {
            move = .dispute
            found[.dispute] = d.1
            r.disputed = d.0
            log.note("disputed", a, d.1)
        }
        // Money given back (`credit note 500 for #3`) is the remedy, whatever else is said.
        if let m = remedy, m.0.movesMoney, slots.amount != nil, [.solution, .cause, .severity, .resolved, .note].contains(move) {
            move = .remedy
        }
        if move == .solution, found[.solution].map({ L.genericSolution.contains(a.tokens, at: $0.lowerBound) }) == true,
           remedy != nil, slots.amount == nil {
            move = .remedy
        }
        if let cool = coolingFound {
            r.cooling = cool.0
            log.note("cooling", a, cool.1)
            // A reply promised for a day: the time is the cooling move, the day the reply-by.
            if move == .cooling, cool.0 == .time, slots.date != nil { move = .replyBy }
        }
        if move == .cause || move == .review, let c {
            r.cause = c.0
            slots.cause = c.0.party.rawValue
            log.note("cause", a, c.1); log.note("cause_detail", a, c.1)
        } else if let c, found[.cause] != nil {
            r.cause = c.0
            slots.cause = c.0.party.rawValue
            log.note("cause", a, c.1); log.note("cause_detail", a, c.1)
        }
        if move == .handoff, let at = found[.handoff], let d = department(a, after: at.upperBound, skipping: skip) {
            r.department = a.originalText(d)
            log.note("department", a, d)
        }
        if let p = product(a, skipping: skip) {
            r.product = a.originalText(p)
            log.note("product", a, p)
        }
        r.move = move
        log.note("move", a, found[move] ?? ctx.match.cue)
        // Money only goes with a refund or credit note, or a dispute.
        if slots.amount != nil, r.remedy?.movesMoney != true, move != .dispute {
            slots.amount = nil
            log.forget("amount")
        }
        // The note is what was said after the move's words: the cause, the solution, the review.
        if let t = note(a, ctx, move: move, at: found[move]) {
            slots.text = t
            log.note("text", words: t)
        }
        slots.complaint = r
    }

    /// A severity said outright (`#3 is urgent`, 改为紧急, `mark #3 low`).
    static func severityNamed(_ a: Analysis, skipping skip: [Range<Int>]) -> (ComplaintSeverity, Range<Int>)? {
        // `set #3 severity to low`, 严重程度改为低: the level comes after the field word, never from it.
        var i = 0
        if let f = L.severityField.firstMatch(a.tokens, skip: { a.marks[$0] != .free }),
           !(f.start > 0 && (L.severityNames.match(a.tokens, at: f.start - 1).map { $0.length > 1 } ?? false)) {
            i = f.start + f.length
        }
        while i < a.count {
            if a.marks[i] != .name, !skip.contains(where: { $0.contains(i) }), let m = L.severityNames.match(a.tokens, at: i) {
                let before = a.word(i - 1)
                let lead: Set<String> = ["is", "as", "to", "now", "priority", "severity", ":", "改为", "为", "设为", "是", "很", "标记", "改成", "标为",
                                         "成", "到", "降为", "升为", "调为", "调成", "降到", "升到"]
                let end = IntentClassifier.contentEnd(a)
                if lead.contains(before) || i + m.length >= end || a.language == .zh {
                    return (m.value, i..<(i + m.length))
                }
                i += m.length
                continue
            }
            i += 1
        }
        return nil
    }

    /// Whether a line names a complaint and asks nothing else (`complaint 3`, 3号投诉, `show #3`).
    static func showsOnly(_ a: Analysis, _ ctx: Context) -> Bool {
        let end = IntentClassifier.contentEnd(a)
        var i = 0
        while i < end {
            if ctx.idRange?.contains(i) == true || a.marks[i] == .id { i += 1; continue }
            if a.tokens[i].kind == .symbol { i += 1; continue }
            if let m = showWords.match(a.tokens, at: i) { i += m.length; continue }
            if let m = Politeness.fillers.match(a.tokens, at: i) { i += m.length; continue }
            if let m = complaintWords.match(a.tokens, at: i) { i += m.length; continue }
            if ["#", "no", "number", "the", "me", "please", "个"].contains(a.word(i)) { i += 1; continue }
            return false
        }
        return true
    }

    /// The words of the note: after a cause, solution, review or told cue, the rest; for a
    /// check-back, what was said after the call; otherwise the line without the complaint's number
    /// and the words that named it.
    static func note(_ a: Analysis, _ ctx: Context, move: ComplaintMove, at: Range<Int>?) -> String? {
        var keep = Array(repeating: true, count: a.count)
        func drop(_ r: Range<Int>) { for k in r where k >= 0 && k < a.count { keep[k] = false } }
        if let r = ctx.idRange { drop(r) }
        for k in 0..<a.count where a.marks[k] == .id {
            keep[k] = false
            if k > 0, a.word(k - 1) == "#" { keep[k - 1] = false }
        }
        // The words that name the complaint are no part of the note.
        var k0 = 0
        while k0 < a.count {
            if let m = complaintWords.match(a.tokens, at: k0) { drop(k0..<(k0 + m.length)); k0 += m.length } else { k0 += 1 }
        }
        if let c = ctx.match.customer, [.told, .checkBack, .remedy, .cooling, .replyBy, .note, .resolved, .handoff, .cause].contains(move) {
            drop(c)
            // The word that led to the name dangles without it (`refund 300 to Acme`, 跟张总).
            if c.lowerBound > 0, ["to", "for", "from", "with", "跟", "给", "和", "向", "答复", "回复"].contains(a.word(c.lowerBound - 1)) {
                keep[c.lowerBound - 1] = false
            }
            // 明天科技的投诉转给…: the possessive after the name goes with it.
            if c.upperBound < a.count, ["的", "'s"].contains(a.word(c.upperBound)) { keep[c.upperBound] = false }
        }
        // `#3 cause: X`, 3号方案：X, `told Acme X` — the words after the move's cue are the note.
        if let at, [.solution, .review, .told].contains(move) || (move == .cause && ComplaintLexicon.causeLabels.contains(a.tokens, at: at.lowerBound)) {
            drop(0..<at.upperBound)
        }
        // A check-back: what they said, not the call (`called Acme, they are happy with the fix`).
        if move == .checkBack {
            var i = 0
            while i < a.count, !keep[i] || a.tokens[i].kind == .symbol { i += 1 }
            if let m = ComplaintLexicon.checkBackCues.match(a.tokens, at: i) ?? ComplaintLexicon.contactOpeners.match(a.tokens, at: i) {
                drop(i..<(i + m.length))
            }
        }
        // Joiners and marks left leading once the cue and number are gone (`solution for #1: X`).
        let joiners: Set<String> = ["for", "on", "of", "to", "re", "about", "abt", "regarding", "with", "is", "was", "that", "-", ":", ",",
                                    "：", "，", "的", "是", "说", "为"]
        var lead = 0
        while lead < a.count, !keep[lead] || joiners.contains(a.word(lead)) || a.tokens[lead].kind == .symbol {
            if keep[lead] { keep[lead] = false }
            lead += 1
        }
        var v = String.UnicodeScalarView()
        var last = -2
        for k in 0..<a.count where keep[k] {
            let t = a.tokens[k]
            if !v.isEmpty, t.spaceBefore || (last != k - 1 && t.kind != .cjk && t.kind != .symbol) { v.append(" ") }
            for s in a.text.original[t.start..<t.end] { v.append(s) }
            last = k
        }
        var s = SlotFiller.trimPunctuation(String(v))
        // Leading joiners left by the words taken (`to`, `that`, 是, 说).
        for lead in ["is ", "was ", "that ", "to ", "for ", "on ", "about ", "- ", "them ", "him ", "her ", "know "]
        where s.lowercased().hasPrefix(lead) {
            s = String(s.dropFirst(lead.count))
        }
        while let f = s.first, ["是", "说", "的", "：", "，", ",", ":"].contains(String(f)) { s.removeFirst() }
        s = SlotFiller.trimPunctuation(s.trimmingWhitespace)
        // A word that led to the number dangles without it (`brought in my manager for #3`).
        let dangling: Set<String> = ["for", "on", "to", "of", "with", "re", "about", "in"]
        while let last = s.split(separator: " ").last, s.contains(" "), dangling.contains(last.lowercased()) {
            s = String(s.dropLast(last.count)).trimmingWhitespace
        }
        s = SlotFiller.trimPunctuation(s)
        return s.isEmpty ? nil : s
    }

    /// Who takes a handoff: a department the table knows, or the words after `to`/给 up to a
    /// comma or a time (`to the service team`, 转给售后部).
    static func department(_ a: Analysis, after i: Int, skipping skip: [Range<Int>]) -> Range<Int>? {
        var j = i
        let lead: Set<String> = ["to", "over", "the", "our", "it", "off", "on", "#", "给", "到", "了", "去"]
        while j < a.count {
            if let m = complaintWords.match(a.tokens, at: j) { j += m.length; continue }
            guard lead.contains(a.word(j)) || skip.contains(where: { $0.contains(j) }) || a.marks[j] == .id else { break }
            j += 1
        }
        guard j < a.count, a.marks[j] == .free else { return nil }
        if let m = L.departments.match(a.tokens, at: j) {
            var end = j + m.length
            // 售后部门, `service team`: a word for a team after it belongs to it.
            while end < a.count, ["team", "dept", "department", "部", "部门", "组", "中心", "队", "people", "guys"].contains(a.word(end)) { end += 1 }
            return j..<end
        }
        // Words up to a stop, at most a few.
        var end = j
        let stops: Set<String> = [",", ".", ";", "!", "they", "who", "and", "by", "he", "she", "will", "for", "which", "说", "会",
                                  "周", "明", "下", "今", "后", "了", "处", "负", "上", "来", "让", "去"]
        while end < a.count, a.marks[end] == .free, !stops.contains(a.word(end)), end - j < (a.language == .zh ? 5 : 3),
              a.tokens[end].kind != .symbol {
            end += 1
        }
        return end > j ? j..<end : nil
    }

    // MARK: Shared

    /// The words of a later clause that records money by itself (`…, they will pay Friday`,
    /// `…and paid 2000`, 答应周五付3000), or nil.
    static func moneyClause(_ a: Analysis, after cue: Range<Int>?, parse: (String) -> ParsedLine) -> String? {
        var i = max(1, cue?.upperBound ?? 1)
        while i < a.count - 1 {
            guard a.marks[i] == .free || a.tokens[i].kind == .symbol, let b = Clauses.boundaries.match(a.tokens, at: i) else {
                i += 1
                continue
            }
            let tail = a.originalText((i + b.length)..<a.count)
            let p = parse(tail)
            // Only a money verb says money moved (paid, will pay, 答应); `got 4` tells the story.
            let t = Analysis(Normalizer.normalize(tail))
            let saysMoney = CoverageLexicon.competing.values.contains { table in table.firstMatch(t.tokens) != nil }
            let clean = p.problem == nil || { if case .unexplained(.unknownWords, _)? = p.problem { return true }; return false }()
            if saysMoney, clean, Intent.moneyFacts.contains(p.intent),
               p.slots.amount != nil || p.slots.date != nil || p.slots.portion != nil {
                return tail.trimmingWhitespace
            }
            i += b.length
        }
        return nil
    }

    /// The cause: after a cause cue when `needCue`, else anywhere; the salesperson's side when
    /// said as a party (`our fault`).
    static func cause(_ a: Analysis, needCue: Bool, skipping skip: [Range<Int>]) -> (ComplaintCause, Range<Int>)? {
        var from = 0
        if let c = L.causeCues.firstMatch(a.tokens, skip: { a.marks[$0] != .free }) {
            from = c.start + c.length
        } else if needCue {
            return nil
        }
        var i = from
        while i < a.count {
            if a.marks[i] != .name, !skip.contains(where: { $0.contains(i) }) {
                if let m = L.causes.match(a.tokens, at: i) { return (m.value, i..<(i + m.length)) }
                if let m = L.salespersonParty.match(a.tokens, at: i) {
                    // A detail said after the party (`our salesman never explained`) is the better answer.
                    var k = i + m.length
                    while k < min(a.count, i + m.length + 6) {
                        if let d = L.causes.match(a.tokens, at: k), d.value.party == .salesperson { return (d.value, k..<(k + d.length)) }
                        k += 1
                    }
                    return (.explanation, i..<(i + m.length))
                }
            }
            i += 1
        }
        return nil
    }

    /// The product: the thing a failure is said of (`the AC unit leaks`, 空调漏水), after a
    /// product cue, or after `about the`/`with the`.
    static func product(_ a: Analysis, skipping skip: [Range<Int>]) -> Range<Int>? {
        let free = { (k: Int) in a.marks[k] == .free && !skip.contains(where: { $0.contains(k) }) }
        // `product: AC unit`, 产品：空调.
        if let c = L.productCues.firstMatch(a.tokens, skip: { !free($0) }), [":", "is", "是", "="].contains(a.word(c.start + c.length)) {
            var j = c.start + c.length
            while j < a.count, [":", "is", "是", "="].contains(a.word(j)) { j += 1 }
            var end = j
            while end < a.count, free(end), a.tokens[end].kind != .symbol || a.word(end) == "-", end - j < (a.language == .zh ? 6 : 4),
                  !L.productStops.contains(a.word(end)) {
                end += 1
            }
            if end > j, !L.notProducts.contains(a.originalText(j..<end).lowercased()), !isGeneric(a.originalText(j..<end).lowercased()) {
                return j..<end
            }
        }
        var i = 0
        while i < a.count {
            guard free(i) else { i += 1; continue }
            if a.tokens[i].kind == .cjk, L.failureZH.contains(a.tokens, at: i), let r = thingBeforeZH(a, i, free) { return r }
            if a.tokens[i].kind == .word, L.failureEN.contains(a.tokens, at: i), let r = thingBeforeEN(a, i, free) { return r }
            if a.tokens[i].kind == .word, ["about", "with", "regarding", "re"].contains(a.word(i)), let r = thingAfterEN(a, i + 1, free) {
                return r
            }
            // `the broken oven`: a failure said before the thing.
            if a.tokens[i].kind == .word, L.failureAdjEN.contains(a.word(i)), i > 0, L.productLeadEN.contains(a.word(i - 1)) {
                var end = i + 1
                while end < a.count, free(end), end - i <= 2, a.tokens[end].kind == .word, !NameLexicon.stopEN.contains(a.word(end)),
                      !L.productStops.contains(a.word(end)) {
                    end += 1
                }
                if end > i + 1, let r = accepted(a, (i + 1)..<end) { return r }
            }
            i += 1
        }
        return nil
    }

    /// The noun phrase before an English failure: up to three words after `the`/`our`.
    static func thingBeforeEN(_ a: Analysis, _ at: Int, _ free: (Int) -> Bool) -> Range<Int>? {
        var lo = at
        while lo > 0, at - lo < 3, free(lo - 1), a.tokens[lo - 1].kind == .word || a.tokens[lo - 1].kind == .number,
              !L.productLeadEN.contains(a.word(lo - 1)), a.word(lo - 1) != "'s", !NameLexicon.stopEN.contains(a.word(lo - 1)) {
            lo -= 1
        }
        // Only a phrase introduced by a determiner or at the start of what was said.
        guard lo < at else { return nil }
        let before = a.word(lo - 1)
        guard L.productLeadEN.contains(before) || lo == 0 || [",", ":", "that", "says", "said", "complained", "'s"].contains(before) else {
            return nil
        }
        return accepted(a, lo..<at)
    }

    /// The noun phrase after `about`/`with`: a determiner first, then up to three words.
    static func thingAfterEN(_ a: Analysis, _ from: Int, _ free: (Int) -> Bool) -> Range<Int>? {
        var j = from
        guard j < a.count, L.productLeadEN.contains(a.word(j)) else { return nil }
        while j < a.count, L.productLeadEN.contains(a.word(j)) { j += 1 }
        var end = j
        while end < a.count, free(end), end - j < 3, a.tokens[end].kind == .word || a.tokens[end].kind == .number,
              !NameLexicon.stopEN.contains(a.word(end)), !L.failureEN.contains(a.tokens, at: end),
              !L.productStops.contains(a.word(end)) {
            end += 1
        }
        return end > j ? accepted(a, j..<end) : nil
    }

    /// The characters before a Chinese failure (空调 in 张总说空调漏水), at most four, cut at
    /// words that end a subject (说, 的, 是…).
    static func thingBeforeZH(_ a: Analysis, _ at: Int, _ free: (Int) -> Bool) -> Range<Int>? {
        var at = at
        // 空调又坏了, 空调已经坏了: the adverb sits between the thing and its failure.
        while at > 0, ["又", "都", "也", "还", "已", "经", "总", "老", "再"].contains(a.word(at - 1)) { at -= 1 }
        var lo = at
        while lo > 0, at - lo < 6, free(lo - 1), a.tokens[lo - 1].kind == .cjk || a.tokens[lo - 1].kind == .word,
              !L.productStopsZH.contains(a.word(lo - 1)) {
            lo -= 1
        }
        guard lo < at else { return nil }
        return accepted(a, lo..<at)
    }

    /// A product phrase unless it is one of the things that are no product (invoice, delivery…).
    static func accepted(_ a: Analysis, _ r: Range<Int>) -> Range<Int>? {
        let whole = a.originalText(r).lowercased()
        // In English any word of it may give it away (`price increase`); Chinese characters alone say little.
        if L.notProducts.contains(whole) || (a.language == .en && r.contains(where: { L.notProducts.contains(a.word($0)) })) {
            return nil
        }
        if isGeneric(whole) { return nil }
        if a.language == .zh, r.count == 1, a.tokens[r.lowerBound].kind == .cjk,
           L.notProducts.contains(a.word(r.lowerBound)) || NameLexicon.pronounsZH.contains(a.word(r.lowerBound)) { return nil }
        return r
    }

    /// Whether a phrase is made of generic goods words only (产品质量, `product quality`).
    static func isGeneric(_ phrase: String) -> Bool {
        var rest = Substring(phrase.filter { !$0.isWhitespace })
        guard !rest.isEmpty else { return false }
        let words = L.genericGoods.sorted { $0.count > $1.count }
        while !rest.isEmpty {
            guard let w = words.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(w.count)
        }
        return true
    }

    /// Tokens read as something else: the cue, the customer, the id.
    static func taken(_ a: Analysis, _ ctx: Context) -> [Range<Int>] {
        [ctx.match.customer, ctx.idRange].compactMap { $0 }
    }

    /// The first phrase of `table` on tokens no other reading took.
    static func firstMatch<V>(_ table: PhraseTable<V>, _ a: Analysis, skipping skip: [Range<Int>]) -> (V, Range<Int>)? {
        var i = 0
        while i < a.count {
            if a.marks[i] != .name, a.marks[i] != .id, !skip.contains(where: { $0.contains(i) }), let m = table.match(a.tokens, at: i) {
                return (m.value, i..<(i + m.length))
            }
            i += 1
        }
        return nil
    }

    /// Whether the words just before `r` deny it (`not angry`, 没生气).
    static func denied(_ a: Analysis, _ r: Range<Int>) -> Bool {
        for k in max(0, r.lowerBound - 2)..<r.lowerBound where L.notAngry.contains(a.tokens, at: k) { return true }
        let before = a.word(r.lowerBound - 1)
        return ["not", "没", "不", "n't", "never", "没有"].contains(before)
    }
}
