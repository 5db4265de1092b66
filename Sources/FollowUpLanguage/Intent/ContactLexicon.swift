import FollowUpCore

/// How a contact went and what the customer said, per language: the `outcome` and `excuse`
/// slots of a contact line ("called Acme, no answer", 恒通贸易说资金紧张), and the one table of
/// excuses, also read on script lines ("Acme says they have no money, what do I say").
///
/// Phrases that also say a payment or a promise ("will pay next month") are kept to excuses
/// that name the delay; a line that promises money is still read as a promise.
enum ContactLexicon {
    static let outcomesEN = PhraseTable<ContactOutcome>([
        ("no answer", .noAnswer), ("no reply", .noAnswer), ("no response", .noAnswer), ("didn't answer", .noAnswer),
        ("did not answer", .noAnswer), ("didn't pick up", .noAnswer), ("did not pick up", .noAnswer),
        ("didnt pick up", .noAnswer), ("didnt answer", .noAnswer), ("not picking up", .noAnswer),
        ("not answering", .noAnswer), ("nobody answered", .noAnswer), ("no one answered", .noAnswer),
        ("nobody picked up", .noAnswer), ("no one picked up", .noAnswer), ("no pickup", .noAnswer),
        ("unanswered", .noAnswer), ("rang out", .noAnswer), ("couldn't reach", .noAnswer), ("could not reach", .noAnswer),
        ("couldn't get through", .noAnswer), ("could not get through", .noAnswer), ("unreachable", .noAnswer),
        ("no ans", .noAnswer), ("noanswer", .noAnswer),
        ("voicemail", .voicemail), ("voice mail", .voicemail), ("vm", .voicemail), ("left a message", .voicemail),
        ("left message", .voicemail), ("left a voicemail", .voicemail), ("left voicemail", .voicemail),
        ("left vm", .voicemail), ("left a vm", .voicemail), ("lvm", .voicemail), ("answering machine", .voicemail),
        ("went to voicemail", .voicemail), ("straight to voicemail", .voicemail),
        ("phone off", .phoneOff), ("phone's off", .phoneOff), ("phone is off", .phoneOff), ("phone was off", .phoneOff),
        ("phone switched off", .phoneOff), ("switched off", .phoneOff), ("turned off", .phoneOff),
        ("powered off", .phoneOff), ("phone dead", .phoneOff), ("phone off", .phoneOff),
        ("busy", .busy), ("line busy", .busy), ("line was busy", .busy), ("line is busy", .busy), ("busy signal", .busy),
        ("engaged", .busy), ("line engaged", .busy), ("busy line", .busy),
        ("reached", .reached), ("got through", .reached), ("got hold of", .reached), ("spoke with", .reached),
        ("spoke to", .reached), ("talked to", .reached), ("talked with", .reached), ("picked up", .reached),
        ("spoke w", .reached), ("talked w", .reached), ("spoke w/", .reached), ("talked w/", .reached), ("got him", .reached),
        ("got her", .reached), ("got them", .reached),
        ("promised", .promised), ("agreed to pay", .promised), ("committed to pay", .promised),
        ("refused", .refused), ("refuses", .refused), ("refused to pay", .refused), ("won't pay", .refused),
        ("will not pay", .refused), ("wont pay", .refused), ("declined to pay", .refused), ("refuse to pay", .refused),
    ])

    static let outcomesZH = PhraseTable<ContactOutcome>([
        ("没人接", .noAnswer), ("无人接听", .noAnswer), ("没有人接", .noAnswer), ("没接", .noAnswer), ("没接电话", .noAnswer),
        ("不接电话", .noAnswer), ("不接", .noAnswer), ("打不通", .noAnswer), ("没打通", .noAnswer), ("联系不上", .noAnswer),
        ("未接通", .noAnswer), ("没接通", .noAnswer), ("没人听", .noAnswer), ("无人接", .noAnswer), ("不回电话", .noAnswer),
        ("留言", .voicemail), ("留了言", .voicemail), ("语音信箱", .voicemail), ("留了语音", .voicemail),
        ("关机", .phoneOff), ("手机关机", .phoneOff), ("停机", .phoneOff),
        ("占线", .busy), ("忙线", .busy), ("正在通话", .busy), ("通话中", .busy),
        ("接通", .reached), ("打通了", .reached), ("联系上了", .reached), ("通了电话", .reached), ("聊了", .reached),
        ("谈了", .reached), ("沟通了", .reached),
        ("答应", .promised), ("承诺", .promised),
        ("拒绝付款", .refused), ("拒付", .refused), ("不肯付", .refused), ("不付", .refused), ("不给钱", .refused),
        ("赖账", .refused), ("拒绝", .refused),
    ])

    static let excusesEN = PhraseTable<Excuse>([
        ("no money", .noMoney), ("have no money", .noMoney), ("has no money", .noMoney), ("no cash", .noMoney),
        ("out of money", .noMoney), ("short of cash", .noMoney), ("short on cash", .noMoney), ("cash flow", .noMoney),
        ("cashflow", .noMoney), ("tight on cash", .noMoney), ("money is tight", .noMoney), ("cash is tight", .noMoney),
        ("can't afford", .noMoney), ("no funds", .noMoney), ("lack of funds", .noMoney), ("we're broke", .noMoney),
        ("they're broke", .noMoney), ("don't have money", .noMoney), ("dont have money", .noMoney),
        ("don't have the money", .noMoney), ("dont have the money", .noMoney), ("out of cash", .noMoney),
        ("cant afford", .noMoney), ("no money this month", .noMoney),
        ("didn't get the invoice", .noInvoice), ("didn't receive the invoice", .noInvoice),
        ("did not get the invoice", .noInvoice), ("did not receive the invoice", .noInvoice),
        ("never got the invoice", .noInvoice), ("never received the invoice", .noInvoice), ("no invoice", .noInvoice),
        ("lost the invoice", .noInvoice), ("haven't received the invoice", .noInvoice),
        ("haven't got the invoice", .noInvoice), ("didn't get invoice", .noInvoice), ("didnt get the invoice", .noInvoice),
        ("missing invoice", .noInvoice), ("invoice not received", .noInvoice), ("never got invoice", .noInvoice),
        ("didnt get invoice", .noInvoice), ("havent received the invoice", .noInvoice), ("no bill", .noInvoice),
        ("boss is away", .bossAway), ("boss away", .bossAway), ("boss is out", .bossAway), ("boss out", .bossAway),
        ("boss is travelling", .bossAway), ("boss is traveling", .bossAway), ("boss on a trip", .bossAway),
        ("boss is on a trip", .bossAway), ("boss on holiday", .bossAway), ("boss is on holiday", .bossAway),
        ("boss on vacation", .bossAway), ("boss is on vacation", .bossAway), ("boss not in", .bossAway),
        ("boss isn't in", .bossAway), ("boss is not in", .bossAway), ("boss out of town", .bossAway),
        ("boss is out of town", .bossAway), ("boss not around", .bossAway), ("boss is abroad", .bossAway),
        ("manager is away", .bossAway), ("owner is away", .bossAway), ("nobody to sign", .bossAway),
        ("no one to sign", .bossAway), ("waiting for the boss", .bossAway), ("boss's away", .bossAway),
        ("nobody can sign", .bossAway), ("boss isnt in", .bossAway),
        ("quality problem", .quality), ("quality problems", .quality), ("quality issue", .quality),
        ("quality issues", .quality), ("defective", .quality), ("faulty", .quality), ("poor quality", .quality),
        ("bad quality", .quality), ("problem with the goods", .quality), ("problem with the product", .quality),
        ("goods are damaged", .quality), ("damaged goods", .quality), ("quality complaint", .quality),
        ("always pay late", .alwaysLate), ("always late", .alwaysLate), ("always pays late", .alwaysLate),
        ("always paid late", .alwaysLate), ("usually pay late", .alwaysLate), ("usually pays late", .alwaysLate),
        ("pay late", .alwaysLate), ("always slow", .alwaysLate), ("everyone pays late", .alwaysLate),
        ("pay next month", .nextMonth), ("paying next month", .nextMonth), ("pay it next month", .nextMonth),
        ("payment next month", .nextMonth), ("wait till next month", .nextMonth), ("wait until next month", .nextMonth),
        ("wait for next month", .nextMonth), ("until next month", .nextMonth), ("till next month", .nextMonth),
        ("more time", .nextMonth), ("asks for more time", .nextMonth), ("asked for more time", .nextMonth),
        ("give us more time", .nextMonth), ("give them more time", .nextMonth), ("extension", .nextMonth),
        ("pay later", .nextMonth),
        ("angry", .angry), ("very angry", .angry), ("furious", .angry), ("upset", .angry), ("mad", .angry),
        ("shouted", .angry), ("yelled", .angry), ("hung up on me", .angry), ("shouting", .angry), ("yelling", .angry),
        ("rude", .angry),
    ])

    static let excusesZH = PhraseTable<Excuse>([
        ("没钱", .noMoney), ("没有钱", .noMoney), ("资金紧张", .noMoney), ("资金困难", .noMoney), ("资金周转", .noMoney),
        ("周转不开", .noMoney), ("周转困难", .noMoney), ("手头紧", .noMoney), ("缺钱", .noMoney), ("钱紧", .noMoney),
        ("资金不足", .noMoney), ("账上没钱", .noMoney), ("资金链", .noMoney), ("没资金", .noMoney), ("手头紧张", .noMoney),
        ("周转不过来", .noMoney), ("拿不出钱", .noMoney),
        ("没收到发票", .noInvoice), ("没有收到发票", .noInvoice), ("未收到发票", .noInvoice), ("发票没收到", .noInvoice),
        ("发票丢了", .noInvoice), ("没拿到发票", .noInvoice), ("没有发票", .noInvoice), ("发票还没到", .noInvoice),
        ("没见到发票", .noInvoice), ("还没收到发票", .noInvoice), ("没发票", .noInvoice), ("发票找不到", .noInvoice),
        ("老板不在", .bossAway), ("老板出差", .bossAway), ("老板没在", .bossAway), ("老总不在", .bossAway),
        ("老总出差", .bossAway), ("领导不在", .bossAway), ("领导出差", .bossAway), ("负责人不在", .bossAway),
        ("没人签字", .bossAway), ("老板在国外", .bossAway), ("等老板回来", .bossAway), ("老板休假", .bossAway),
        ("老板度假", .bossAway), ("老板外出", .bossAway), ("出差", .bossAway), ("老板没空", .bossAway),
        ("签字的人不在", .bossAway), ("老板还没回来", .bossAway),
        ("质量有问题", .quality), ("质量问题", .quality), ("质量不好", .quality), ("质量差", .quality),
        ("有质量问题", .quality), ("货有问题", .quality), ("产品有问题", .quality), ("次品", .quality),
        ("东西坏了", .quality), ("货坏了", .quality),
        ("一直都是晚付", .alwaysLate), ("一直晚付", .alwaysLate), ("一直都晚付", .alwaysLate), ("总是晚付", .alwaysLate),
        ("向来晚付", .alwaysLate), ("习惯晚付", .alwaysLate), ("都是晚付", .alwaysLate), ("一直拖", .alwaysLate),
        ("总是拖", .alwaysLate), ("一向晚付", .alwaysLate), ("一直都是拖", .alwaysLate), ("大家都晚付", .alwaysLate),
        ("一向都是晚付", .alwaysLate), ("都是拖着付", .alwaysLate), ("老是晚付", .alwaysLate), ("老是拖", .alwaysLate),
        ("总拖", .alwaysLate), ("经常拖", .alwaysLate), ("经常晚付", .alwaysLate), ("每次都晚付", .alwaysLate),
        ("每次都拖", .alwaysLate), ("一直都是月底才付", .alwaysLate), ("都是月底才付", .alwaysLate),
        ("一直月底才付", .alwaysLate), ("一向月底才付", .alwaysLate), ("向来月底才付", .alwaysLate),
        ("下个月再付", .nextMonth), ("下个月付", .nextMonth), ("下月再付", .nextMonth), ("下月付", .nextMonth),
        ("下个月再说", .nextMonth), ("下个月再给", .nextMonth), ("下月再说", .nextMonth), ("下个月给", .nextMonth),
        ("宽限", .nextMonth), ("再等等", .nextMonth), ("缓一缓", .nextMonth), ("晚点付", .nextMonth), ("缓几天", .nextMonth),
        ("延期付", .nextMonth),
        ("很生气", .angry), ("生气", .angry), ("发火", .angry), ("发脾气", .angry), ("骂人", .angry), ("火大", .angry),
        ("不高兴", .angry), ("态度很差", .angry), ("恼火", .angry),
    ])

    /// Short names of the excuses, read only after the word excuse (`script excuse next month`,
    /// 借口话术 下个月): alone in a line they mean other things.
    static let excuseNames = PhraseTable<Excuse>([
        ("money", .noMoney), ("no_money", .noMoney), ("invoice", .noInvoice), ("no_invoice", .noInvoice),
        ("boss", .bossAway), ("boss_away", .bossAway), ("quality", .quality), ("late", .alwaysLate),
        ("always_late", .alwaysLate), ("next month", .nextMonth), ("next_month", .nextMonth), ("later", .nextMonth),
        ("angry", .angry), ("anger", .angry),
        ("钱", .noMoney), ("发票", .noInvoice), ("老板", .bossAway), ("质量", .quality), ("晚付", .alwaysLate),
        ("下个月", .nextMonth), ("下月", .nextMonth), ("发火", .angry),
    ])

    /// Whether `text` is one excuse phrase and nothing else (`"no money"` quoted in a script line).
    static func isExcuse(_ text: String) -> Bool {
        isWhole(text, [excusesEN, excusesZH])
    }

    /// Whether `text` is wholly one phrase of one of `tables`.
    static func isWhole<V>(_ text: String, _ tables: [PhraseTable<V>]) -> Bool {
        let a = Analysis(Normalizer.normalize(text))
        guard a.count > 0 else { return false }
        return tables.contains { $0.match(a.tokens, at: 0)?.length == a.count }
    }

    static func outcomes(_ lang: Lang) -> PhraseTable<ContactOutcome> { lang == .zh ? outcomesZH : outcomesEN }
    static func excuses(_ lang: Lang) -> PhraseTable<Excuse> { lang == .zh ? excusesZH : excusesEN }

    /// Phrases that say a contact happened and how it went, without money: the cues of a
    /// contact line that names no contact verb ("Acme didn't pick up", 恒通贸易说没钱).
    static let lineCuesEN: [String] = [
        "no answer", "no reply", "didn't answer", "did not answer", "didn't pick up", "did not pick up", "didnt pick up",
        "not picking up", "not answering", "nobody answered", "no one answered", "nobody picked up", "no one picked up",
        "couldn't reach", "could not reach", "couldn't get through", "unreachable", "voicemail", "went to voicemail",
        "left a message", "left a voicemail", "phone off", "phone's off", "phone is off", "phone was off",
        "switched off", "line busy", "line was busy", "line is busy", "busy signal",
        "no money", "has no money", "have no money", "no cash", "out of money", "short of cash", "short on cash",
        "cash flow", "money is tight", "cash is tight", "tight on cash", "didn't get the invoice", "didn't receive the invoice",
        "did not get the invoice", "did not receive the invoice", "never got the invoice", "never received the invoice",
        "lost the invoice", "haven't received the invoice", "haven't got the invoice", "missing invoice",
        "boss is away", "boss away", "boss is out", "boss is travelling", "boss is traveling", "boss is on holiday",
        "boss on holiday", "boss is on vacation", "boss not in", "boss isn't in", "boss is not in", "boss is out of town",
        "boss is abroad", "boss's away", "quality problem", "quality problems", "quality issue", "quality issues",
        "always pay late", "always pays late", "always late", "wait till next month", "wait until next month",
        "defective", "faulty", "damaged goods", "goods are damaged", "poor quality", "bad quality", "quality complaint",
        "never got invoice", "didn't get invoice", "didnt get the invoice", "no invoice received", "cash is tight",
        "short on money", "no funds", "nobody picked up", "no one picked up", "went to voicemail", "straight to voicemail",
        "couldn't get through", "could not get through", "phone switched off", "powered off", "busy line",
    ]

    static let lineCuesZH: [String] = [
        "没人接", "无人接听", "没有人接", "没接电话", "不接电话", "打不通", "没打通", "联系不上", "未接通", "没接通",
        "关机", "手机关机", "停机", "占线", "忙线", "语音信箱", "留了言", "没钱", "没有钱", "资金紧张", "资金困难",
        "周转不开", "周转困难", "手头紧", "缺钱", "资金不足", "账上没钱", "没收到发票", "没有收到发票", "未收到发票",
        "发票没收到", "发票丢了", "没拿到发票", "还没收到发票", "老板不在", "老板出差", "老板没在", "老总不在", "老总出差",
        "领导不在", "领导出差", "负责人不在", "没人签字", "老板在国外", "老板休假", "老板外出", "出差了", "质量有问题", "一直都是晚付",
        "一直晚付", "总是晚付", "习惯晚付", "一直拖", "下个月再说", "下月再说", "很生气",
        "说下个月再付", "说下月再付", "一直都是月底才付", "都是月底才付", "一直月底才付", "一向月底才付",
    ]

    /// What may follow a contact verb at the start of a line for it to be logged as a contact
    /// even when the words could be a complaint (`called Acme, they were angry`).
    static let afterContactEN: [String] = lineCuesEN + ["angry", "very angry", "furious", "upset", "busy", "vm",
                                                        "refused", "refused to pay", "won't pay", "will not pay"]
    static let afterContactZH: [String] = lineCuesZH + ["生气", "发火", "发脾气", "不高兴", "质量问题", "质量不好",
                                                        "货有问题", "产品有问题", "拒付", "不肯付", "留言", "出差", "不在"]
}
