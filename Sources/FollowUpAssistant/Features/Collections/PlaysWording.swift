import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// What `plays` and `plays check` say, and each play-file problem in both languages.
enum PlaysWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    static func listHeading(total: Int, yours: Int, _ lang: Lang) -> String {
        let mine = yours > 0 ? t(lang, ", \(yours) from your files", "，其中\(yours)条来自您的文件") : ""
        return t(lang, "\(Words.plural(total, "play", "plays"))\(mine):", "话术库共\(total)条\(mine)：")
    }

    static func columns(_ lang: Lang) -> [String] {
        [t(lang, "id", "编号"), t(lang, "topic", "主题"), t(lang, "title", "标题"), t(lang, "source", "出处")]
    }

    static func topic(_ p: PlayTopic, _ lang: Lang) -> String {
        guard lang == .zh else { return p.rawValue }
        switch p {
        case .prepare: return "准备"
        case .ladder: return "催收阶梯"
        case .method: return "方法"
        case .attitude: return "态度"
        case .excuse: return "应对借口"
        case .credit: return "信用"
        case .thanks: return "致谢"
        case .arrangement: return "付款方式"
        case .tip: return "提示"
        case .email: return "邮件"
        case .complaint: return "投诉步骤"
        case .cause: return "查找原因"
        case .remedy: return "解决办法"
        case .cooling: return "平息情绪"
        case .satisfaction: return "满意度回访"
        case .plan: return "跟进计划"
        }
    }

    static func sourceCell(_ p: Play, _ lang: Lang) -> String {
        guard case .user(let path) = p.origin else { return p.source }
        return p.source + t(lang, " · yours: \(ScriptWording.fileName(path))", " · 您的文件：\(ScriptWording.fileName(path))")
    }

    /// Where the user's plays go, with the home folder as `~`.
    static func listFoot(folder given: String?, home: String?, _ lang: Lang) -> String {
        guard var folder = given else { return t(lang, "Only the bundled plays are read here.", "这里只读取内置话术。") }
        if let home, !home.isEmpty, folder.hasPrefix(home + "/") { folder = "~" + folder.dropFirst(home.count) }
        return t(lang, "Your own plays go in \(folder)/*.yaml (docs/PLAYS.md); check one with: plays check FILE",
                 "自己的话术放在 \(folder)/*.yaml（格式见 docs/PLAYS.md），检查文件：检查话术文件 FILE")
    }

    static func allFine(_ file: String, count: Int, _ lang: Lang) -> String {
        t(lang, "\(file): \(Words.plural(count, "play", "plays")), all fine.", "\(file)：共\(count)条话术，没有问题。")
    }

    static func replaces(_ ids: [String], _ lang: Lang) -> String {
        "  " + t(lang, "Replaces the bundled \(ids.count == 1 ? "play" : "plays") \(ids.joined(separator: ", ")).",
                 "会替换内置话术：\(ids.joined(separator: "、"))。")
    }

    static func problems(_ file: String, count: Int, loaded: Int, total: Int, wholeFile: Bool, _ lang: Lang) -> String {
        let n = Words.plural(count, "problem", "problems")
        if wholeFile {
            return t(lang, "\(file): \(n); the whole file would be skipped:", "\(file)：有\(count)个问题，整个文件会被跳过：")
        }
        return t(lang, "\(file): \(n); \(loaded) of \(Words.plural(total, "play", "plays")) would load, the rest is skipped:",
                 "\(file)：有\(count)个问题，\(total)条话术中有\(loaded)条可以载入，其余跳过：")
    }

    /// Why a whole file could not be read, after “Can't check FILE:”.
    static func unreadable(_ r: PlayIssue.Reason, _ lang: Lang) -> String {
        switch r {
        case .unreadable(let why): return why == "no such file" ? t(lang, "there is no such file", "没有这个文件") : why
        case .tooLarge(let n, let limit):
            return t(lang, "it is \(n) bytes, and a play file may be at most \(limit)", "文件有\(n)字节，话术文件最多\(limit)字节")
        case .notUTF8: return t(lang, "it is not UTF-8 text", "文件不是 UTF-8 文本")
        default: return reason(r, lang)
        }
    }

    /// One problem in a play file, in the user's language.
    static func reason(_ r: PlayIssue.Reason, _ lang: Lang) -> String {
        guard lang == .zh else { return r.english }
        func list(_ a: [String]) -> String { a.joined(separator: "、") }
        switch r {
        case .unreadable(let why): return "无法读取（\(why)）"
        case .tooLarge(let n, let limit): return "文件有\(n)字节，话术文件最多\(limit)字节"
        case .notUTF8: return "不是 UTF-8 文本"
        case .yaml(let why): return "不是有效的 YAML：\(why)"
        case .noPlaysList: return "最上层需要一个 `plays:` 列表"
        case .notAMapping(let what):
            let name: String
            switch what {
            case .play: name = "一条话术"
            case .languageBlock: name = "语言部分"
            case .when: name = "`when`"
            case .say: name = "`say`"
            }
            return "\(name)应该是“键: 值”的映射"
        case .notAList(let key): return "`\(key)` 应该是列表"
        case .notText(let key): return "`\(key)` 应该是文字"
        case .emptyText(let key): return "`\(key)` 是空的"
        case .missingKey(let key): return "缺少 `\(key)`"
        case .unknownKey(let key, let allowed): return "不认识的键 `\(key)`（可用：\(list(allowed))）"
        case .badID(let id): return "编号 `\(id)` 只能用小写字母和数字，以 . - _ 连接"
        case .duplicateID(let id, let first): return "编号 `\(id)` 已被第\(first)行的话术使用"
        case .badValue(let key, let value, let allowed): return "`\(key)` 不能是 `\(value)`（可选：\(list(allowed))）"
        case .badBand(let v): return "`days_overdue` 应写成 \"16..30\"、\"91..\" 或 \"..0\" 这样的区间，而不是 `\(v)`"
        case .badAmount(let v): return "`amount_at_least` 应该是数字，而不是 `\(v)`"
        case .missingLanguage(let l): return "缺少 `\(l.rawValue)` 部分（每条话术都要有 en 和 zh）"
        case .unknownPlaceholder(let name, let key): return "`\(key)` 里有不认识的占位符 {\(name)}"
        case .unclosedBrace(let key): return "`\(key)` 里的 `{` 没有闭合"
        case .placeholderInTitle: return "标题里不能有占位符（列表里显示标题时没有具体客户）"
        case .sayKeysDiffer(let en, let zh): return "`say` 的键不一致：en 有 \(list(en))，zh 有 \(list(zh))"
        case .stepCountsDiffer(let en, let zh): return "`steps` 条数不一致：en 有\(en)条，zh 有\(zh)条"
        case .touchesMisplaced(let plan):
            return plan ? "跟进计划要有 `touches`（联系节奏）" : "只有跟进计划（topic: plan）才能写 `touches`"
        case .touchWords(let key): return "联系“\(key)”和 `say` 的键要一一对应：每次联系的话写在 `say` 下"
        }
    }
}
