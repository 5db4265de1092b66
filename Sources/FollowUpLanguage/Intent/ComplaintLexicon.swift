import FollowUpCore

/// The words of complaint lines, English and Chinese in one table each (their tokens never
/// collide): the moves on a complaint, causes, remedies, cooling moves, severity, anger,
/// satisfaction, departments and the words that say a product failed.
///
/// The intent rules take their cues from these lists, so a new phrasing is one entry here.
enum ComplaintLexicon {
    // MARK: Moves on a complaint

    /// Phrases that name a move outright, strongest first: when a line holds several
    /// (`told them we'd get back to them by friday`), the reader takes the first move in
    /// `ComplaintReader.priority` that has one.
    static let moveWords: [(String, ComplaintMove)] = [
        ("reopen", .reopen), ("reopened", .reopen), ("re-open", .reopen), ("re-opened", .reopen), ("open again", .reopen),
        ("opened again", .reopen), ("reopen complaint", .reopen), ("重新打开", .reopen), ("重开", .reopen), ("重新处理", .reopen),
        ("再次打开", .reopen), ("重新开启", .reopen),
        ("close", .close), ("closed", .close), ("close out", .close), ("close it", .close), ("closing", .close),
        ("关闭", .close), ("结案", .close), ("关掉", .close), ("可以关了", .close), ("销案", .close),
        ("review", .review), ("reviewed", .review), ("lesson", .review), ("lessons", .review), ("lessons learned", .review),
        ("lesson learned", .review), ("post-mortem", .review), ("postmortem", .review), ("debrief", .review),
        ("复盘", .review), ("总结", .review), ("回顾", .review), ("教训", .review), ("经验教训", .review),
        ("handed", .handoff), ("handed over", .handoff), ("handed off", .handoff), ("handed it", .handoff),
        ("passed", .handoff), ("passed on", .handoff), ("passed it", .handoff), ("escalated", .handoff),
        ("transferred", .handoff), ("forwarded", .handoff), ("assigned", .handoff), ("hand over", .handoff),
        ("hand off", .handoff), ("handover", .handoff), ("hand", .handoff), ("pass", .handoff), ("escalate", .handoff),
        ("转给", .handoff), ("转交", .handoff), ("交给", .handoff), ("转到", .handoff), ("移交", .handoff), ("交由", .handoff),
        ("转去", .handoff), ("转了", .handoff), ("派给", .handoff), ("安排给", .handoff),
        ("told", .told), ("informed", .told), ("let them know", .told), ("let him know", .told), ("let her know", .told),
        ("explained to", .told), ("notified", .told), ("tell", .told),
        ("告诉", .told), ("告诉了", .told), ("告知", .told), ("通知了", .told), ("通知", .told), ("说了", .told),
        ("讲了", .told), ("答复了", .told), ("回复了", .told),
        ("resolved", .resolved), ("fixed", .resolved), ("solved", .resolved), ("sorted", .resolved), ("sorted out", .resolved),
        ("is fixed", .resolved), ("is resolved", .resolved), ("repaired", .resolved), ("replaced", .resolved),
        ("carried out", .resolved), ("done", .resolved), ("taken care of", .resolved), ("all good now", .resolved),
        ("resolve", .resolved), ("settled", .resolved), ("fixd", .resolved), ("resovled", .resolved), ("reslved", .resolved),
        ("solvd", .resolved), ("fiixed", .resolved), ("sorted it", .resolved),
        ("已解决", .resolved), ("解决了", .resolved), ("处理好了", .resolved), ("处理完了", .resolved), ("修好了", .resolved),
        ("搞定了", .resolved), ("搞定", .resolved), ("已处理", .resolved), ("已修复", .resolved), ("修复了", .resolved),
        ("换好了", .resolved), ("已完成", .resolved), ("办好了", .resolved), ("处理完毕", .resolved), ("解决好了", .resolved),
        ("已经解决", .resolved), ("已经解决了", .resolved), ("解决", .resolved), ("完成了", .resolved), ("已经完成", .resolved),
        ("做完了", .resolved), ("修完了", .resolved), ("弄好了", .resolved), ("维修完成", .resolved),
        ("solution", .solution), ("solution is", .solution), ("the fix", .solution), ("fix is", .solution),
        ("plan is", .solution), ("we'll", .solution), ("we will", .solution), ("going to", .solution), ("will", .solution),
        ("方案", .solution), ("解决方案", .solution), ("处理方案", .solution), ("解决办法", .solution), ("办法是", .solution),
        ("处理意见", .solution),
        ("cause", .cause), ("cause is", .cause), ("caused by", .cause), ("root cause", .cause), ("because", .cause),
        ("due to", .cause), ("reason", .cause), ("it was", .cause), ("turned out", .cause), ("turns out", .cause),
        ("原因", .cause), ("原因是", .cause), ("是因为", .cause), ("因为", .cause), ("由于", .cause), ("查明", .cause),
        ("原来是", .cause), ("问题出在", .cause), ("原因查明是", .cause), ("原因查明", .cause), ("查明是", .cause),
    ]

    static let moves = PhraseTable<ComplaintMove>(moveWords)

    /// Words that introduce a cause (`cause:`, 原因是): the cause is read after them.
    static let causeCues = PhraseTable<Bool>(moveWords.filter { $0.1 == .cause }.map(\.0))

    /// Cause cues that only label what follows (`cause:`, 原因是): the note starts after them.
    static let causeLabels = PhraseTable<Bool>(["cause", "cause is", "root cause", "reason", "the cause", "原因", "原因是",
                                                "查明", "原因查明是", "原因查明"])

    /// Failures said before the thing (`the broken oven`).
    static let failureAdjEN: Set<String> = ["broken", "faulty", "damaged", "leaking", "defective", "cracked", "dead", "noisy",
                                            "dented", "scratched", "leaky", "malfunctioning"]

    // MARK: Causes

    /// The cause in detail; `ComplaintCause.party` gives the `cause` slot (salesperson, customer,
    /// product, unknown).
    static let causes = PhraseTable<ComplaintCause>([
        ("never explained", .explanation), ("didn't explain", .explanation), ("did not explain", .explanation),
        ("didnt explain", .explanation), ("not explained", .explanation), ("poor explanation", .explanation),
        ("explanation", .explanation), ("wasn't explained", .explanation), ("not told", .explanation),
        ("没解释清楚", .explanation), ("没说清楚", .explanation), ("没讲清楚", .explanation), ("没有解释", .explanation),
        ("解释不清", .explanation), ("没交代清楚", .explanation), ("没说明", .explanation),
        ("promise not kept", .promiseNotKept), ("broke our promise", .promiseNotKept), ("broken promise", .promiseNotKept),
        ("didn't keep", .promiseNotKept), ("did not keep", .promiseNotKept), ("didnt keep", .promiseNotKept),
        ("promised but", .promiseNotKept), ("没兑现", .promiseNotKept), ("承诺没兑现", .promiseNotKept),
        ("没做到", .promiseNotKept), ("答应的没做到", .promiseNotKept), ("失信", .promiseNotKept),
        ("attitude", .attitude), ("rude", .attitude), ("impolite", .attitude), ("态度", .attitude), ("服务态度", .attitude),
        ("态度不好", .attitude), ("态度差", .attitude),
        ("customer's own fault", .customerOversight), ("their own fault", .customerOversight), ("their fault", .customerOversight),
        ("user error", .customerOversight), ("operator error", .customerOversight), ("misuse", .customerOversight),
        ("used it wrong", .customerOversight), ("wrong use", .customerOversight), ("customer error", .customerOversight),
        ("their mistake", .customerOversight), ("customer mistake", .customerOversight), ("oversight", .customerOversight),
        ("操作不当", .customerOversight), ("使用不当", .customerOversight), ("客户自己", .customerOversight),
        ("客户的原因", .customerOversight), ("客户原因", .customerOversight), ("自己的原因", .customerOversight),
        ("误操作", .customerOversight), ("用错了", .customerOversight), ("客户疏忽", .customerOversight),
        ("misunderstanding", .misunderstanding), ("misunderstood", .misunderstanding), ("customer misunderstanding", .misunderstanding),
        ("confusion", .misunderstanding), ("误解", .misunderstanding), ("误会", .misunderstanding), ("客户误解", .misunderstanding),
        ("理解错了", .misunderstanding), ("搞错了", .misunderstanding),
        ("product defect", .productDefect), ("defect", .productDefect), ("defective", .productDefect),
        ("faulty", .productDefect), ("quality", .productDefect), ("manufacturing", .productDefect),
        ("bad batch", .productDefect), ("product", .productDefect), ("产品质量", .productDefect), ("质量问题", .productDefect),
        ("质量", .productDefect), ("次品", .productDefect), ("产品缺陷", .productDefect), ("缺陷", .productDefect),
        ("产品问题", .productDefect), ("产品本身", .productDefect), ("生产问题", .productDefect),
        ("equipment", .equipment), ("installation", .equipment), ("installer", .equipment), ("install", .equipment),
        ("设备", .equipment), ("设备问题", .equipment), ("安装", .equipment), ("安装问题", .equipment),
        ("not sure yet", .unknown), ("unknown", .unknown), ("not sure", .unknown), ("unclear", .unknown),
        ("not known", .unknown), ("原因不明", .unknown), ("不明", .unknown), ("未知", .unknown), ("不清楚", .unknown),
        ("还不知道", .unknown),
    ])

    /// The salesperson's own side, said as a party rather than a detail (`our fault`, 我的原因).
    static let salespersonParty = PhraseTable<Bool>([
        "our fault", "my fault", "our mistake", "my mistake", "our salesman", "our salesperson", "our side", "on us",
        "我的原因", "我的问题", "我们的原因", "我们的问题", "销售的问题", "业务员", "我们这边",
    ])

    // MARK: Remedies

    static let remedies = PhraseTable<Remedy>([
        ("repair", .repair), ("repaired", .repair), ("fix it", .repair), ("fix the", .repair), ("repair it", .repair),
        ("维修", .repair), ("修理", .repair), ("修好", .repair), ("修一下", .repair), ("返修", .repair), ("修理一下", .repair),
        ("repairing", .repair), ("fixing", .repair), ("replacing", .replace), ("swapping", .replace),
        ("replace", .replace), ("replaced", .replace), ("replacement", .replace), ("swap", .replace), ("exchange", .replace),
        ("new one", .replace), ("new unit", .replace), ("send a new", .replace), ("a new one", .replace), ("换货", .replace), ("换新", .replace), ("更换", .replace), ("换一个", .replace),
        ("换一台", .replace), ("换", .replace), ("调换", .replace), ("换成", .replace), ("换掉", .replace),
        ("refund", .refund), ("refunded", .refund), ("money back", .refund), ("refunding", .refund),
        ("退款", .refund), ("退钱", .refund), ("退给", .refund),
        ("visit", .visit), ("site visit", .visit), ("service visit", .visit), ("send a technician", .visit),
        ("technician", .visit), ("on site", .visit), ("on-site", .visit), ("reinstall", .visit),
        ("上门", .visit), ("上门服务", .visit), ("派人", .visit), ("派师傅", .visit), ("重新安装", .visit),
        ("credit note", .creditNote), ("credit memo", .creditNote), ("credit", .creditNote), ("discount", .creditNote),
        ("credited", .creditNote), ("红字发票", .creditNote), ("折扣", .creditNote), ("折让", .creditNote),
        ("优惠", .creditNote), ("减免", .creditNote), ("补偿", .creditNote), ("打折", .creditNote),
        ("apology", .apology), ("apologised", .apology), ("apologized", .apology), ("apologise", .apology),
        ("apologize", .apology), ("say sorry", .apology), ("said sorry", .apology),
        ("道歉", .apology), ("赔礼", .apology), ("赔不是", .apology), ("致歉", .apology),
    ])

    // MARK: Cooling an angry customer (seeds 001: the person, the place, the time)

    static let cooling = PhraseTable<CoolingMove>(coolingWords)

    static let coolingWords: [(String, CoolingMove)] = [
        ("brought in my manager", .person), ("brought in the manager", .person), ("brought my manager", .person),
        ("brought in my boss", .person), ("brought in a manager", .person), ("brought in", .person),
        ("my manager took over", .person), ("manager took over", .person), ("manager stepped in", .person),
        ("boss stepped in", .person), ("asked my manager", .person), ("got my manager", .person),
        ("changed the person", .person), ("someone else", .person), ("a colleague", .person),
        ("换了个经理", .person), ("换了经理", .person), ("换个经理", .person), ("换人", .person), ("换了人", .person),
        ("换个人", .person), ("换了个人", .person), ("领导出面", .person), ("经理出面", .person), ("主管出面", .person),
        ("请经理", .person), ("让经理", .person), ("请领导", .person), ("老板出面", .person),
        ("moved the talk", .place), ("met in person", .place), ("met them in person", .place), ("in person", .place),
        ("took them to", .place), ("invited them to", .place), ("quiet room", .place), ("somewhere quieter", .place),
        ("meeting room", .place), ("changed the place", .place), ("over coffee", .place),
        ("换个地方", .place), ("换了个地方", .place), ("换地方", .place), ("会议室", .place), ("办公室", .place),
        ("私下", .place), ("当面谈", .place), ("见面谈", .place), ("当面", .place),
        ("get back to them", .time), ("get back to him", .time), ("get back to her", .time), ("get back to you", .time),
        ("get back to", .time), ("reply by", .time), ("respond by", .time), ("answer by", .time), ("call them back", .time),
        ("call back", .time), ("talk again", .time), ("speak again", .time), ("come back to them", .time),
        ("look into it", .time), ("looking into it", .time), ("gave them time", .time), ("cool off", .time),
        ("再谈", .time), ("再聊", .time), ("改天", .time), ("再答复", .time), ("给答复", .time), ("给回复", .time),
        ("答复", .time), ("回复他", .time), ("回复他们", .time), ("约了", .time), ("再沟通", .time), ("再联系", .time),
        ("查清楚", .time), ("调查后", .time),
    ]

    // MARK: Severity, anger, satisfaction

    /// Words that make a complaint urgent (safety, law, the press), high (anger, money back,
    /// repeated), or low; the strongest said wins.
    static let severity = PhraseTable<ComplaintSeverity>([
        ("fire", .urgent), ("caught fire", .urgent), ("on fire", .urgent), ("smoke", .urgent), ("smoking", .urgent),
        ("sparks", .urgent), ("sparking", .urgent), ("electric shock", .urgent), ("shock", .urgent), ("electrocuted", .urgent),
        ("injury", .urgent), ("injured", .urgent), ("hurt", .urgent), ("burned", .urgent), ("burnt", .urgent),
        ("dangerous", .urgent), ("unsafe", .urgent), ("safety", .urgent), ("gas leak", .urgent),
        ("lawyer", .urgent), ("lawyers", .urgent), ("legal", .urgent), ("sue", .urgent), ("suing", .urgent),
        ("court", .urgent), ("media", .urgent), ("newspaper", .urgent), ("go public", .urgent),
        ("social media", .urgent), ("urgent", .urgent), ("emergency", .urgent), ("critical", .urgent),
        ("漏电", .urgent), ("着火", .urgent), ("起火", .urgent), ("冒烟", .urgent), ("触电", .urgent), ("受伤", .urgent),
        ("伤人", .urgent), ("烧了", .urgent), ("爆炸", .urgent), ("安全隐患", .urgent), ("危险", .urgent), ("煤气泄漏", .urgent),
        ("律师", .urgent), ("起诉", .urgent), ("法院", .urgent), ("告我们", .urgent), ("媒体", .urgent), ("曝光", .urgent),
        ("记者", .urgent), ("12315", .urgent), ("消协", .urgent), ("消费者协会", .urgent), ("紧急", .urgent), ("很急", .urgent),
        ("加急", .urgent),
        ("angry", .high), ("furious", .high), ("very angry", .high), ("yelled", .high), ("shouted", .high), ("mad", .high),
        ("refund", .high), ("money back", .high), ("wants a refund", .high), ("demands", .high), ("demanded", .high),
        ("compensation", .high), ("return it", .high), ("send it back", .high), ("again", .high), ("second time", .high),
        ("third time", .high), ("2nd time", .high), ("3rd time", .high), ("4th time", .high), ("once more", .high), ("cancel the order", .high), ("high priority", .high),
        ("important", .high), ("serious", .high),
        ("生气", .high), ("发火", .high), ("火大", .high), ("骂", .high), ("退货", .high), ("退款", .high), ("要求赔偿", .high),
        ("赔偿", .high), ("索赔", .high), ("又", .high), ("再次", .high), ("第二次", .high), ("第三次", .high), ("屡次", .high),
        ("多次", .high), ("严重", .high), ("取消订单", .high), ("重要", .high),
        ("minor", .low), ("small issue", .low), ("small problem", .low), ("slight", .low), ("not urgent", .low),
        ("no rush", .low), ("low priority", .low), ("cosmetic", .low), ("small thing", .low), ("a bit", .low),
        ("小问题", .low), ("小事", .low), ("不急", .low), ("轻微", .low), ("一点小", .low), ("不着急", .low),
        ("normal", .normal), ("普通", .normal), ("一般", .normal),
    ])

    /// Words that ask to go back (`back to`, 退回): a step back when a step is named after them.
    static let backCues = PhraseTable<Bool>(["back to", "go back to", "goes back to", "move back to", "moved back to", "put back to",
                                             "set back to", "revert to", "reverted to", "roll back to", "退回", "退回到", "回到", "退到",
                                             "返回", "返回到", "回退到", "退回去"])

    /// The steps named as places to go back to (`listen`, `step 1`, 第一步, 倾听).
    static let stageNames = PhraseTable<Bool>(["listen", "listening", "listen and record", "step", "stage", "the start", "start",
                                               "the beginning", "beginning", "cause", "find the cause", "solution", "find a solution",
                                               "tell", "tell the customer", "carry out", "review", "first step", "previous step",
                                               "last step", "earlier step", "the first step", "the previous step", "第", "上一步",
                                               "前一步", "倾听", "倾听记录", "记录", "查原因", "原因", "找原因", "方案", "找方案", "告知",
                                               "执行", "复盘", "开始", "最初", "一开始", "步"])

    /// Words that name the severity field itself (严重程度 holds 严重, `severity` is no level): the
    /// level is what is said after them.
    static let severityField = PhraseTable<Bool>(["severity", "severity level", "priority", "priority level", "urgency", "严重程度",
                                                  "严重性", "紧急程度", "紧急性", "优先级", "级别", "等级", "重要程度", "重要性"])

    /// Said outright as the complaint's severity (`#3 is urgent`, 3号投诉改为紧急).
    static let severityNames = PhraseTable<ComplaintSeverity>([
        ("urgent", .urgent), ("critical", .urgent), ("emergency", .urgent), ("high", .high), ("high priority", .high),
        ("serious", .high), ("important", .high), ("low", .low), ("low priority", .low), ("minor", .low), ("normal", .normal),
        ("紧急", .urgent), ("很急", .urgent), ("加急", .urgent), ("严重", .high), ("重要", .high), ("高", .high),
        ("不急", .low), ("低", .low), ("普通", .normal), ("一般", .normal),
    ])

    static let angry = PhraseTable<Bool>([
        "angry", "very angry", "furious", "yelled", "yelling", "shouted", "shouting", "mad", "livid", "fuming",
        "screamed", "screaming", "lost his temper", "lost her temper", "hung up on me", "irate", "pissed", "upset",
        "生气", "很生气", "发火", "发脾气", "火大", "骂", "骂人", "大骂", "恼火", "暴怒", "气坏了", "气愤", "大发雷霆",
        "吼", "不高兴",
    ])

    /// Words that deny the anger before them (`not angry`, 没生气).
    static let notAngry = PhraseTable<Bool>(["not angry", "wasn't angry", "not upset", "not mad", "没生气", "不生气", "没有生气", "没发火"])

    /// What a check-back is about: the fix, not the goods (`happy with the fix`, 对处理结果满意).
    static let fixWords = PhraseTable<Bool>([
        "fix", "the fix", "repair", "the repair", "replacement", "solution", "result", "outcome", "resolution",
        "how we handled it", "handling", "new one", "new unit",
        "处理结果", "维修", "换货", "方案", "解决方案", "结果", "修好", "换的", "新的", "换了", "修了",
    ])

    /// Satisfied or not; the longest phrase wins, so `not satisfied` beats `satisfied`.
    static let satisfaction = PhraseTable<Bool>([
        ("happy", true), ("satisfied", true), ("pleased", true), ("fine now", true), ("works now", true),
        ("working now", true), ("all good", true), ("thanked us", true),
        ("not happy", false), ("unhappy", false), ("not satisfied", false), ("dissatisfied", false), ("unsatisfied", false),
        ("not pleased", false), ("still leaking", false), ("still leaks", false), ("still broken", false),
        ("still not working", false), ("still doesn't work", false), ("still doesnt work", false), ("still faulty", false),
        ("isn't happy", false), ("aren't happy", false), ("not fine", false), ("still", false),
        ("满意", true), ("很满意", true), ("挺满意", true), ("没问题了", true), ("正常了", true), ("好用了", true),
        ("不满意", false), ("不太满意", false), ("不满", false), ("还是漏水", false), ("还是坏", false), ("还是不行", false),
        ("还是有问题", false), ("还没好", false), ("又坏了", false), ("还是", false), ("仍然", false), ("依然", false),
    ])

    /// The cues of a line that is a check-back call by itself (`called Acme, they're happy`, 回访了东方酒店，很满意).
    static let checkBackCues = PhraseTable<Bool>(["followed up", "followed up with", "checked back", "checked back with",
                                                  "check-back", "check back", "checked in with", "回访", "回访了",
                                                  "电话回访"])

    /// Contact verbs that open a check-back line; the note starts after them.
    static let contactOpeners = PhraseTable<Bool>(["called", "rang", "phoned", "visited", "spoke to", "spoke with", "talked to",
                                                   "talked with", "met", "emailed", "texted", "heard from", "heard back from",
                                                   "打电话", "打了电话", "给", "跟"])

    /// A solution said only as what will happen (`we'll`, `will`): with a remedy, the remedy is the move.
    static let genericSolution = PhraseTable<Bool>(["we'll", "we will", "will", "going to"])

    /// Words that end a product named after a cue.
    static let productStops: Set<String> = ["is", "was", "are", "were", "has", "have", "and", "but", "that", "which",
                                            "leaks", "broke", "from", "for", "since", "because", "after", "when"]

    /// Characters that end the thing before a Chinese failure (说 in 张总说空调漏水).
    static let productStopsZH: Set<String> = ["说", "的", "是", "投", "诉", "反", "映", "称", "讲", "了", "都", "又", "也",
                                              "还", "就", "对", "抱", "怨", "满", "来", "们", "他", "她", "我", "你",
                                              "在", "个", "台", "些", "那", "这", "把", "被", "总", "经", "理", "板", "：",
                                              "到", "后", "次", "和", "跟", "给"]

    // MARK: Who takes a handoff

    /// Departments and teams; a handoff's `department` is the words as typed.
    static let departments = PhraseTable<Bool>([
        "service", "after-sales", "after sales", "aftersales", "customer service", "support", "tech support",
        "technical", "engineering", "engineers", "quality", "qa", "qc", "warehouse", "logistics", "shipping",
        "finance", "accounts", "accounting", "billing", "installation", "installers", "technician", "technicians",
        "factory", "production", "the manufacturer", "manufacturer", "repair shop", "workshop", "legal",
        "售后", "售后部", "客服", "技术部", "质检", "品管", "仓库", "物流", "财务", "安装队", "安装部", "维修部",
        "工厂", "厂家", "生产部", "法务", "技术", "服务部", "客服部", "品质部",
    ])

    // MARK: Products

    /// Words that say something failed, after the thing (`the AC unit leaks`, 空调漏水).
    static let failureEN = PhraseTable<Bool>([
        "leaks", "leaking", "leaked", "is leaking", "is broken", "was broken", "broke", "broke down", "is faulty",
        "is damaged", "was damaged", "arrived broken", "arrived damaged", "came broken", "was delivered broken",
        "was delivered damaged", "doesn't work", "doesnt work", "does not work", "didn't work", "stopped working",
        "won't start", "wont start", "won't turn on", "is defective", "is noisy", "makes noise", "overheats",
        "is overheating", "keeps breaking", "failed", "is not working", "isn't working", "not working", "cracked",
        "is cracked", "is dead", "died", "smokes", "sparks", "caught fire", "is missing parts", "is scratched",
        "arrived scratched", "is wrong", "are broken", "are damaged", "are faulty", "arrived", "were damaged", "were broken",
    ])

    static let failureZH = PhraseTable<Bool>([
        "坏了", "漏水", "漏电", "漏气", "有问题", "出问题", "出了问题", "不工作", "不制冷", "不制热", "不能用", "用不了",
        "故障", "出故障", "有故障", "坏掉", "坏", "裂了", "破了", "碎了", "冒烟", "着火", "起火", "异响", "噪音大", "有噪音",
        "不转", "不亮", "开不了机", "打不开", "质量差", "质量不好", "有质量问题", "发热", "过热", "生锈", "掉漆", "划伤",
        "不好用", "罢工", "停了", "失灵", "松了", "变形",
    ])

    /// Cues before a product (`product: AC unit`, 产品：空调).
    static let productCues = PhraseTable<Bool>(["product", "item", "model", "产品", "型号", "货品"])

    /// Nouns that are not products: a complaint about them names no product.
    static let notProducts: Set<String> = [
        "invoice", "invoices", "bill", "bills", "delivery", "deliveries", "shipment", "shipments", "order", "orders",
        "price", "prices", "pricing", "service", "staff", "salesman", "salesperson", "driver", "attitude", "qty",
        "quantity", "amount", "payment", "charge", "charges", "delay", "wait", "installer", "technician", "call",
        "response", "reply", "email", "person", "guy", "team", "quote", "statement", "paperwork", "it", "this", "that",
        "everything", "thing", "things", "stuff", "one", "goods", "product", "products", "item", "items", "batch",
        "last", "whole", "entire", "new", "they", "he", "she", "we", "you", "i", "them", "us",
        "发票", "送货", "发货", "物流", "服务", "态度", "价格", "金额", "账单", "数量", "师傅", "司机", "业务员", "销售",
        "货", "东西", "产品", "质量", "这个", "那个", "它", "都", "还是", "也", "又", "客户", "他们", "我们", "对方",
        "时间", "进度", "工期", "安装师傅", "报价", "合同", "快递", "包装", "质量问题",
        "fix", "repair", "replacement", "solution", "result", "outcome", "resolution", "handling", "way", "response",
        "answer", "warranty", "refund", "credit", "discount", "problem", "issue", "issues", "problems", "defect",
        "noise", "smell", "colour", "color", "size", "mess", "damage", "leak", "delays", "increase", "time", "way",
        "quality", "merchandise",
    ]

    /// Words that say "the goods" without naming them (产品, 质量, `quality`): a product made of
    /// these alone (产品质量, `product quality`) names nothing.
    static let genericGoods: [String] = ["产品", "质量", "服务", "东西", "货", "货品", "商品", "品质", "售后", "product", "products",
                                         "quality", "service", "goods", "stuff", "item", "items", "things", "thing", "merchandise"]

    /// Words that may precede a product and are not part of it (`the`, `our`, `their`).
    static let productLeadEN: Set<String> = ["the", "a", "an", "our", "their", "his", "her", "my", "its", "your", "that",
                                             "this", "these", "those", "last", "latest", "new", "whole", "entire", "one"]

    // MARK: A disputed amount

    /// Words that put an amount in dispute (`disputes 1200 of INV-7`, 有3000有争议).
    static let disputeEN = PhraseTable<Bool>([
        "disputes", "disputed", "disputing", "dispute", "in dispute", "contests", "contesting", "contested",
        "won't pay for", "refuses to pay for", "questions", "queries", "is disputed", "under dispute",
        // An overcharge names the part disputed (`overbilled by 300`, `charged twice`).
        "overcharged", "overcharged by", "overbilled", "overbilled by", "charged twice", "double charged", "billed twice",
        "charged us twice", "too much by",
    ])
    static let disputeZH = PhraseTable<Bool>(["有争议", "争议", "异议", "有异议", "不认", "不承认", "拒付", "争议金额",
                                              // An overcharge names the part disputed (多开了2000).
                                              "多开了", "多开", "多收了", "多收", "多算了", "多算", "重复收费", "多扣了"])

    /// An amount said to be wrong; on a line naming an invoice, that part is disputed.
    static let wrongAmount = PhraseTable<Bool>(["is wrong", "are wrong", "wrong", "overcharged", "too much", "shouldn't be",
                                                "not right", "incorrect", "不对", "错了", "多收", "多算", "算错", "开错",
                                                "不应该"])

    // MARK: Names of people

    /// Common Chinese surnames as typed in pinyin: `Zhang is angry` names a person, who stands for
    /// the customer they work for.
    static let pinyinSurnames: Set<String> = [
        "zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
        "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu",
        "ding", "ren", "shen", "yao", "fang", "jin", "qian", "tan", "jia", "fu", "zou", "meng", "xiong", "qin", "bai",
    ]
}
