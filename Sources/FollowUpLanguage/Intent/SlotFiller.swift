import FollowUpCore

/// Fills the descriptive slots of a classified line: text, channel, topic, cause, stage, terms,
/// field and value, and the contact person; notes the words behind each in the evidence log.
enum SlotFiller {
    typealias S = SlotLexicon

    static func fill(_ slots: inout Slots, intent: Intent, match: IntentMatch, _ a: Analysis, cued: CuedNames,
                     log: inout EvidenceLog) {
        /// A value and the tokens that gave it, noted as the evidence for `slot`.
        func take<V>(_ slot: String, _ found: (V, Range<Int>)?) -> V? {
            guard let found else { return nil }
            log.note(slot, a, found.1)
            return found.0
        }
        /// Free text is noted as itself: it is the line's own words, minus what other slots took.
        func text(_ t: String?) -> String? {
            log.note("text", words: t)
            return t
        }
        switch intent {
        case .reminderAdd:
            // "visit Acme on Friday": the verb is the reminder itself, so it stays in the text.
            var m = match
            if let c = match.cue, !S.reminderCueWords.contains(where: { a.originalText(c).lowercased().contains($0) }) {
                m.cue = nil
            }
            slots.text = text(freeText(a, dropping: m, keepTime: false))
            slots.channel = take("channel", firstMatch(S.channels, a))
            slots.topic = take("topic", firstMatch(S.topics, a))
        case .reminderDelete, .reminderSnooze, .reminderDone, .reminderSkip:
            ReminderWords.fill(&slots, intent: intent, match: match, a, log: &log)
        case .contactLog:
            slots.channel = take("channel", firstMatch(S.channels, a))
            slots.topic = take("topic", firstMatch(S.topics, a))
            slots.outcome = take("outcome", outcome(a))
            slots.excuse = take("excuse", contactWords(ContactLexicon.excuses, a))
            // When how it went is the cue ("Acme says they have no money"), it is the note too,
            // with its days (恒通贸易说下个月再说).
            var m = match
            if let cue = match.cue, ContactLexicon.outcomes(a.language).match(a.tokens, at: cue.lowerBound) != nil
                || ContactLexicon.excuses(a.language).match(a.tokens, at: cue.lowerBound) != nil {
                m.cue = nil
            }
            slots.text = text(textAfterPunctuation(a)
                              ?? contactNote(freeText(a, dropping: m, keepTime: m.cue == nil && match.cue != nil, dropName: true)))
            slots.contact = take("contact", cued.contact.map { (a.originalText($0), $0) } ?? contactPersonRange(a, match))
        case .script:
            slots.topic = take("topic", firstMatch(S.topics, a))
            slots.excuse = take("excuse", contactWords(ContactLexicon.excuses, a))
            // `script excuse next month`: after the word excuse, a short name of one is enough.
            if slots.excuse == nil, slots.topic == "excuse" {
                slots.excuse = take("excuse", firstMatch(ContactLexicon.excuseNames, a))
            }
        case .playCheck:
            slots.text = text(pathAfterCue(a, match))
        case .deliveryRecord:
            slots.topic = take("topic", firstMatch(SatisfactionCues.installation, a).map { ("installation", $0.1) })
            slots.text = text(freeText(a, dropping: match, keepTime: false, dropName: true))
        case .satisfactionRecord:
            slots.value = take("value", firstMatch(SatisfactionCues.answer, a).map { ($0.0 ? "yes" : "no", $0.1) })
            slots.text = text(textAfterPunctuation(a) ?? freeText(a, dropping: match, keepTime: false, dropName: true))
        case .complaintLog:
            slots.text = text(textAfterPunctuation(a) ?? freeText(a, dropping: match, keepTime: true, dropName: true))
            slots.cause = take("cause", causeRange(a, needCue: true))
        case .complaintUpdate:
            slots.stage = take("stage", firstMatch(S.stages, a))
            slots.cause = take("cause", causeRange(a, needCue: slots.stage != nil))
            slots.text = text(freeText(a, dropping: match, keepTime: true))
        case .customerAdd, .customerUpdate:
            slots.terms = take("terms", termsRange(a))
            let contact = cued.contact.map { (a.originalText($0), $0) } ?? contactPersonRange(a, match)
            slots.contact = take("contact", contact)
            // Only what a customer has is a customer field ("currency" there names nothing).
            let field = firstMatch(S.fields, a).flatMap { f in CustomerField(rawValue: f.0).map { ($0, f.1) } }
            // A new customer's credit limit ("add customer Acme, credit limit 20000").
            if intent == .customerAdd, field?.0 == .creditLimit, slots.amount != nil { slots.field = take("field", field) }
            if intent == .customerUpdate {
                slots.field = take("field", field)
                if slots.field == .tier {
                    if let v = firstMatch(S.settingValues, a) {
                        slots.value = take("value", v)
                    } else {
                        slots.value = "key"
                        log.note("value", a, field?.1)
                    }
                }
                if slots.field == .address { slots.value = take("value", valueAfterFieldRange(a)) }
                if slots.field == .name { slots.value = take("value", cued.newName.map { (a.originalText($0), $0) } ?? newNameRange(a, after: match.customer)) }
                if slots.field == .contact { slots.value = take("value", contact ?? valueAfterFieldRange(a)) }
            }
        case .invoiceAdd, .promiseRecord, .paymentRecord:
            slots.terms = take("terms", termsRange(a))
            // What the customer said with a promise ("说下个月再付") belongs to the call it came in.
            if intent == .promiseRecord { slots.excuse = take("excuse", contactWords(ContactLexicon.excuses, a)) }
            if intent == .promiseRecord, slots.date == nil, slots.recurrence == nil { break }
        case .settingSet:
            if let (setting, range) = firstMatch(S.settings, a), setting.isDays {
                // A number of days: `set ladder.firm 45`, `正式催款设为45天`.
                slots.setting = take("setting", (setting, range))
                slots.value = take("value", daysAfter(a, range.upperBound))
                break
            }
            let value = settingValueRange(a)
            slots.value = take("value", value)
            if let f = firstMatch(S.fields, a) {
                slots.setting = take("setting", BookSetting(rawValue: f.0).map { ($0, f.1) })
            } else {
                slots.setting = slots.value == "zh" || slots.value == "en" ? .language : .currency
                log.note("setting", a, value?.1)
            }
        case .help:
            slots.topic = take("topic", helpTopicRange(a, match))
        case .promiseList:
            slots.value = take("value", firstMatch(S.promiseFilters, a))
        default:
            break
        }
    }

    /// The first outcome or excuse phrase of the line's language (then the other's, for mixed
    /// lines), not on a name.
    static func contactWords<V>(_ table: (Lang) -> PhraseTable<V>, _ a: Analysis) -> (V, Range<Int>)? {
        firstMatch(table(a.language), a) ?? firstMatch(table(a.language == .zh ? .en : .zh), a)
    }

    /// How the contact went: the first outcome said, but a plain "reached" only when nothing
    /// more telling follows ("spoke with Acme, they refused to pay" is a refusal).
    static func outcome(_ a: Analysis) -> (ContactOutcome, Range<Int>)? {
        guard let first = contactWords(ContactLexicon.outcomes, a) else { return nil }
        guard first.0 == .reached else { return first }
        var i = first.1.upperBound
        let table = ContactLexicon.outcomes(a.language)
        while i < a.count {
            if a.marks[i] != .name, let m = table.match(a.tokens, at: i), m.value != .reached { return (m.value, i..<(i + m.length)) }
            i += 1
        }
        return first
    }

    /// A whole number of days after token `from` (skipping `to`, `=`, 为…), with an optional
    /// `days`/天 after it: the value of a ladder or retry setting, as text.
    static func daysAfter(_ a: Analysis, _ from: Int) -> (String, Range<Int>)? {
        var j = from
        while j < a.count, j < from + 4, IntegerReader.read(a.tokens, at: j, words: true) == nil { j += 1 }
        // A minus sign makes it no number of days at all.
        guard let r = IntegerReader.read(a.tokens, at: j, words: true), j == 0 || a.word(j - 1) != "-" else { return nil }
        var end = j + r.length
        if S.dayWords.contains(a.tokens, at: end) { end += 1 }
        return (String(r.value), j..<end)
    }

    /// The first phrase of `table` in the line on a free or time token, by position.
    static func first<V>(_ table: PhraseTable<V>, _ a: Analysis) -> V? { firstMatch(table, a)?.0 }

    /// The first phrase of `table` not on a name, with the tokens it covers.
    static func firstMatch<V>(_ table: PhraseTable<V>, _ a: Analysis) -> (V, Range<Int>)? {
        var i = 0
        while i < a.count {
            if a.marks[i] != .name, let m = table.match(a.tokens, at: i) { return (m.value, i..<(i + m.length)) }
            i += 1
        }
        return nil
    }

    /// The complaint cause, after "cause"/原因 when `needCue`, else anywhere.
    static func cause(_ a: Analysis, needCue: Bool) -> String? { causeRange(a, needCue: needCue)?.0 }

    /// The complaint cause and the tokens that name it.
    static func causeRange(_ a: Analysis, needCue: Bool) -> (String, Range<Int>)? {
        if let c = S.causeCues.firstMatch(a.tokens) {
            var i = c.start + c.length
            let limit = min(a.count, i + 6)
            while i < limit {
                if let m = S.causes.match(a.tokens, at: i) { return (m.value, i..<(i + m.length)) }
                i += 1
            }
        }
        return needCue ? nil : firstMatch(S.causes, a)
    }

    /// Payment terms in days: `terms 30 days`, `net 30`, `账期30天`, `30天账期`.
    static func terms(_ a: Analysis) -> Int? { termsRange(a)?.0 }

    /// Payment terms and the tokens from the cue to the number (`terms 30`, `30天账期`, `月结`).
    static func termsRange(_ a: Analysis) -> (Int, Range<Int>)? {
        if let c = S.termsCues.firstMatch(a.tokens) {
            var i = c.start + c.length
            while i < min(a.count, c.start + c.length + 3) {
                if let r = IntegerReader.read(a.tokens, at: i, words: true), (0...3650).contains(r.value) {
                    var end = i + r.length
                    if S.dayWords.contains(a.tokens, at: end) { end += 1 }
                    return (r.value, c.start..<end)
                }
                i += 1
            }
            var k = c.start - 1
            while k >= max(0, c.start - 3) {
                if let r = IntegerReader.read(a.tokens, at: k, words: false), (0...3650).contains(r.value),
                   S.dayWords.contains(a.tokens, at: k + 1) {
                    return (r.value, k..<(c.start + c.length))
                }
                k -= 1
            }
        }
        if a.language == .zh, let m = S.monthlySettlement.firstMatch(a.tokens) { return (30, m.start..<(m.start + m.length)) }
        return nil
    }

    static func field(_ a: Analysis) -> String? { first(S.fields, a) }

    /// A setting's value: a known currency or language name, or the word after the field.
    static func settingValue(_ a: Analysis) -> String? { settingValueRange(a)?.0 }

    /// A setting's value and the tokens that gave it.
    static func settingValueRange(_ a: Analysis) -> (String, Range<Int>)? {
        var i = 0
        while i < a.count {
            if let f = S.fields.match(a.tokens, at: i) {
                var j = i + f.length
                while j < a.count, ["to", "as", "=", ":", "设为", "改为", "改成", "为", "是", "设置为"].contains(a.word(j))
                    || (j + 1 < a.count && ["设为", "改为", "改成"].contains(a.word(j) + a.word(j + 1))) {
                    j += ["设", "改"].contains(a.word(j)) ? 2 : 1
                }
                if let v = S.settingValues.match(a.tokens, at: j) { return (v.value, j..<(j + v.length)) }
                if j < a.count, a.tokens[j].kind == .word { return (a.originalText(j..<(j + 1)).uppercased(), j..<(j + 1)) }
            }
            i += 1
        }
        return firstMatch(S.settingValues, a)
    }

    /// The text after a field word (`X tier key`).
    static func valueAfterField(_ a: Analysis) -> String? { valueAfterFieldRange(a)?.0 }

    /// The text after a field word and the tokens it spans.
    static func valueAfterFieldRange(_ a: Analysis) -> (String, Range<Int>)? {
        guard let f = S.fields.firstMatch(a.tokens) else { return nil }
        var j = f.start + f.length
        while j < a.count, ["to", "as", "is", "=", ":", "为", "是", "改为", "改成"].contains(a.word(j)) { j += 1 }
        let s = a.originalText(j..<a.count)
        return s.isEmpty ? nil : (s, j..<a.count)
    }

    /// The new name in a rename (`rename Acme to Acme Ltd`, `东方酒店改名为东方大酒店`).
    static func newName(_ a: Analysis, after customer: Range<Int>?) -> String? { newNameRange(a, after: customer)?.0 }

    /// The new name in a rename and the tokens after `to`/为 that hold it.
    static func newNameRange(_ a: Analysis, after customer: Range<Int>?) -> (String, Range<Int>)? {
        var j = customer?.upperBound ?? 0
        while j < a.count, !["to", "as", "为", "成"].contains(a.word(j)) { j += 1 }
        guard j < a.count else { return nil }
        let s = trimPunctuation(a.originalText((j + 1)..<a.count))
        return s.isEmpty ? nil : (s, (j + 1)..<a.count)
    }

    /// A contact person: a titled Chinese name (刘总), `contact X`, or the person met (`met Liu at …`).
    static func contactPerson(_ a: Analysis, _ match: IntentMatch) -> String? { contactPersonRange(a, match)?.0 }

    /// A contact person and the tokens of their name.
    static func contactPersonRange(_ a: Analysis, _ match: IntentMatch) -> (String, Range<Int>)? {
        if a.language == .zh {
            if let c = match.customer, NameGrammarZH.endsWithTitle(a, c) { return (a.originalText(c), c) }
            if let f = S.contactCuesZH.firstMatch(a.tokens),
               let r = NameGrammarZH.take(a, from: f.start + f.length, limit: a.count) {
                return (a.originalText(r), r)
            }
        }
        // English cues, also in mixed lines ("add customer Acme, contact 张总"): the name after
        // `contact` is capitalised words, titles, or a run of Chinese characters.
        var i = 0
        while i < a.count {
            if let m = S.contactCuesEN.match(a.tokens, at: i) {
                let s = i + m.length
                var j = s
                while j < a.count, a.isFree(j), j - s < 5,
                      (a.tokens[j].kind == .word && (a.isCapitalised(j) || NameLexicon.titlesEN.contains(a.tokens[j].text)))
                        || (a.tokens[j].kind == .cjk && (j == s || a.tokens[j - 1].kind == .cjk))
                        || (a.word(j) == "." && !a.tokens[j].spaceBefore && NameLexicon.titlesEN.contains(a.word(j - 1))) {
                    j += 1
                }
                if j > s, match.customer.map({ !$0.overlaps(s..<j) }) ?? true { return (a.originalText(s..<j), s..<j) }
            }
            i += 1
        }
        return nil
    }

    /// The quotes that may hold a name or a path: straight, curly and corner brackets.
    static let quotePairs = [("\"", "\""), ("'", "'"), ("“", "”"), ("「", "」")]

    /// The file named after `plays check`, as typed, without quotes around it.
    static func pathAfterCue(_ a: Analysis, _ match: IntentMatch) -> String? {
        guard let c = match.cue, c.upperBound < a.count else { return nil }
        var s = a.originalText(c.upperBound..<a.count).trimmingWhitespace
        for (open, close) in quotePairs
        where s.count >= 2 && s.hasPrefix(open) && s.hasSuffix(close) {
            s = String(s.dropFirst().dropLast())
        }
        return s.isEmpty ? nil : s
    }

    /// The note after the first comma or colon (`called Acme, no answer` → `no answer`).
    static func textAfterPunctuation(_ a: Analysis) -> String? {
        if let i = noteSeparator(a) {
            let s = a.originalText((i + 1)..<a.count)
            return s.isEmpty ? nil : trimPunctuation(s)
        }
        return nil
    }

    /// Where a note starts: the first comma, colon or semicolon, or a dash with spaces around it
    /// (`called Acme - out till monday`).
    static func noteSeparator(_ a: Analysis) -> Int? {
        (0..<a.count).first { i in
            let t = a.tokens[i]
            return [",", ":", ";"].contains(t.text)
                || (t.text == "-" && t.spaceBefore && i + 1 < a.count && a.tokens[i + 1].spaceBefore)
        }
    }

    /// The line without its cue, politeness and (unless `keepTime`) time words, as typed.
    static func freeText(_ a: Analysis, dropping match: IntentMatch, keepTime: Bool, dropName: Bool = false) -> String? {
        var keep = Array(repeating: true, count: a.count)
        if let c = match.cue { for i in c where i < keep.count { keep[i] = false } }
        if dropName, let c = match.customer { for i in c where i < keep.count { keep[i] = false } }
        var i = 0
        while i < a.count {
            if !keepTime, a.marks[i] == .time { keep[i] = false }
            if a.marks[i] == .id { keep[i] = false }
            i += 1
        }
        // Leading fillers and function words.
        var lo = 0
        while lo < a.count {
            if !keep[lo] { lo += 1; continue }
            if let m = Politeness.fillers.match(a.tokens, at: lo) { for k in lo..<(lo + m.length) { keep[k] = false }; lo += m.length; continue }
            if ["to", "that", "about", ":", ",", "-", "me", "我", "i", "re", "regarding", "一下", "下", "一"].contains(a.word(lo))
                || (a.word(lo) == "一" && a.word(lo + 1) == "下") {
                keep[lo] = false; lo += 1; continue
            }
            break
        }
        var v = String.UnicodeScalarView()
        var previousKept = -2
        for k in 0..<a.count where keep[k] {
            let t = a.tokens[k]
            if !v.isEmpty, a.language == .en || t.kind != .cjk, t.spaceBefore || previousKept != k - 1 {
                if !(a.language == .zh && t.kind == .cjk) { v.append(" ") }
            }
            for s in a.text.original[t.start..<t.end] { v.append(s) }
            previousKept = k
        }
        let s = trimPunctuation(String(v))
        return s.isEmpty ? nil : s
    }

    /// A contact's note without the particle that led to the name (给东方酒店发了对账单 → 对账单).
    static func contactNote(_ t: String?) -> String? {
        guard var t else { return nil }
        while let f = t.first, ["给", "跟", "和", "向", "与"].contains(f) { t.removeFirst() }
        // 打恒通贸易电话，占线: the 打 of 打…电话 is left when the name and 电话 are taken.
        if t.hasPrefix("打"), t.count > 1, !["打款", "打钱", "打不通", "打通", "打了", "打过"].contains(where: { t.hasPrefix($0) }) {
            t.removeFirst()
        }
        t = t.trimmingWhitespace
        // "left a vm for Golden Harvest": the name is taken, so a word that led to it dangles.
        let dangling: Set<String> = ["for", "to", "with", "from", "at", "w", "w/", "on"]
        while let last = t.split(separator: " ").last, t.contains(" "), dangling.contains(last.lowercased()) {
            t = String(t.dropLast(last.count)).trimmingWhitespace
        }
        return t.isEmpty ? nil : t
    }

    /// The rest of a help line as its topic (`help reminders` → `reminders`).
    static func helpTopic(_ a: Analysis, _ match: IntentMatch) -> String? { helpTopicRange(a, match)?.0 }

    /// The help topic, lowercased, and the tokens it was read from.
    static func helpTopicRange(_ a: Analysis, _ match: IntentMatch) -> (String, Range<Int>)? {
        guard let c = match.cue, c.upperBound < a.count else { return nil }
        var j = c.upperBound
        while j < a.count, ["with", "on", "about", "for", "me"].contains(a.word(j)) { j += 1 }
        var v = String.UnicodeScalarView()
        for k in j..<a.count {
            if a.tokens[k].spaceBefore, !v.isEmpty { v.append(" ") }
            for s in a.text.lower[a.tokens[k].start..<a.tokens[k].end] { v.append(s) }
        }
        let s = trimPunctuation(String(v))
        return s.isEmpty ? nil : (s, j..<a.count)
    }

    static func trimPunctuation(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        let junk: Set<Unicode.Scalar> = [" ", ".", ",", "!", "?", ";", ":", "-"]
        while let l = scalars.last, junk.contains(l) { scalars.removeLast() }
        var lo = 0
        while lo < scalars.count, junk.contains(scalars[lo]) { lo += 1 }
        var v = String.UnicodeScalarView()
        for k in lo..<scalars.count { v.append(scalars[k]) }
        return String(v)
    }
}
