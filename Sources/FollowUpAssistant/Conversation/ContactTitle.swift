/// A contact's job title written after their name: "contact Li Wei, manager", "Wang Fang (buyer)",
/// "联系人王芳,财务".
enum ContactTitle {
    static let titles: Set<String> = [
        "manager", "general manager", "gm", "director", "owner", "boss", "buyer", "purchaser", "purchasing",
        "purchasing manager", "procurement", "accountant", "accounts", "accounts payable", "finance",
        "finance manager", "cfo", "ceo", "coo", "president", "vice president", "vp", "chairman", "sales manager",
        "assistant", "secretary", "store manager", "office manager", "head of purchasing", "partner",
        "经理", "总经理", "副总", "总监", "老板", "老板娘", "财务", "会计", "出纳", "采购", "采购经理", "主管", "董事长",
        "店长", "负责人", "助理", "秘书", "厂长",
    ]

    /// The title right after `name` in `line`, if the words there are a known title.
    static func find(after name: String, in line: String) -> String? {
        let chars = Array(line)
        let target = Array(name)
        guard !target.isEmpty, chars.count > target.count else { return nil }
        var i = 0
        while i + target.count <= chars.count {
            if Array(chars[i..<(i + target.count)]) == target { break }
            i += 1
        }
        guard i + target.count <= chars.count else { return nil }
        var rest = Substring(String(chars[(i + target.count)...]))
        while let f = rest.first, [",", "，", " ", "(", "（", "、", ":", "："].contains(f) { rest.removeFirst() }
        let candidate = rest.prefix { ![",", "，", ")", "）", ";", "；", "。", "."].contains($0) }
        let words = candidate.split(separator: " ").map { $0.lowercased() }
        // The longest run of leading words that is a title ("purchasing manager" before "purchasing").
        for n in stride(from: min(words.count, 3), through: 1, by: -1) {
            let phrase = words.prefix(n).joined(separator: " ")
            if titles.contains(phrase) { return phrase }
        }
        return nil
    }
}
