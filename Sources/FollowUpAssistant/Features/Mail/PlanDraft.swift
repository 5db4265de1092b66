import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook
import FollowUpStore

/// `draft email to Acme plan`, 给东方酒店写跟进邮件: the message of the next open touch of the
/// customer's running plan that goes by email (else of the next touch) as an `.eml` draft, with
/// the checks every draft passes. The message was worded when the touch was planned, in the
/// contact's language; nothing is recorded, the touch stays open until `done`.
enum PlanDraft {
    static func write(_ cu: Customer, _ p: ParsedLine, _ c: Context) -> Outcome {
        guard let plan = c.book.activePlan(of: cu.id) else {
            return .failed([Reply.Line(MailWording.noPlanRunning(cu.name, c), tone: .error)])
        }
        let play = c.plays.playbook.play(plan.play)
        let open = c.book.reminders.filter { $0.plan == plan.id && $0.isOpen && $0.message != nil }
            .sorted { ($0.current(on: c.today), $0.id.raw) < ($1.current(on: c.today), $1.id.raw) }
        guard let touch = open.first(where: { PlanCommands.channel(of: $0, plan: plan, play: play) == .email }) ?? open.first,
              let message = touch.message else {
            return .failed([Reply.Line(MailWording.noPlanMessage(cu.name, c), tone: .error)])
        }
        let k = MailCommands.named(p, cu) ?? MailCommands.person(plan.contact, in: cu) ?? MailCommands.addressee(p, cu)
        let to: MailDraft.Address
        switch MailCommands.recipient(cu, person: k.map { cu.contacts[$0] }, c) {
        case .failure(let refusal): return .failed(refusal.lines)
        case .success(let address): to = address
        }
        // The message is in the language it was planned in; the subject follows it.
        let lang: Lang = ContactAddress.isChinese(message) ? .zh : .en
        let subject = MailWording.planSubject(play, key: touch.touch, lang)
        switch MailCommands.save(to: to, subject: subject, body: message + "\n", what: "plan-" + (touch.touch ?? "touch"), c) {
        case .failure(let refusal): return .failed(refusal.lines)
        case .success(let path):
            let channel = PlanCommands.channel(of: touch, plan: plan, play: play)
            return .show(MailWording.planWritten(path, to: to, subject: subject, draftLang: lang, touch: touch,
                                                 byEmail: channel == .email, customer: cu.name, c))
        }
    }
}
