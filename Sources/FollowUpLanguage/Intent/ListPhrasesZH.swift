/// The Chinese ways of asking for a whole list (列出所有客户, 查看全部提醒, 我有哪些投诉), built from
/// parts so every verb works with every quantity and noun instead of a few listed pairs.
enum ListPhrasesZH {
    static let verbs = ["", "列出", "查看", "看看", "看一下", "显示", "打开", "列一下", "调出", "我有哪些", "有哪些",
                        "有多少", "我有多少"]
    static let quantities = ["", "所有", "全部", "我的", "所有的", "全部的", "现在的", "目前的"]
    static let endings = ["", "列表", "清单", "名单", "一览"]

    /// Cue phrases for a list of `noun`. The bare noun is left out: 提醒/客户/投诉 alone open
    /// other commands (提醒我…).
    static func cues(_ noun: String) -> [String] {
        var result: [String] = []
        for verb in verbs {
            for quantity in quantities {
                // 有哪些我的客户 is not Chinese; a count or question verb takes the noun directly.
                if verb.hasPrefix("有") || verb.hasPrefix("我有"), !quantity.isEmpty { continue }
                for ending in endings where !(verb.isEmpty && quantity.isEmpty && ending.isEmpty) {
                    result.append(verb + quantity + noun + ending)
                }
            }
        }
        for question in ["有哪些", "有多少", "都有哪些", "有什么"] { result.append(noun + question) }
        return result
    }
}
