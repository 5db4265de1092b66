/// The words of deliveries, installations and satisfaction answers (seeds 000): what was done
/// for a customer, and what they said when asked how it went.
enum SatisfactionCues {
    /// What opens a report: `satisfaction`, `satisfaction this quarter`, 本月满意度.
    static let reportEN = ["satisfaction", "satisfaction report", "satisfaction summary", "customer satisfaction",
                           "satisfaction stats", "satisfaction results", "satisfaction survey results", "satisfaction rate",
                           "how satisfied are customers", "how happy are customers", "how happy are my customers"]
    static let reportZH = ["满意度", "客户满意度", "满意度统计", "满意度报表", "满意度汇总", "满意度调查结果", "满意率"]

    /// A delivery or installation done, the verb first: `delivered the AC units to Acme`.
    static let doneEN = ["delivered", "installed", "dropped off", "finished installing", "finished the installation",
                         "completed the installation", "completed delivery", "completed the delivery", "made the delivery",
                         "did the delivery", "did the installation"]
    /// The same said after the thing or the customer: `the chiller was installed at Pinecrest`.
    static let passiveEN = ["was delivered", "were delivered", "got delivered", "was installed", "were installed",
                            "got installed", "delivery done", "installation done", "installation finished",
                            "installation complete", "delivery complete", "has been delivered", "have been delivered",
                            "has been installed", "have been installed"]
    /// Plans and asks are no delivery done (`remind me to deliver`, `when will it be delivered`).
    static let notDoneEN = ["remind", "will", "to be", "when", "should", "need to", "needs to", "going to",
                            "complain", "complained", "complains", "complaining", "complaint", "angry", "upset",
                            "broken", "damaged", "wrong", "missing", "leaks", "leaking", "not working", "how do i",
                            "how to", "?"]
    static let installEN = ["install", "installed", "installation", "installing"]

    static let doneZH = ["送货了", "送到了", "送过去了", "已送达", "送达了", "交货了", "交付了", "到货了", "货到了", "货送到了",
                         "送了", "送去了", "发货了", "已发货", "已送货", "送完货", "货已送到", "货已送达",
                         "安装好了", "装好了", "安装完了", "安装完成", "安装完毕", "已安装", "安装了", "装完了", "调试好了"]
    static let notDoneZH = ["提醒", "记得", "别忘", "准备", "打算", "什么时候", "吗", "？", "?",
                            "投诉", "要送", "要装", "将", "坏", "破", "漏", "错", "少了", "不满", "生气", "抱怨"]
    static let installZH = ["安装", "装好", "装完", "调试"]

    /// Satisfied or not, said of what was done: the answer to a satisfaction call. The negative
    /// cues need something done or its fault after them (`not satisfied, the units are noisy`),
    /// so a line that is only unhappy stays a complaint.
    static let happyEN = ["is happy", "are happy", "happy with", "is satisfied", "are satisfied", "satisfied with",
                          "is pleased", "are pleased", "pleased with", "very happy", "very satisfied", "loves",
                          "is very happy", "is very satisfied", "happy", "satisfied",
                          // `kite co loved the delivery`, `acme liked the install`: praise of what was done.
                          "loved", "love", "liked", "like", "likes", "pleased", "delighted", "thrilled", "impressed",
                          "impressed with", "impressed by", "satisfied w", "happy w", "pleased w", "content", "content with"]
    /// Only the words of a survey answer: `unhappy`, `not happy` and the like open a complaint.
    static let unhappyEN = ["not satisfied", "is not satisfied", "are not satisfied", "isn't satisfied", "aren't satisfied",
                            "not really satisfied", "not very satisfied", "not fully satisfied", "not quite satisfied"]
    static let whatWasDoneEN = ["delivery", "delivered", "installation", "installed", "install", "units", "unit", "goods",
                                "equipment", "machine", "machines", "noisy", "noise", "late", "slow", "order", "product",
                                "products", "chiller"]
    /// Words that make an unhappy line a complaint or a move on one, not a survey answer.
    static let notAnswerEN = ["called", "phoned", "rang", "visited", "met", "spoke", "talked", "emailed", "complain", "complaint", "angry", "furious", "fix", "repair", "refund", "invoice", "bill",
                              "price", "pay", "how do i", "how to", "what should i say", "what do i say", "?"]

    static let happyZH = ["很满意", "非常满意", "挺满意", "比较满意", "满意", "都满意", "很满意了"]
    static let unhappyZH = ["不满意", "不太满意", "不是很满意", "不大满意", "不怎么满意", "不够满意"]
    static let whatWasDoneZH = ["安装", "送货", "交货", "货", "设备", "产品", "质量", "服务", "太慢", "噪音", "声音", "机器",
                                "到货", "晚了"]
    static let notAnswerZH = ["打了电话", "打电话", "拜访", "投诉", "生气", "发火", "维修", "修好", "处理结果", "解决", "退款", "发票", "付款", "怎么办",
                              "怎么回复", "？", "?"]

    /// Satisfied or not; at one place the longest phrase wins, so `not satisfied` beats `satisfied`.
    static let answer = PhraseTable<Bool>((happyEN + happyZH).map { ($0, true) } + (unhappyEN + unhappyZH).map { ($0, false) })
    static let installation = PhraseTable<Bool>(installEN + installZH)
}
