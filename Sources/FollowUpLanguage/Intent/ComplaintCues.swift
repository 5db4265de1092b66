/// The cue lists of the complaint intent rules (`IntentRulesEN`, `IntentRulesZH`), kept together
/// so the rules read as one line each. Most come from `ComplaintLexicon`, so what the rules
/// recognise and what the reader fills stay the same words.
enum ComplaintCues {
    typealias L = ComplaintLexicon

    // MARK: English

    /// The word complaint and how it gets misspelt in a hurry; a number after one names a complaint.
    static let complaintNouns = ["complaint", "complaints", "complaint #", "complaint no", "complaint no.", "complaint number",
                                 "compliant", "cmplaint", "complant", "comlaint", "complait", "complaitn", "投诉", "客诉",
                                 "投拆", "头诉"]

    static let scriptEN = ["script complaint", "complaint script", "script for complaint", "scripts for complaint",
                           "script for the complaint", "complaint scripts", "script complaints", "script for complaints",
                           "scrpit complaint", "sript complaint", "script compliant", "script complain"]

    static let reportEN = ["complaints report", "complaint report", "complaints reports", "report complaints",
                           "report on complaints", "complaint stats", "complaints stats", "complaint statistics",
                           "complaints statistics", "complaints summary", "complaint summary", "complaints by cause",
                           "complaints by product", "complaints by customer", "complaint analysis", "complaints analysis",
                           "complaint breakdown", "complaints breakdown", "complaints overview", "complaint numbers",
                           "how are we doing on complaints", "complaints reprot", "complaints rpt", "complaint rpt",
                           "complants report", "complaints repot"]

    /// Asking what to say: never a move on a complaint.
    static let asksEN = ["script", "scripts", "what do i say", "what should i say", "how do i", "how should i", "how to",
                         "what to say", "remind me", "what can i say"]

    /// Moves said beside a complaint's number (`#3 fixed`, `handed #3 to service`).
    static let moveEN: [String] = L.moveWords.map(\.0).filter { !$0.unicodeScalars.contains(where: Normalizer.isCJK) }
        + ["is urgent", "urgent", "is high", "high priority", "low priority", "is minor", "is critical", "severity",
           "credit note", "credit memo", "discount", "refund", "refunded", "repair", "replace", "replacement", "apologised",
           "apologized", "brought in", "manager", "get back to", "happy", "satisfied", "not happy", "unhappy",
           "not satisfied", "still leaking", "still broken", "note", "update", "solution:", "cause:",
           "disputes", "disputed", "in dispute", "overbilled", "overcharged", "charged twice", "double charged"]
        + L.coolingWords.map(\.0).filter { !$0.unicodeScalars.contains(where: Normalizer.isCJK) }

    /// Money given back on a complaint: `refund 300 to Acme for the broken oven`.
    static let refundEN = ["refund", "refunded", "refunding", "issue a refund", "issued a refund", "gave a refund",
                           "give a refund", "gave them a refund", "refund of"]

    /// Asked for, not given: a new complaint (`Acme wants a refund`), or not at all.
    static let refundAskedEN = ["wants", "want", "asks for", "asked for", "asking for", "demands", "demanded", "demanding",
                                "if", "might", "may", "should i", "requested", "requests"]

    /// Satisfied or not with a fix: the answer to a check-back (`they are happy with the fix`).
    static let satisfiedEN = ["happy", "satisfied", "pleased", "not happy", "unhappy", "not satisfied", "dissatisfied",
                              "unsatisfied", "not pleased", "still leaking", "still broken", "still not working",
                              "still doesn't work", "works now", "working now", "fine now", "all good now"]
    static let fixEN = ["fix", "repair", "replacement", "solution", "result", "outcome", "resolution", "new one",
                        "new unit", "how we handled it", "handling"]
    /// Contact verbs that open a check-back when a satisfaction with the fix follows.
    static let contactVerbsEN = ["called", "rang", "phoned", "visited", "spoke to", "spoke with", "talked to", "talked with",
                                 "met", "emailed", "texted", "heard from", "heard back from"]

    /// `happy with the fix`, `not satisfied with the repair`: satisfaction said of the fix.
    static let satisfiedWithFixEN: [String] = {
        // Kept small: every phrase is built into the rule tables when the first line is read.
        var out: [String] = []
        for s in ["happy", "satisfied", "pleased", "not happy", "unhappy", "not satisfied", "dissatisfied", "still unhappy",
                  "ok", "fine"] {
            for w in ["with the", "with"] {
                for f in ["fix", "repair", "replacement", "solution", "result", "new unit", "refund", "credit note"] {
                    out.append("\(s) \(w) \(f)")
                }
            }
        }
        return out
    }()

    static let checkBackEN = ["followed up with", "checked back with", "check-back", "check back with", "checked in with",
                              "did the check-back", "satisfaction call", "check-back call", "followed up"]

    /// Telling the customer the solution: `told Acme we'll replace the seal`.
    /// The cues that say the move is telling the customer.
    static let toldCues = PhraseTable<Bool>(toldEN + toldZH)

    static let toldEN = ["told", "informed", "let", "explained to", "called to tell", "emailed", "notified", "promised"]
    static let solutionWordsEN = ["replace", "replacement", "repair", "refund", "credit note", "solution", "the fix", "fix it",
                                  "fix the", "technician", "get back to", "reply by", "new one", "swap", "exchange",
                                  "money back", "send someone", "a new unit", "a new one", "replacing", "repairing", "refunding",
                                  "fixing"]

    /// The customer called in to complain: `Acme called to complain about late delivery`.
    static let complainEN = ["complain", "to complain", "called to complain", "rang to complain", "phoned to complain",
                             "called in to complain", "wrote to complain", "emailed to complain", "wants a refund",
                             "asked for a refund", "asking for a refund", "demands a refund", "demanded a refund",
                             "want their money back", "wants their money back", "wants money back", "log complaint",
                             "log complaint from", "log a complaint from", "record complaint", "record a complaint",
                             "new complaint from", "complaint against", "is furious", "yelled at me", "shouted at me",
                             "lost his temper", "lost her temper", "threatened", "threatening", "complaned", "complianed",
                             "compained", "complaing", "complant", "complaintt", "complaint re", "complaint:",
                             "isn't happy", "is not happy", "aren't happy", "not pleased", "fed up", "pissed off",
                             "wants to return", "wants a replacement", "demands a replacement", "wants compensation",
                             "demands compensation", "mad", "is mad", "livid", "fuming", "pissed", "disputes", "is disputing", "disputing", "disputed", "contests",
                             "is contesting", "raised a dispute", "dispute",
                             // Legal threats: a complaint at its most urgent.
                             "threatens", "threatens to", "threatened to"]
    static let incomingEN = ["called", "rang", "phoned", "called in", "rang in", "got a call from", "had a call from",
                             "call from", "email from", "emailed", "wrote", "texted", "messaged", "says", "said", "reports",
                             "reported", "told me", "tells me", "mentioned"]
    static let problemEN: [String] = ["complain", "complaining", "problem with", "issue with", "problem", "issue",
                                      "wrong", "late", "missing", "damaged", "broken", "leak", "leaks", "leaking", "faulty",
                                      "not working", "doesn't work", "stopped working", "defect", "never arrived",
                                      "hasn't arrived", "didn't arrive"] + failureEN + ["caught fire", "smoke", "sparks",
                                      "shock", "injured", "lawyer", "sue", "sue us", "court", "legal action",
                                      // An overcharge, or anger, is a complaint coming in too.
                                      "overbilled", "overcharged", "charged twice", "double charged", "billed twice",
                                      "furious", "angry", "upset", "yelled", "shouted"]
    static let moneyWordsEN = ["pay", "paid", "won't pay", "payment", "so they", "cash", "can't afford", "money", "owe",
                               "quality problem", "quality issue"]

    /// Failures said of a thing with a customer named: `the oven at Sunday Bakery is broken`.
    static let failureEN = ["is broken", "was broken", "are broken", "were broken", "broke down", "is leaking", "leaks",
                            "is faulty", "is damaged", "was damaged", "arrived broken", "arrived damaged",
                            "was delivered broken", "doesn't work", "does not work", "stopped working", "won't start",
                            "is defective", "caught fire", "is smoking", "keeps breaking", "is not working", "isn't working"]

    /// Cooling an angry customer, said without a number (`brought in my manager`).
    static let coolingEN = ["brought in my manager", "brought in the manager", "brought my manager", "brought in my boss",
                            "brought in a manager", "my manager took over", "manager took over", "manager stepped in",
                            "boss stepped in", "get back to them", "get back to him", "get back to her", "we'd get back",
                            "we'll get back", "i'll get back", "i'd get back", "moved the talk", "met them in person",
                            "took them to", "changed the person", "reply by"]

    /// A remedy said without a number: `we'll repair it`.
    static let remedyEN = ["we'll repair", "we will repair", "will repair", "we'll replace", "we will replace", "will replace",
                           "we'll refund", "we will refund", "send a technician", "sent a technician", "sending a technician",
                           "offered a replacement", "offered a refund", "offered a repair", "offered a discount",
                           "apologised to", "apologized to", "replaced it", "repaired it", "repair it", "replace it",
                           "we'll fix it", "we will fix it", "gave a credit note", "issued a credit note", "we'll swap",
                           "offered an apology",
                           // Carried out: a remedy said done (`sunday bakery oven replaced`).
                           "replaced", "repaired", "was replaced", "was repaired", "got replaced", "got repaired", "swapped out"]

    /// A complaint handed on or a reply promised, said by customer without a number
    /// (`3m china labels issue handed to QA`, 答复李总周五前给结果).
    static let handoffEN = ["handed to", "handed over to", "handed it to", "handed off to", "passed to", "passed it to",
                            "passed on to", "escalated to", "sent to", "forwarded to", "assigned to"]
    static let handoffZH = ["转给", "转交", "交给", "转到", "移交", "交由", "转交给"]
    static let replyZH = ["答复", "回复", "给结果", "给答复", "给个答复", "给个结果", "给回复"]

    // MARK: Chinese

    static let reportZH = ["投诉统计", "投诉报表", "投诉报告", "投诉分析", "投诉汇总", "统计投诉", "投诉原因统计",
                           "投诉数据", "投诉情况统计", "投诉统计表", "投诉分析报告", "客诉统计", "客诉报表", "投诉总结"]

    static let listZH = ["未处理的投诉", "未处理投诉", "没处理的投诉", "没解决的投诉", "待处理的投诉", "还没处理的投诉",
                         "进行中的投诉", "未完成的投诉", "未结的投诉", "未结案的投诉", "处理中的投诉", "没结的投诉",
                         "还没解决的投诉", "未解决投诉", "待处理投诉", "客诉列表", "所有客诉"]

    static let asksZH = ["话术", "怎么", "如何", "该说", "应该说", "说什么", "提醒我"]

    static let moveZH: [String] = L.moveWords.map(\.0).filter { $0.unicodeScalars.contains(where: Normalizer.isCJK) }
        + ["紧急", "很急", "加急", "不急", "严重", "改为", "退款", "换货", "维修", "上门", "道歉", "折扣", "补偿",
           "换了个经理", "经理出面", "领导出面", "再谈", "满意", "不满意", "还是漏水", "备注", "进展",
           "争议", "有争议", "多收了", "多开了", "多算了"]
        + L.coolingWords.map(\.0).filter { $0.unicodeScalars.contains(where: Normalizer.isCJK) }

    static let refundZH = ["退款", "退钱", "退给", "给他们退", "退了款"]
    static let refundAskedZH = ["要求", "想要", "要退", "如果", "可能", "能不能", "怎么"]

    static let fixZH = ["处理结果", "对处理", "对维修", "对换货", "对方案", "对结果", "维修后", "换货后", "修好后", "处理后",
                        "修完", "换了以后", "换完"]
    static let satisfiedZH = ["满意", "不满意", "还是漏水", "还是不行", "还是坏", "没问题了", "正常了", "还是有问题", "好了",
                              "还没好", "又坏了"]
    static let checkBackZH = ["回访", "回访了", "电话回访", "回访时"]

    /// A customer's complaints asked for by name (东方酒店的投诉, `acme's complaints`).
    static let byCustomerZH = ["的投诉", "的所有投诉", "的投诉记录", "的投诉列表", "有哪些投诉", "有什么投诉", "的客诉",
                               "的全部投诉", "的未处理投诉"]
    static let byCustomerEN = ["'s complaints", "s complaints", "'s open complaints", "complaints"]
    /// Words that make a customer's complaint line a move, not a list.
    static let notListZH = ["已", "解决", "处理", "原因", "方案", "转", "交给", "关闭", "退款", "满意", "复盘", "怎么", "话术"]

    static let toldZH = ["说了", "告诉", "告诉了", "告知", "通知", "通知了", "讲了", "答复了", "回复了"]
    static let solutionWordsZH = ["方案", "换货", "维修", "退款", "更换", "换新", "上门维修", "处理方案", "解决方案",
                                  "补偿", "赔偿", "修理", "返修", "换一台", "换一个",
                                  // What we will do, told: 说了换密封圈, 告诉张总我们会上门.
                                  "换", "我们会", "我们将", "我们来", "会给他们", "给他们换", "给对方换"]

    static let complainZH = ["记录投诉", "登记投诉", "新投诉", "客户投诉", "要求退货", "要求退款", "要求赔偿", "要求换货",
                             "索赔", "大发雷霆", "骂人", "骂了", "有意见", "不满意", "气坏了",
                             "火大", "恼火", "投拆", "头诉", "客诉", "吐槽", "差评", "有争议",
                             "有异议", "不认账",
                             // Legal threats: a complaint at its most urgent.
                             ] + legalZH
    static let incomingZH = ["来电", "打来电话", "打电话来", "来电话", "打来", "电话来", "发来", "发消息来", "找上门"]
    static let problemZH = ["有问题", "坏了", "漏水", "漏电", "投诉", "不满", "开错", "错了", "不对", "晚了", "延误", "没到",
                            "少了", "破了", "故障", "不能用", "不制冷", "出问题", "不好用", "太慢", "慢了", "迟到",
                            // An overcharge, or anger, is a complaint coming in too.
                            "多开了", "多开", "多收了", "多收", "多算了", "重复收", "生气", "发火", "骂"]
    static let moneyWordsZH = ["付", "钱", "所以", "回款", "还款", "结账", "质量有问题", "质量问题"]

    /// Cues that say what happened rather than that a complaint came in: they stay in its text.
    static let failureTable = PhraseTable<Bool>(failureEN + failureZH + ["wrong", "late", "missing", "damaged", "broken", "开错",
                                                                         "错了", "不对", "晚了", "少了", "caught fire"] + legalZH)

    /// A legal threat is what the customer said: it stays in the words (要起诉我们).
    static let legalZH = ["找律师", "要找律师", "请律师", "起诉", "告我们", "打官司", "上法院", "找媒体", "要曝光", "投诉到消协",
                          "打12315"]

    static let failureZH = ["坏了", "漏水", "漏电", "漏气", "有问题", "出问题", "出了问题", "不工作", "不制冷", "不制热",
                            "不能用", "用不了", "出故障", "有故障", "裂了", "破了", "碎了", "冒烟", "着火", "起火", "异响",
                            "开不了机", "失灵"]

    static let causeZH = ["原因查明", "原因找到了", "查明原因", "查明是", "原因是", "原来是", "问题出在", "查清楚了"]

    static let coolingZH = ["换了个经理", "换了经理", "换个经理", "换人", "换了个人", "换个人", "领导出面", "经理出面",
                            "主管出面", "老板出面", "换个地方", "换了个地方", "当面谈", "再谈", "再聊", "改天再谈", "给答复",
                            "再答复", "请经理", "让经理"]

    static let remedyZH = ["换货", "上门维修", "维修", "返修", "退款", "上门", "道歉", "赔礼道歉", "换新", "更换", "换一台",
                           "换一个", "修好", "修理", "派师傅", "派人", "重新安装"]
}
