import FollowUpCore
import FollowUpLanguage

/// What `why` / 为什么 says: each intent as a plain description, slot labels, and the lines around them.
enum ExplainWording {
    /// Each intent as what the line asks for, in English and Chinese.
    static func intent(_ i: Intent, _ lang: Lang) -> String {
        let (en, zh) = intentTable(i)
        return lang == .zh ? zh : en
    }

    private static func intentTable(_ i: Intent) -> (String, String) {
        switch i {
        case .customerAdd: return ("add a customer", "新增客户")
        case .customerShow: return ("show a customer's file", "查看客户档案")
        case .customerUpdate: return ("change a customer's details", "修改客户资料")
        case .customerList: return ("list all customers", "列出所有客户")
        case .customerRemove: return ("delete a customer", "删除客户")
        case .invoiceAdd: return ("record an invoice (money owed)", "记一笔应收")
        case .paymentRecord: return ("record a payment received", "记录回款")
        case .paymentBounce: return ("take back a payment that bounced", "记录退票（回款被退回）")
        case .creditAdd: return ("record goods returned (a credit note)", "记录退货（冲减欠款）")
        case .promiseRecord: return ("record a promise to pay", "记录付款承诺")
        case .reminderAdd: return ("add a reminder", "添加提醒")
        case .reminderDone: return ("mark a reminder done", "把提醒标为完成")
        case .reminderSnooze: return ("postpone a reminder", "推迟提醒")
        case .reminderDelete: return ("delete a reminder", "删除提醒")
        case .reminderSkip: return ("skip a reminder this time", "这次跳过提醒")
        case .reminderList: return ("list reminders", "列出提醒")
        case .agenda: return ("show the agenda", "查看日程")
        case .complaintLog: return ("log a complaint", "记录投诉")
        case .complaintUpdate: return ("update a complaint", "更新投诉进展")
        case .complaintList: return ("list complaints", "列出投诉")
        case .complaintShow: return ("show a complaint", "查看投诉")
        case .complaintReport: return ("report on complaints", "投诉统计")
        case .contactLog: return ("log a call, visit or message", "记录一次联系")
        case .deliveryRecord: return ("record a delivery or installation", "记录送货或安装")
        case .satisfactionRecord: return ("record a satisfaction answer", "记录客户满意度回访")
        case .satisfactionReport: return ("summarise satisfaction", "满意度统计")
        case .script: return ("suggest what to say", "提供话术")
        case .playList: return ("list the plays of the playbook", "列出话术库里的话术")
        case .playCheck: return ("check a play file", "检查话术文件")
        case .reportAging: return ("show who owes what, by days overdue", "账龄分析")
        case .reportStatement: return ("show a customer's statement", "查看客户对账单")
        case .reportPareto: return ("show the best customers", "大客户分析")
        case .customerFile: return ("set a fact in a customer's file", "记入客户档案")
        case .reportTotal: return ("show what all customers owe together", "查看应收总额")
        case .reportDetail: return ("show every open invoice (receivables detail)", "查看未回收账款明细")
        case .reportPlan: return ("show the week's collection plan", "查看本周收款计划")
        case .reportRate: return ("show the collection rate and DSO for a period", "查看回款率和应收周转天数")
        case .importInvoices: return ("import open invoices from a CSV file", "从CSV文件导入未收发票")
        case .promiseList: return ("list promises to pay", "列出付款承诺")
        case .planStart: return ("start a follow-up plan", "启动跟进计划")
        case .planStop: return ("stop a follow-up plan", "停止跟进计划")
        case .planList: return ("list the follow-up plans", "列出跟进计划")
        case .planShow: return ("show a customer's follow-up plan", "查看客户的跟进计划")
        case .planPushBack: return ("record that the customer pushed back, and ease the plan", "记录客户的抵触，放缓跟进")
        case .emailDraft: return ("write an email draft", "写邮件草稿")
        case .emailConsent: return ("record whether they agreed to receive emails", "记录是否同意接收邮件")
        case .calendarExport: return ("export the calendar (.ics)", "导出日历（.ics）")
        case .greetingsList: return ("list the coming birthdays, anniversaries and holidays", "列出近期的生日、纪念日和节日")
        case .settingSet: return ("change a setting", "修改设置")
        case .history: return ("show the history of changes", "查看修改记录")
        case .undo: return ("take back the last change", "撤销上一次修改")
        case .help: return ("show help", "显示帮助")
        case .explain: return ("explain how a line was understood", "解释一句话是怎么理解的")
        case .quit: return ("leave", "退出")
        case .unknown: return ("nothing I recognised", "没有识别出要做什么")
        }
    }

    /// The label of a slot (`customer` → `customer` / `客户`).
    static func slot(_ name: String, _ lang: Lang) -> String {
        let labels: [String: (String, String)] = [
            "customer": ("customer", "客户"), "contact": ("contact", "联系人"), "amount": ("amount", "金额"), "portion": ("share of what is owed", "欠款的部分"),
            "date": ("date", "日期"), "until": ("until", "截止"), "time": ("time", "时间"),
            "invoice": ("invoice", "发票"), "id": ("number", "编号"), "text": ("text", "内容"),
            "channel": ("channel", "方式"), "topic": ("topic", "主题"), "cause": ("cause", "原因"),
            "stage": ("stage", "阶段"), "recurrence": ("repeats", "重复"), "duration": ("by", "推迟"), "snoozeDays": ("by", "推迟"), "phone": ("phone", "电话"),
            "email": ("email", "邮箱"), "terms": ("terms", "账期"), "field": ("field", "字段"), "value": ("value", "值"),
            "setting": ("setting", "设置"), "outcome": ("outcome", "结果"), "excuse": ("excuse", "理由"),
            "basis": ("counting", "口径"),
            "consent": ("emails", "邮件"),
            "move": ("complaint move", "投诉进展"), "remedy": ("remedy", "补救"), "cooling": ("cooling move", "降温方法"),
            "severity": ("severity", "严重程度"), "angry": ("angry", "客户生气"), "product": ("product", "产品"),
            "department": ("handed to", "转交"), "satisfied": ("satisfied", "满意"),
        ]
        guard let l = labels[name] else { return name }
        return lang == .zh ? l.1 : l.0
    }

    /// The first line of the explanation.
    static func heading(_ line: String, _ lang: Lang) -> String {
        let shown = TextWidth.truncate(line, 60)
        return lang == .zh ? "我是这样理解“\(shown)”的:" : "How I understood “\(shown)”:"
    }

    /// One indented line: `  customer: Acme ← “Acme”` / `  客户：Acme ←“Acme”`. Indented lines are
    /// not polished later, so the Chinese form carries its full-width colon itself.
    static func row(_ label: String?, _ value: String, words: String?, _ lang: Lang) -> String {
        var s = "  "
        if let label { s += lang == .zh ? "\(label)：" : "\(label): " }
        s += value
        if let words { s += lang == .zh ? " ←“\(words)”" : " ← “\(words)”" }
        return s
    }

    /// A customer name as the book knows it, after the name as typed.
    static func inBook(_ name: String, _ lang: Lang) -> String {
        lang == .zh ? "（即\(name)）" : " (\(name) in your book)"
    }

    static func terms(_ days: Int, _ lang: Lang) -> String {
        lang == .zh ? "\(days)天" : (days == 1 ? "1 day" : "\(days) days")
    }

    /// Said when the line explained could not be carried out.
    static func problemNote(_ lang: Lang) -> String {
        lang == .zh ? "这一行没有执行,原因是:" : "That line was not carried out:"
    }

    /// A share of what is owed, as the explanation shows it.
    static func portion(_ p: AmountPortion, _ lang: Lang) -> String {
        switch p {
        case .rest: return lang == .zh ? "余款（记录时按欠款算）" : "the rest (worked out from what is owed)"
        case .half: return lang == .zh ? "一半（记录时按欠款算）" : "half (worked out from what is owed)"
        case .all: return lang == .zh ? "全部欠款" : "everything owed"
        }
    }
}
