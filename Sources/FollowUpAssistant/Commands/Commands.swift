import FollowUpCore
import FollowUpLanguage

/// Routes an understood line to the command for its intent.
enum Commands {
    static func run(_ parsed: ParsedLine, _ c: Context) throws -> Outcome {
        do {
            // `--csv`: the report as a table, for a report; refused for anything else.
            if parsed.csv != nil {
                guard CSVExport.reports.contains(parsed.intent) else { throw Problem.csv(.notAReport) }
                return .table(try CSVExport.table(parsed, c))
            }
            switch parsed.intent {
            case .customerAdd: return try CustomerCommands.add(parsed, c)
            case .customerShow: return try CustomerFile.show(parsed, c)
            case .customerFile: return try CustomerFile.set(parsed, c)
            case .customerUpdate: return try CustomerCommands.update(parsed, c)
            case .customerList: return CustomerCommands.list(c)
            case .customerRemove: return try CustomerCommands.remove(parsed, c)
            case .invoiceAdd: return try ReceivableCommands.addInvoice(parsed, c)
            case .paymentRecord: return try ReceivableCommands.recordPayment(parsed, c)
            case .paymentBounce: return try ReversalCommands.bounce(parsed, c)
            case .creditAdd: return try ReversalCommands.creditNote(parsed, c)
            case .promiseRecord: return try ReceivableCommands.recordPromise(parsed, c)
            case .reminderAdd: return try ReminderCommands.add(parsed, c)
            case .reminderDone: return try ReminderCommands.done(parsed, c)
            case .reminderSnooze: return try ReminderCommands.snooze(parsed, c)
            case .reminderDelete: return try ReminderCommands.delete(parsed, c)
            case .reminderSkip: return try ReminderCommands.skip(parsed, c)
            case .reminderList: return ReminderCommands.list(c)
            case .agenda: return ReportCommands.agenda(parsed, c)
            case .reportAging: return ReportCommands.aging(parsed, c)
            case .reportStatement:
                // A statement with no customer (欠款明细, `statement`) is everyone's: the detail.
                if parsed.slots.customer == nil, parsed.slots.contact == nil, c.decisions.customer == nil {
                    return try CollectionReports.detail(parsed, c)
                }
                return try ReportCommands.statement(parsed, c)
            case .reportTotal: return ReportCommands.total(c)
            case .reportDetail: return try CollectionReports.detail(parsed, c)
            case .reportPlan: return try CollectionReports.plan(parsed, c)
            case .reportRate: return try CollectionReports.rate(parsed, c)
            case .importInvoices: return try ImportCommand.run(parsed, c)
            case .promiseList: return try PromiseCommands.list(parsed, c)
            case .contactLog:
                // A greeting sent for an occasion is a contact that ticks the occasion off.
                if let kind = GreetingCommands.occasion(of: parsed) { return try GreetingCommands.greeted(kind, parsed, c) }
                return try CustomerCommands.logContact(parsed, c)
            case .deliveryRecord: return try SatisfactionCommands.delivery(parsed, c)
            case .satisfactionRecord: return try SatisfactionCommands.answer(parsed, c)
            case .satisfactionReport: return try SatisfactionCommands.report(parsed, c)
            case .history: return try MetaCommands.history(parsed, c)
            case .undo: return try MetaCommands.undo(c)
            case .help: return MetaCommands.help(parsed, c)
            case .explain: return try MetaCommands.explain(c)
            case .quit: return .quit([])
            case .settingSet: return try MetaCommands.set(parsed, c)
            case .complaintLog:
                if let answer = SatisfactionCommands.callAnswer(parsed, c) { return try SatisfactionCommands.answer(answer, c) }
                return try ComplaintCommands.log(parsed, c)
            case .complaintUpdate: return try ComplaintMoves.move(parsed, c)
            case .complaintList: return try ComplaintCommands.list(parsed, c)
            case .complaintShow: return try ComplaintCommands.show(parsed, c)
            case .complaintReport: return try ComplaintReports.report(parsed, c)
            case .script: return try ScriptCommands.script(parsed, c)
            case .playList: return PlaysCommands.list(c)
            case .playCheck: return try PlaysCommands.check(parsed, c)
            case .reportPareto: return try KeyAccountsReport.show(parsed, c)
            case .greetingsList: return GreetingCommands.list(parsed, c)
            case .planStart: return try PlanCommands.start(parsed, c)
            case .planStop: return try PlanCommands.stop(parsed, c)
            case .planList: return PlanCommands.list(parsed, c)
            case .planShow: return try PlanCommands.show(parsed, c)
            case .planPushBack: return try PlanCommands.pushBack(parsed, c)
            case .emailConsent: return try MailCommands.consent(parsed, c)
            case .emailDraft: return try MailCommands.draft(parsed, c)
            case .calendarExport: return try CalendarCommands.export(parsed, c)
            case .unknown:
                // A customer's name alone opens their file.
                if case .one(let id) = CustomerResolver.resolve(parsed.input, in: c.book, index: c.index) {
                    var asShow = parsed
                    asShow.slots.customer = c.book.customer(id)?.name
                    return try CustomerFile.show(asShow, c)
                }
                throw Problem.notUnderstood(parsed.input, suggestions: Help.suggestions(for: parsed.input))
            }
        } catch let ask as Ask {
            return .ask(ask.question, ask.lines)
        }
    }
}
