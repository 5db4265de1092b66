import FollowUpCore

/// Words that fill the descriptive slots: channel, topic, complaint cause and stage, customer
/// fields and settings, in English and Chinese.
enum SlotLexicon {
    static let channels = PhraseTable<Channel>([
        ("call", .call), ("called", .call), ("calling", .call), ("phone call", .call), ("ring", .call),
        ("rang", .call), ("phoned", .call), ("give a call", .call), ("tried calling", .call), ("no answer", .call),
        ("打电话", .call), ("电话", .call), ("致电", .call), ("打个电话", .call), ("通话", .call), ("打了电话", .call),
        ("visit", .visit), ("visited", .visit), ("visiting", .visit), ("met", .visit), ("meet", .visit),
        ("meeting", .visit), ("saw", .visit), ("drop by", .visit), ("stop by", .visit), ("dropped by", .visit),
        ("stopped by", .visit), ("拜访", .visit), ("上门", .visit), ("见面", .visit), ("回访", .visit),
        ("看望", .visit), ("见了", .visit), ("去了", .visit), ("去了趟", .visit), ("去了一趟", .visit),
        ("跑了一趟", .visit), ("跑了趟", .visit), ("email", .email), ("emailed", .email),
        ("e-mail", .email), ("mail", .email), ("邮件", .email), ("发邮件", .email), ("电邮", .email),
        ("sms", .sms), ("text", .sms), ("texted", .sms), ("message", .sms), ("messaged", .sms),
        ("wechat", .sms), ("whatsapp", .sms), ("短信", .sms), ("发短信", .sms), ("微信", .sms), ("信息", .sms),
        ("lunch", .visit), ("dinner", .visit), ("coffee", .visit), ("vm", .call), ("voicemail", .call),
        ("来电", .call), ("回电", .call), ("关机", .call), ("占线", .call), ("没人接", .call), ("发了", .sms),
        ("发了对账单", .email), ("吃饭", .visit), ("left a message", .call), ("left message", .call),
        ("left a voicemail", .call), ("left voicemail", .call), ("left a vm", .call), ("left vm", .call), ("留言", .call),
        ("留了言", .call), ("didn't pick up", .call), ("didnt pick up", .call), ("not picking up", .call),
        ("无人接听", .call), ("不接电话", .call), ("没接电话", .call), ("letter", .letter), ("寄信", .letter), ("催款函", .letter), ("函", .letter), ("mailed", .letter),
    ])

    static let topics = PhraseTable<String>([
        ("collect", "collection"), ("collection", "collection"), ("collecting", "collection"),
        ("payment", "collection"), ("pay", "collection"), ("overdue", "collection"), ("owe", "collection"),
        ("owes", "collection"), ("chase", "collection"), ("dunning", "collection"), ("debt", "collection"),
        ("more time", "collection"), ("extension", "collection"), ("late payment", "collection"),
        ("asks for money", "collection"), ("ask for money", "collection"), ("ask for payment", "collection"),
        ("收款", "collection"), ("催款", "collection"), ("回款", "collection"), ("要钱", "collection"),
        ("收钱", "collection"), ("付款", "collection"), ("欠款", "collection"), ("催收", "collection"),
        ("账款", "collection"), ("货款", "collection"), ("要账", "collection"), ("催账", "collection"),
        ("excuse", "excuse"), ("excuses", "excuse"), ("objection", "excuse"), ("objections", "excuse"),
        ("借口", "excuse"), ("推脱", "excuse"), ("推托", "excuse"), ("托词", "excuse"),
        ("complaint", "complaint"), ("complaints", "complaint"), ("complain", "complaint"),
        ("angry", "complaint"), ("unhappy", "complaint"), ("apologize", "complaint"), ("apologise", "complaint"),
        ("apology", "complaint"), ("calm", "complaint"), ("道歉", "complaint"), ("安抚", "complaint"), ("客诉", "complaint"), ("upset", "complaint"), ("投诉", "complaint"),
        ("抱怨", "complaint"), ("不满", "complaint"), ("生气", "complaint"), ("发火", "complaint"),
        ("thank", "thanks"), ("thanks", "thanks"), ("thank-you", "thanks"), ("gratitude", "thanks"),
        ("感谢", "thanks"), ("谢谢", "thanks"), ("致谢", "thanks"), ("感谢信", "thanks"), ("道谢", "thanks"),
        ("阶梯", "collection"), ("ladder", "collection"),
        ("birthday", "greeting"), ("greeting", "greeting"), ("greetings", "greeting"), ("holiday", "greeting"),
        ("festival", "greeting"), ("new year", "greeting"), ("christmas", "greeting"), ("congratulate", "greeting"),
        ("congratulations", "greeting"), ("anniversary", "greeting"), ("生日", "greeting"), ("祝福", "greeting"),
        ("问候", "greeting"), ("节日", "greeting"), ("拜年", "greeting"), ("祝贺", "greeting"),
        ("survey", "survey"), ("satisfaction", "survey"), ("feedback", "survey"), ("调查", "survey"),
        ("满意度", "survey"), ("反馈", "survey"), ("delivery", "delivery"), ("deliver", "delivery"),
        ("goods", "delivery"), ("shipment", "delivery"), ("送货", "delivery"), ("发货", "delivery"),
        ("到货", "delivery"), ("物流", "delivery"), ("quote", "quote"), ("quotation", "quote"), ("price", "quote"),
        ("pricing", "quote"), ("报价", "quote"), ("价格", "quote"), ("sample", "sample"), ("samples", "sample"),
        ("样品", "sample"), ("install", "delivery"), ("installation", "delivery"), ("安装", "delivery"),
    ])

    /// Complaint causes (`salesperson`, `customer`, `product`, `unknown`).
    static let causes = PhraseTable<String>([
        ("customer", "customer"), ("customer misunderstanding", "customer"), ("misunderstanding", "customer"),
        ("misunderstood", "customer"), ("user error", "customer"), ("client", "customer"),
        ("客户误解", "customer"), ("误解", "customer"), ("误会", "customer"), ("客户原因", "customer"),
        ("客户的原因", "customer"), ("客户自己", "customer"), ("客户", "customer"),
        ("product", "product"), ("quality", "product"), ("defect", "product"), ("defective", "product"),
        ("broken", "product"), ("faulty", "product"), ("产品", "product"), ("质量", "product"),
        ("产品质量", "product"), ("次品", "product"), ("坏了", "product"), ("故障", "product"), ("质量问题", "product"),
        ("salesperson", "salesperson"), ("sales", "salesperson"), ("me", "salesperson"), ("my fault", "salesperson"),
        ("my mistake", "salesperson"), ("our mistake", "salesperson"), ("our fault", "salesperson"),
        ("service", "salesperson"), ("销售", "salesperson"), ("业务员", "salesperson"), ("我的原因", "salesperson"),
        ("我的问题", "salesperson"), ("服务", "salesperson"), ("我们的原因", "salesperson"),
        ("unknown", "unknown"), ("not sure", "unknown"), ("unclear", "unknown"), ("不明", "unknown"),
        ("未知", "unknown"), ("不清楚", "unknown"), ("原因不明", "unknown"),
    ])

    /// Words that introduce a cause.
    static let causeCues = PhraseTable<Bool>(["cause", "caused by", "because", "due to", "reason", "cause is",
                                              "原因", "原因是", "是因为", "因为", "由于", "归因"])

    /// Complaint stages: received → analysed → solution → told_customer → resolved → reviewed.
    static let stages = PhraseTable<String>([
        ("received", "received"), ("analysed", "analysed"), ("analyzed", "analysed"), ("analysis", "analysed"),
        ("investigating", "analysed"), ("分析", "analysed"), ("已分析", "analysed"), ("solution", "solution"),
        ("proposed", "solution"), ("offered", "solution"), ("方案", "solution"), ("解决方案", "solution"),
        ("told customer", "told_customer"), ("told the customer", "told_customer"), ("informed", "told_customer"),
        ("told them", "told_customer"), ("告知", "told_customer"), ("已告知", "told_customer"),
        ("通知客户", "told_customer"), ("告诉客户", "told_customer"), ("resolved", "resolved"), ("fixed", "resolved"),
        ("closed", "resolved"), ("solved", "resolved"), ("close", "resolved"), ("resolve", "resolved"),
        ("解决了", "resolved"), ("已解决", "resolved"), ("处理完", "resolved"), ("关闭", "resolved"),
        ("reviewed", "reviewed"), ("review", "reviewed"), ("复盘", "reviewed"), ("回顾", "reviewed"),
    ])

    /// Customer fields named in updates.
    static let fields = PhraseTable<String>([
        ("credit limit", "credit_limit"), ("limit", "credit_limit"), ("credit", "credit_limit"),
        ("信用额度", "credit_limit"), ("额度", "credit_limit"), ("terms", "terms"), ("payment terms", "terms"),
        ("net", "terms"), ("账期", "terms"), ("phone", "phone"), ("phone number", "phone"), ("mobile", "phone"),
        ("tel", "phone"), ("cell", "phone"), ("电话", "phone"), ("手机", "phone"), ("email", "email"),
        ("e-mail", "email"), ("邮箱", "email"), ("contact", "contact"), ("contact person", "contact"),
        ("联系人", "contact"), ("tier", "tier"), ("vip", "tier"), ("key customer", "tier"), ("等级", "tier"),
        ("重点客户", "tier"), ("rename", "name"), ("name", "name"), ("名字", "name"), ("改名", "name"),
        ("currency", "currency"), ("币种", "currency"), ("货币", "currency"), ("address", "address"),
        ("地址", "address"), ("birthday", "birthday"), ("生日", "birthday"), ("wechat", "wechat"),
        ("微信", "wechat"), ("language", "language"), ("lang", "language"), ("语言", "language"),
        ("dates", "dates"), ("date order", "dates"), ("date format", "dates"), ("日期格式", "dates"),
        ("日期顺序", "dates"),
        ("greeting", "greeting"), ("opening line", "greeting"), ("开场问候", "greeting"), ("开场白", "greeting"),
    ])

    /// Settings whose value is a number of days: the ladder's bounds and the retry delay.
    static let settings = PhraseTable<BookSetting>([
        ("ladder.courtesy", .ladderCourtesy), ("ladder courtesy", .ladderCourtesy), ("courtesy step", .ladderCourtesy),
        ("courtesy window", .ladderCourtesy), ("courtesy days", .ladderCourtesy),
        ("ladder.early", .ladderEarly), ("ladder early", .ladderEarly), ("early step", .ladderEarly),
        ("ladder.firm", .ladderFirm), ("ladder firm", .ladderFirm), ("firm step", .ladderFirm),
        ("ladder.hold", .ladderHold), ("ladder hold", .ladderHold), ("hold step", .ladderHold),
        ("ladder.escalate", .ladderEscalate), ("ladder escalate", .ladderEscalate), ("escalate step", .ladderEscalate),
        ("escalation step", .ladderEscalate),
        ("retry.days", .retryDays), ("retry days", .retryDays), ("retry after", .retryDays), ("retry", .retryDays),
        ("礼貌提醒天数", .ladderCourtesy), ("提前提醒天数", .ladderCourtesy), ("初期催收", .ladderEarly),
        ("早期催收", .ladderEarly), ("正式催收", .ladderFirm), ("正式催款", .ladderFirm), ("暂停供货", .ladderHold),
        ("停止供货", .ladderHold), ("升级催收", .ladderEscalate), ("升级处理", .ladderEscalate), ("重拨天数", .retryDays),
        ("重打天数", .retryDays), ("回拨天数", .retryDays), ("重拨间隔", .retryDays),
        ("complaint.stall", .complaintStall), ("complaint stall", .complaintStall), ("stall days", .complaintStall),
        ("complaint.checkback", .complaintCheckBack), ("complaint checkback", .complaintCheckBack),
        ("complaint check-back", .complaintCheckBack), ("complaint check back", .complaintCheckBack),
        ("checkback days", .complaintCheckBack), ("check-back days", .complaintCheckBack),
        ("投诉停滞天数", .complaintStall), ("停滞天数", .complaintStall), ("投诉回访天数", .complaintCheckBack),
        ("回访天数", .complaintCheckBack),
        ("satisfaction.call", .satisfactionCall), ("satisfaction call", .satisfactionCall),
        ("satisfaction calls", .satisfactionCall), ("满意度回访天数", .satisfactionCall), ("满意度回访", .satisfactionCall),
    ])

    /// Currency and language names as setting values.
    static let settingValues = PhraseTable<String>([
        ("usd", "USD"), ("dollars", "USD"), ("dollar", "USD"), ("us dollars", "USD"), ("美元", "USD"), ("美金", "USD"),
        ("cny", "CNY"), ("rmb", "CNY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("人民币", "CNY"), ("eur", "EUR"),
        ("euro", "EUR"), ("euros", "EUR"), ("欧元", "EUR"), ("gbp", "GBP"), ("pounds", "GBP"), ("英镑", "GBP"),
        ("hkd", "HKD"), ("港币", "HKD"), ("jpy", "JPY"), ("yen", "JPY"), ("日元", "JPY"),
        ("chinese", "zh"), ("中文", "zh"), ("zh", "zh"), ("english", "en"), ("英文", "en"), ("en", "en"),
        ("key", "key"), ("regular", "regular"), ("watch", "watch"), ("重点", "key"), ("普通", "regular"),
        ("关注", "watch"),
        ("day-month", "day-month"), ("day month", "day-month"), ("day first", "day-month"), ("dd/mm", "day-month"),
        ("d/m", "day-month"), ("日/月", "day-month"), ("日月", "day-month"), ("month-day", "month-day"),
        ("month day", "month-day"), ("month first", "month-day"), ("mm/dd", "month-day"), ("m/d", "month-day"),
        ("月/日", "month-day"), ("月日", "month-day"),
        ("off", "off"), ("on", "on"), ("关闭", "off"), ("关掉", "off"), ("打开", "on"), ("开启", "on"),
    ])

    /// Which promises a list asks for.
    static let promiseFilters = PhraseTable<String>([
        ("broken", "broken"), ("broke", "broken"), ("didn't pay", "broken"), ("not kept", "broken"),
        ("unkept", "broken"), ("missed", "broken"), ("didn't keep", "broken"), ("没兑现", "broken"),
        ("未兑现", "broken"), ("失信", "broken"), ("没付", "broken"), ("违约", "broken"),
        ("pending", "pending"), ("open", "pending"), ("待兑现", "pending"), ("all", "all"), ("所有", "all"),
        ("全部", "all"),
    ])

    /// Words that introduce payment terms.
    static let termsCues = PhraseTable<Bool>(["terms", "payment terms", "net", "账期", "付款期", "结算期"])

    static let dayWords = PhraseTable<Bool>(["day", "days", "天", "日"])

    /// Parts of reminder cues that are about reminding, not the task ("remind me", 提醒我).
    static let reminderCueWords = ["remind", "reminder", "forget", "remember", "ping", "nudge", "need to", "have to",
                                   "must", "todo", "to do", "to-do", "提醒", "记", "忘", "待办"]

    /// 月结: monthly settlement, 30-day terms.
    static let monthlySettlement = PhraseTable<Bool>(["月结", "月结30天"])

    /// Words before a contact person's name.
    static let contactCuesZH = PhraseTable<Bool>(["联系人", "联系人是", "联系人为"])
    static let contactCuesEN = PhraseTable<Bool>(["contact", "contact person", "met", "met with", "spoke with",
                                                  "spoke to", "talked to", "talked with", "saw", "attn"])
}
