import FollowUpLanguage

/// A question answered with a number: the question, the numbered options, how to answer.
enum NumberedChoice {
    static func lines(_ question: String, options: [String], _ lang: Lang) -> [Reply.Line] {
        var lines = [Reply.Line(question, tone: .warning)]
        for (n, option) in options.enumerated() { lines.append(Reply.Line("  \(n + 1)) \(option)")) }
        lines.append(Reply.Line(lang == .zh ? "请输入编号，或输入“取消”。" : "Type a number, or 'no' to cancel.", tone: .muted))
        return lines
    }
}
