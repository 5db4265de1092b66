import FollowUpCore

/// A plan touch on the agenda: its line (the reminder's text names the channel and the plan),
/// then its draft on an indented line, in the contact's language. The draft was worded when the
/// plan started and is stored on the reminder, so the agenda never reads the playbook.
enum PlanAgenda {
    static func draft(_ item: Agenda.Item) -> [Reply.Line] {
        guard case .reminder(let r) = item, r.plan != nil, let message = r.message, !message.isEmpty else { return [] }
        return [Reply.Line(PlanWording.draftLine(message), tone: .muted)]
    }
}
