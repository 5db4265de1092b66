import FollowUpCore
import FollowUpLanguage

/// Undo, history, settings, help, and explaining how a line was understood.
enum MetaCommands {
    static func undo(_ c: Context) throws -> Outcome {
        guard let top = c.book.undoStack.last else { throw Problem.nothingToUndo }
        let line = c.t("Undone: “\(top.line)”", "已撤销:“\(top.line)”")
        return .undo(seq: top.seq, top.inverse, [Reply.Line(line, tone: .success)])
    }

    static func history(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        var entries = c.book.history
        var title = c.t("Recent changes", "最近的修改")
        if p.slots.customer != nil || p.slots.contact != nil {
            let (cu, _) = try c.customer(p, example: c.t("history Acme", "美华商贸的记录"), offerAdd: false)
            entries = entries.filter { $0.customers.contains(cu.id) }
            title = c.t("History · \(cu.name)", "历史记录 · \(cu.name)")
        } else {
            entries = Array(entries.suffix(20))
        }
        var lines = [Reply.Line(title, tone: .heading)]
        if entries.isEmpty {
            lines.append(Reply.Line(c.t("No changes yet.", "还没有修改记录。"), tone: .muted))
        }
        for e in entries {
            var s = "  \(c.day(e.day)) · \(e.line)"
            if let target = e.undoes, let undone = c.book.history.last(where: { $0.seq == target }) {
                s += c.t(" → took back “\(undone.line)”", " → 撤销了“\(undone.line)”")
            }
            if e.undone { s += c.t(" (undone)", "(已撤销)") }
            lines.append(Reply.Line(s, tone: e.undone ? .muted : .plain))
        }
        return .show(lines)
    }

    static func set(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let setting = p.slots.setting else { throw Problem.badSetting(p.input) }
        switch setting {
        case .dates: return try setDateOrder(p, c)
        case .currency: break
        case .language: throw Problem.badSetting(setting.rawValue)
        case .greeting: return try OpeningSettings.set(p, c)
        case .greetingsLead: return GreetingCommands.setLead(p, c)
        case .complaintStall, .complaintCheckBack: return try ComplaintSettings.set(setting, p, c)
        case .satisfactionCall: return try SatisfactionCommands.setDays(p, c)
        case .ladderCourtesy, .ladderEarly, .ladderFirm, .ladderHold, .ladderEscalate, .retryDays:
            return try CollectionSettings.set(setting, p, c)
        case .myName, .myEmail, .draftsFolder, .myCompany, .myAddress:
            return try MailCommands.setting(setting, p, c)
        }
        guard let v = p.slots.value ?? p.slots.amount?.currency, let cur = Currency.named(v) else {
            throw Problem.badCurrency(p.slots.value ?? "")
        }
        let before = c.book.settings["currency"]
        let line = c.t("Currency set to \(cur.code): amounts without a currency are now \(cur.symbol.trimmingWhitespace).",
                       "币种已设为\(cur.code)：不写币种的金额按\(cur.symbol.trimmingWhitespace)计。")
        return .change([.settingChanged(key: "currency", before: before, after: cur.code)], [Reply.Line(line, tone: .success)])
    }

    /// How dates like 12/10 read: month first (the default) or day first.
    static func setDateOrder(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let v = p.slots.value, v == "day-month" || v == "month-day" else { throw Problem.badDateOrder }
        let before = c.book.settings["dates"]
        let line = v == "day-month"
            ? c.t("Dates like 12/10 now read day first: 12 October.", "12/10 这样的日期现在按“日/月”理解：10月12日。")
            : c.t("Dates like 12/10 now read month first: 10 December.", "12/10 这样的日期现在按“月/日”理解：12月10日。")
        return .change([.settingChanged(key: "dates", before: before, after: v)], [Reply.Line(line, tone: .success)])
    }

    /// How the previous line was understood: what it asks for, each slot with the words that gave
    /// it, dates with their weekday, and the problem that stopped it, if any.
    static func explain(_ c: Context) throws -> Outcome {
        guard let whole = c.explained else { throw Problem.nothingToExplain }
        let w = ExplainWording.self
        var lines = [Reply.Line(w.heading(whole.input, c.lang), tone: .heading)]
        // A line that said two things is explained reading by reading.
        for p in whole.clauses.isEmpty ? [whole] : whole.clauses { lines += explainLines(p, c) }
        // A script also says which plays it chose and the conditions that made them fit.
        lines += ScriptWording.why(c.plays.lastChoices, c.lang)
        return .show(lines)
    }

    private static func explainLines(_ p: ParsedLine, _ c: Context) -> [Reply.Line] {
        let w = ExplainWording.self
        var lines: [Reply.Line] = []
        lines.append(Reply.Line(w.row(nil, w.intent(p.intent, c.lang), words: p.words(for: "intent"), c.lang)))
        for (slot, value) in explainedSlots(p, c) {
            // Free text is the line's own words already.
            let words = slot == "text" ? nil : p.words(for: slot)
            lines.append(Reply.Line(w.row(w.slot(slot, c.lang), value, words: words, c.lang)))
        }
        if let problem = p.problem {
            let why = Problem.from(problem, in: p)
            lines.append(Reply.Line(w.problemNote(c.lang), tone: .warning))
            lines.append(Reply.Line("  " + why.message(c.lang, today: c.today), tone: .warning))
        }
        return lines
    }

    /// The filled slots of a parse as the reply shows them, in `parse`'s order.
    private static func explainedSlots(_ p: ParsedLine, _ c: Context) -> [(String, String)] {
        let s = p.slots
        var out: [(String, String)] = []
        if let v = s.customer {
            var shown = v
            if case .one(let id) = CustomerResolver.resolve(v, in: c.book, index: c.index),
               let name = c.book.customer(id)?.name, name != v {
                shown += ExplainWording.inBook(name, c.lang)
            }
            out.append(("customer", shown))
        }
        if let v = s.contact { out.append(("contact", v)) }
        if let v = s.amount {
            let money = try? c.money(v)
            out.append(("amount", money.map { $0.formatted } ?? v.plain + (v.currency.map { " " + $0 } ?? "")))
        }
        if let v = s.portion { out.append(("portion", ExplainWording.portion(v, c.lang))) }
        if let v = s.date { out.append(("date", c.day(v))) }
        if let v = s.until { out.append(("until", c.day(v))) }
        if let v = s.time { out.append(("time", v.description)) }
        if let v = s.invoice { out.append(("invoice", v)) }
        if let v = s.id { out.append(("id", "#\(v)")) }
        if let v = s.text { out.append(("text", v)) }
        if let v = s.channel { out.append(("channel", Words.channel(v, c.lang))) }
        if let v = s.outcome { out.append(("outcome", CollectionWording.outcome(v, c.lang))) }
        if let v = s.excuse { out.append(("excuse", CollectionWording.excuse(v, c.lang))) }
        if let v = s.topic { out.append(("topic", v)) }
        // A complaint reading words its own cause.
        if let v = s.cause, s.complaint?.cause == nil { out.append(("cause", v)) }
        if let v = s.stage { out.append(("stage", v)) }
        if let v = s.recurrence { out.append(("recurrence", c.zh ? v.chinese : v.description)) }
        if let v = s.duration { out.append(("duration", Words.duration(v, c.lang))) }
        if let v = s.snoozeDays { out.append(("snoozeDays", c.t("\(v) day\(v == 1 ? "" : "s")", "\(v)天"))) }
        if let v = s.phone { out.append(("phone", v)) }
        if let v = s.email { out.append(("email", v)) }
        if let v = s.terms { out.append(("terms", ExplainWording.terms(v, c.lang))) }
        if let v = s.field { out.append(("field", v.rawValue)) }
        if let v = s.setting { out.append(("setting", v.rawValue)) }
        if let v = s.value { out.append(("value", v)) }
        if let v = s.basis { out.append(("basis", KeyAccountsWording.basis(v, c.lang))) }
        if let v = s.consent { out.append(("consent", v ? c.t("agreed", "同意") : c.t("declined", "不同意"))) }
        if let r = s.complaint { out += ComplaintVocabularyWording.explained(r, c.lang) }
        return out
    }

    static func help(_ p: ParsedLine, _ c: Context) -> Outcome {
        .show(Help.text(topic: p.slots.topic, lang: c.lang).map { line in
            Reply.Line(line, tone: line.hasPrefix(" ") || line.isEmpty ? .plain : .heading)
        })
    }
}
