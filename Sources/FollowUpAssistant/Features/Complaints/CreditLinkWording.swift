import FollowUpCore
import FollowUpLanguage

/// The words of a credit note that may settle a complaint: the question, and the reply once linked.
enum CreditLinkWording {
    static func question(_ customer: String, _ amount: Money, _ open: [Complaint], _ c: Context) -> [Reply.Line] {
        if open.count == 1, let x = open.first {
            return [Reply.Line(c.t("\(customer) has an unresolved complaint: \(ComplaintWording.choice(x, c)).",
                                   "\(customer)有一个未解决的投诉：\(ComplaintWording.choice(x, c))。"), tone: .warning),
                    Reply.Line(c.t("Is this credit note of \(amount.formatted) its remedy? (yes: record it on complaint \(x.id.raw); no: a credit note on its own)",
                                   "这笔\(amount.formatted)的红字冲减是为这个投诉给的吗？（是：记为\(x.id.raw)号投诉的解决办法；否：只记红字冲减）"))]
        }
        var lines = [Reply.Line(c.t("\(customer) has \(open.count) unresolved complaints. Which one does this credit note of \(amount.formatted) settle?",
                                    "\(customer)有\(open.count)个未解决的投诉。这笔\(amount.formatted)的红字冲减是为哪一个给的？"), tone: .warning)]
        for (n, x) in open.enumerated() { lines.append(Reply.Line("  \(n + 1)) \(ComplaintWording.choice(x, c))")) }
        lines.append(Reply.Line(c.t("Type its number, or 'no' for a credit note on its own.", "请输入编号；都不是就输入“否”，只记红字冲减。"), tone: .muted))
        return lines
    }

    static func recorded(_ customer: String, _ amount: Money, _ x: Complaint, owed: Money, _ c: Context) -> [Reply.Line] {
        [Reply.Line(c.t("Credit note recorded as the remedy of complaint \(x.id.raw): \(amount.formatted) off what \(customer) owes.",
                        "已记红字冲减，作为\(x.id.raw)号投诉的解决办法：\(customer)欠款冲减\(amount.formatted)。"), tone: .success),
         Reply.Line(c.t("Still owed: \(owed.formatted). When the fix is carried out: complaint \(x.id.raw) resolved",
                        "尚欠：\(owed.formatted)。处理完成后输入：\(x.id.raw)号投诉已解决"))]
    }
}
