import FollowUpCore
import FollowUpLanguage

/// Undo, history, settings and help.
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
        let field = p.slots.field ?? ""
        guard field == "currency" else { throw Problem.badSetting(field.isEmpty ? p.input : field) }
        guard let v = p.slots.value ?? p.slots.amount?.currency, let cur = Currency.named(v) else {
            throw Problem.badCurrency(p.slots.value ?? "")
        }
        let before = c.book.settings["currency"]
        let line = c.t("Currency set to \(cur.code): amounts without a currency are now \(cur.symbol.trimmingSpaces).",
                       "币种已设为\(cur.code)：不写币种的金额按\(cur.symbol.trimmingSpaces)计。")
        return .change([.settingChanged(key: "currency", before: before, after: cur.code)], [Reply.Line(line, tone: .success)])
    }

    static func help(_ p: ParsedLine, _ c: Context) -> Outcome {
        .show(Help.text(topic: p.slots.topic, lang: c.lang).map { line in
            Reply.Line(line, tone: line.hasPrefix(" ") || line.isEmpty ? .plain : .heading)
        })
    }
}
