import Foundation
import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook
import FollowUpStore

/// Email, as seed 003 says to use it: ask first, then write something of use, addressed to the
/// person. Consent is recorded per contact person (or for the company when no person is named);
/// a draft is an `.eml` file the user's mail program opens, written only for someone who agreed.
enum MailCommands {
    /// The kinds of email a draft can be; each is a play `email.<kind>` (or `email.<kind>.<occasion>`).
    enum Kind: String {
        case thanks, reminder, greeting
        /// The message of the next touch of the customer's running plan (`PlanDraft`).
        case plan
    }

    // MARK: Who

    /// The contact person at `cu` that `typed` names (name, title, name without honorific, or the
    /// Chinese address such as 王经理), nil when it names the company or no one.
    static func person(_ typed: String?, in cu: Customer) -> Int? {
        guard let typed else { return nil }
        let key = CustomerResolver.fold(typed)
        let company = ([cu.name] + cu.aliases).map(CustomerResolver.fold)
        guard !key.isEmpty, !company.contains(key) else { return nil }
        if let k = cu.contacts.firstIndex(where: { p in
            CustomerResolver.fold(p.name) == key || p.title.map(CustomerResolver.fold) == key
                || PersonName.withoutHonorific(p.name).map(CustomerResolver.fold) == key
                || CustomerResolver.fold(ContactAddress.addressed(p, .zh)) == key
        }) { return k }
        // `ana` for Ana Ruiz: one word of one person's name is that person, as it was what found
        // the customer (else `ana's email` would become the company's).
        guard key.count >= 2, !key.contains(" ") else { return nil }
        let parts = cu.contacts.indices.filter { k in
            CustomerResolver.fold(PersonName.withoutHonorific(cu.contacts[k].name) ?? cu.contacts[k].name)
                .split(separator: " ").contains { String($0) == key }
        }
        return parts.count == 1 ? parts[0] : nil
    }

    /// The person a line names: its contact, else the name it was resolved from.
    static func named(_ p: ParsedLine, _ cu: Customer) -> Int? {
        person(p.slots.contact, in: cu) ?? person(p.slots.customer, in: cu)
    }

    /// Whom a draft goes to when the line names no one: a person who agreed and has an address,
    /// else the company when it agreed and has one, else the first person (whose missing consent
    /// or address the reply then names), else the company.
    static func addressee(_ p: ParsedLine, _ cu: Customer) -> Int? {
        if let k = named(p, cu) { return k }
        if let k = cu.contacts.firstIndex(where: { consent(of: $0, at: cu)?.agreed == true && hasAddress($0.email) }) { return k }
        if cu.emailConsent?.agreed == true, hasAddress(cu.email) { return nil }
        return cu.contacts.isEmpty ? nil : 0
    }

    /// A person's own answer; with none, the company's (given for the people who work there).
    static func consent(of person: ContactPerson?, at cu: Customer) -> EmailConsent? {
        person?.emailConsent ?? cu.emailConsent
    }

    static func hasAddress(_ email: String?) -> Bool { email.map { !$0.trimmingWhitespace.isEmpty } ?? false }

    // MARK: Consent

    /// `Acme agreed to receive emails`, `王经理不要发邮件`: the answer on the person (or the company),
    /// with today's date. The same answer again changes nothing and says since when.
    static func consent(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let agreed = p.slots.consent ?? true
        let (before, _) = try c.customer(p, example: MailWording.consentExample(c.lang), offerAdd: false)
        var after = before
        let answer = EmailConsent(agreed: agreed, day: c.today)
        let k = named(p, before)
        let who = k.map { before.contacts[$0].name } ?? before.name
        let earlier = k.map { before.contacts[$0].emailConsent } ?? before.emailConsent
        if let earlier, earlier.agreed == agreed {
            return .show([Reply.Line(MailWording.alreadyRecorded(who, company: k == nil ? nil : before.name, earlier, c), tone: .muted)])
        }
        if let k { after.contacts[k].emailConsent = answer } else { after.emailConsent = answer }
        var lines = [Reply.Line(MailWording.consentRecorded(who, company: k == nil ? nil : before.name, agreed, c), tone: .success)]
        let address = k.map { before.contacts[$0].email } ?? before.email
        if agreed, !hasAddress(address) {
            lines.append(Reply.Line("  " + MailWording.noAddressYet(who, isCompany: k == nil, c), tone: .muted))
        }
        return .change([.customerChanged(before: before, after: after)], lines)
    }

    // MARK: Drafts

    static func draft(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: MailWording.draftExample(c.lang), offerAdd: false)
        guard let kind = p.slots.topic.flatMap(Kind.init) else {
            return .failed(MailWording.whichKind(cu.name, planRunning: c.book.activePlan(of: cu.id) != nil, c))
        }
        if kind == .plan { return PlanDraft.write(cu, p, c) }
        let standing = c.standing(of: cu)
        if kind == .reminder, !standing.owesSomething {
            return .failed([Reply.Line(MailWording.owesNothing(cu.name, c), tone: .error)])
        }
        let ids = (p.slots.value.map { ["email.\(kind.rawValue).\($0)"] } ?? []) + ["email.\(kind.rawValue)"]
        var what = kind.rawValue
        if let occasion = p.slots.value { what += "-" + occasion.replacingOccurrences(of: "_", with: "-") }
        return writeDraft(cu, person: addressee(p, cu), standing: standing, topic: .email, plays: ids, what: what,
                          statement: { lang in kind == .reminder ? MailWording.statement(standing, lang, zero: c.defaultCurrency) : [] }, c)
    }

    /// Any play with a `subject` as an `.eml` draft to a person at `cu` (or the company when
    /// `person` is nil): the checks every draft passes — a yes on record, an address — then the
    /// first of `ids` that fits, filled in the addressee's language. `draft email …` uses it with
    /// the `email` plays (a plan's message is already written: `PlanDraft`). `what` names the file.
    static func writeDraft(_ cu: Customer, person k: Int?, standing: CustomerStanding, topic: PlayTopic, plays ids: [String],
                           what: String, statement: (Lang) -> [String], _ c: Context) -> Outcome {
        let person = k.map { cu.contacts[$0] }
        let to: MailDraft.Address
        switch recipient(cu, person: person, c) {
        case .failure(let refusal): return .failed(refusal.lines)
        case .success(let address): to = address
        }
        let lang = language(cu, person: person, c)
        var situation = SituationBuilder.situation(standing, c)
        for l in [Lang.en, .zh] { situation.values[l.play]?[.contact] = person.map { ContactAddress.addressed($0, l) } }
        let choices = c.plays.playbook.choose(topic, for: situation, in: lang.play)
        guard let choice = ids.lazy.compactMap({ id in choices.first { $0.play.id == id } }).first else {
            return .failed([Reply.Line(MailWording.noPlay(ids.first ?? topic.rawValue, c), tone: .error)])
        }
        let body = compose(choice.filled, statement: statement(lang), signature: c.book.settings[BookSetting.myName.rawValue])
        let subject = choice.filled.say("subject") ?? choice.play.text(lang.play).title
        switch save(to: to, subject: subject, body: body, what: what, c) {
        case .failure(let refusal): return .failed(refusal.lines)
        case .success(let path):
            return .show(MailWording.written(path, to: to, subject: subject, draftLang: lang,
                                             play: choice.play, customer: cu.name, c))
        }
    }

    /// Why no draft was written, as the reply says it.
    struct Refusal: Error {
        let lines: [Reply.Line]
    }

    /// The address a draft goes to, once the checks every draft passes hold: a yes on record
    /// (the person's, else the company's) and an address.
    static func recipient(_ cu: Customer, person: ContactPerson?, _ c: Context) -> Result<MailDraft.Address, Refusal> {
        let who = person?.name ?? cu.name
        guard let answer = consent(of: person, at: cu) else {
            return .failure(Refusal(lines: MailWording.notAsked(who, company: person == nil ? nil : cu.name, c)))
        }
        guard answer.agreed else { return .failure(Refusal(lines: MailWording.declined(who, answer, c))) }
        let address = (person == nil ? cu.email : person?.email)?.trimmingWhitespace
        guard let address, !address.isEmpty else {
            return .failure(Refusal(lines: MailWording.noAddress(who, company: cu.name, c)))
        }
        return .success(MailDraft.Address(name: who, email: address))
    }

    /// Writes the `.eml` into the drafts folder; returns the path as shown.
    static func save(to: MailDraft.Address, subject: String, body: String, what: String, _ c: Context) -> Result<String, Refusal> {
        let me = c.book.settings[BookSetting.myEmail.rawValue].map {
            MailDraft.Address(name: c.book.settings[BookSetting.myName.rawValue], email: $0)
        }
        let draft = MailDraft(from: me, to: to, subject: subject, body: body, day: c.today, time: c.now)
        let folder = c.book.settings[BookSetting.draftsFolder.rawValue] ?? c.mail.draftsFolder
        do {
            let path = try c.files.createNew(draft.bytes, in: folder, stem: fileStem(c.today, to.name ?? to.email, what: what), ext: ".eml")
            return .success(c.mail.shown(path))
        } catch {
            return .failure(Refusal(lines: [Reply.Line(MailWording.notWritten(c.mail.shown(folder), error, c), tone: .error)]))
        }
    }

    /// The paragraphs of a filled email play: every `say` key but `subject`, in order; a
    /// reminder's statement right after `body`; the user's name under the last line.
    static func compose(_ play: FilledPlay, statement: [String], signature: String?) -> String {
        var paragraphs: [String] = []
        for (key, line) in play.say where key != "subject" {
            paragraphs.append(line)
            if key == "body", !statement.isEmpty { paragraphs.append(statement.joined(separator: "\n")) }
        }
        if let name = signature?.trimmingWhitespace, !name.isEmpty {
            if paragraphs.isEmpty { paragraphs.append(name) } else { paragraphs[paragraphs.count - 1] += "\n" + name }
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// The language a draft is written in: Chinese for a person with a Chinese name, a customer
    /// with a Chinese name, or a customer most of whose lines in the book were typed in Chinese;
    /// else English.
    static func language(_ cu: Customer, person: ContactPerson?, _ c: Context) -> Lang {
        if let person, ContactAddress.isChinese(person.name) { return .zh }
        if ContactAddress.isChinese(cu.name) { return .zh }
        let lines = c.book.history.filter { $0.customers.contains(cu.id) && !$0.undone }.map(\.line)
        let chinese = lines.filter(ContactAddress.isChinese).count
        return chinese * 2 > lines.count ? .zh : .en
    }

    /// `2026-11-18-li-wei-thanks`, `2026-12-20-王芳-greeting-new-year`: who and what, safe as a
    /// file name everywhere (letters and digits of any script, the rest made dashes).
    static func fileStem(_ day: Day, _ who: String, what: String) -> String {
        func slug(_ s: String) -> String {
            var out = ""
            for ch in s.lowercased() {
                if ch.isLetter || ch.isNumber { out.append(ch) } else if !out.isEmpty, out.last != "-" { out.append("-") }
            }
            while out.hasSuffix("-") { out.removeLast() }
            return out
        }
        let person = slug(who)
        return "\(day.iso)-\(person.isEmpty ? "contact" : person)-\(slug(what))"
    }

    // MARK: Settings

    /// `set my name Sam Lee`, `set my email sam@example.com`, `set drafts folder ~/Mail/Drafts`.
    static func setting(_ setting: BookSetting, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        var value = (setting == .myEmail ? p.slots.email ?? p.slots.value : p.slots.value)?.trimmingWhitespace ?? ""
        if setting == .myEmail, !value.contains("@") { value = "" }
        guard !value.isEmpty else { return .failed([Reply.Line(MailWording.settingNeedsValue(setting, c), tone: .error)]) }
        let key = setting.rawValue
        let before = c.book.settings[key]
        guard before != value else {
            return .show([Reply.Line(MailWording.settingUnchanged(setting, value, c), tone: .muted)])
        }
        return .change([.settingChanged(key: key, before: before, after: value)],
                       [Reply.Line(MailWording.settingSet(setting, value, c), tone: .success)])
    }
}

/// `Li Wei's email is li@acme.com`, 王经理的邮箱是 wang@df.com: an address on a line that names a
/// contact person goes to that person; otherwise it is the company's.
enum ContactEmail {
    static func set(_ email: String, on customer: inout Customer, line p: ParsedLine) {
        if let k = MailCommands.named(p, customer) {
            customer.contacts[k].email = email
        } else {
            customer.email = email
        }
    }
}
