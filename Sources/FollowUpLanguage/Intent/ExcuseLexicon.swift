import FollowUpCore

/// What customers say to put off paying, in English and Chinese: the one table for the
/// `excuse` slot (scripts, and contact lines that report what was said).
enum ExcuseLexicon {
    static let phrases = PhraseTable<Excuse>(entries)

    /// The phrases as written, lowercased, to tell a quoted excuse from a quoted name.
    static let written: Set<String> = Set(entries.map { $0.0.lowercased() })

    /// Whether `text` is one excuse phrase and nothing else (`"no money"`).
    static func isExcuse(_ text: String) -> Bool {
        written.contains(text.lowercased().split(separator: " ").joined(separator: " "))
    }

    static let entries: [(String, Excuse)] = [
        // No money this month.
        ("no money", .noMoney), ("have no money", .noMoney), ("has no money", .noMoney), ("don't have money", .noMoney),
        ("dont have money", .noMoney), ("don't have the money", .noMoney), ("dont have the money", .noMoney),
        ("no cash", .noMoney), ("out of cash", .noMoney), ("short of cash", .noMoney), ("short on cash", .noMoney),
        ("cash is tight", .noMoney), ("tight on cash", .noMoney), ("money is tight", .noMoney), ("cash flow", .noMoney),
        ("cashflow", .noMoney), ("can't afford", .noMoney), ("cant afford", .noMoney),
        ("no funds", .noMoney), ("no money this month", .noMoney), ("nomoney", .noMoney), ("no_money", .noMoney),
        ("没钱", .noMoney), ("没有钱", .noMoney), ("资金紧张", .noMoney), ("手头紧", .noMoney), ("周转不过来", .noMoney),
        ("资金周转", .noMoney), ("钱紧", .noMoney), ("账上没钱", .noMoney), ("没资金", .noMoney), ("缺钱", .noMoney),
        ("资金困难", .noMoney), ("拿不出钱", .noMoney), ("周转困难", .noMoney),
        // Didn't get the invoice.
        ("no invoice", .noInvoice), ("didn't get the invoice", .noInvoice), ("didnt get the invoice", .noInvoice),
        ("never got the invoice", .noInvoice), ("didn't receive the invoice", .noInvoice),
        ("haven't received the invoice", .noInvoice), ("havent received the invoice", .noInvoice),
        ("lost the invoice", .noInvoice), ("no bill", .noInvoice), ("never received the invoice", .noInvoice),
        ("didn't get invoice", .noInvoice), ("didnt get invoice", .noInvoice), ("invoice missing", .noInvoice),
        ("missing invoice", .noInvoice), ("no_invoice", .noInvoice),
        ("没收到发票", .noInvoice), ("没有收到发票", .noInvoice), ("发票没收到", .noInvoice), ("没有发票", .noInvoice),
        ("没见到发票", .noInvoice), ("发票丢了", .noInvoice), ("没发票", .noInvoice), ("发票找不到", .noInvoice),
        // The boss is away.
        ("boss is away", .bossAway), ("boss away", .bossAway), ("boss is out", .bossAway), ("boss isn't in", .bossAway),
        ("boss isnt in", .bossAway), ("boss not in", .bossAway), ("boss is not in", .bossAway), ("boss is travelling", .bossAway),
        ("boss is traveling", .bossAway), ("boss is on holiday", .bossAway), ("boss is on vacation", .bossAway),
        ("manager is away", .bossAway), ("nobody to sign", .bossAway), ("no one to sign", .bossAway),
        ("nobody can sign", .bossAway), ("boss_away", .bossAway), ("boss out", .bossAway),
        ("老板不在", .bossAway), ("老板出差", .bossAway), ("老板出差了", .bossAway), ("领导不在", .bossAway),
        ("老总不在", .bossAway), ("没人签字", .bossAway), ("老板没空", .bossAway), ("老板不在家", .bossAway),
        ("负责人不在", .bossAway), ("签字的人不在", .bossAway), ("老板还没回来", .bossAway),
        // A quality problem.
        ("quality problem", .quality), ("quality problems", .quality), ("quality issue", .quality),
        ("quality issues", .quality), ("defective", .quality), ("faulty", .quality), ("not working", .quality),
        ("damaged goods", .quality), ("goods were damaged", .quality), ("bad quality", .quality), ("poor quality", .quality),
        ("quality", .quality),
        ("质量问题", .quality), ("质量有问题", .quality), ("货有问题", .quality), ("产品有问题", .quality),
        ("有质量问题", .quality), ("质量不好", .quality), ("质量差", .quality), ("东西坏了", .quality), ("货坏了", .quality),
        // We always pay late.
        ("always pay late", .alwaysLate), ("always late", .alwaysLate), ("always pays late", .alwaysLate),
        ("everyone pays late", .alwaysLate), ("pay late anyway", .alwaysLate), ("always paid late", .alwaysLate),
        ("always_late", .alwaysLate), ("that's how we pay", .alwaysLate),
        ("一向晚付", .alwaysLate), ("一直晚付", .alwaysLate), ("向来晚付", .alwaysLate), ("总是晚付", .alwaysLate),
        ("习惯晚付", .alwaysLate), ("都是拖着付", .alwaysLate), ("一直都这样", .alwaysLate), ("大家都晚付", .alwaysLate),
        ("一向都是晚付", .alwaysLate), ("一直都是晚付", .alwaysLate), ("惯例晚付", .alwaysLate),
        // We'll pay next month.
        ("pay next month", .nextMonth), ("next month", .nextMonth), ("more time", .nextMonth), ("asks for more time", .nextMonth),
        ("give us more time", .nextMonth), ("give them more time", .nextMonth), ("extension", .nextMonth),
        ("wait a bit", .nextMonth), ("pay later", .nextMonth), ("next_month", .nextMonth), ("put it off", .nextMonth),
        ("下个月付", .nextMonth), ("下月付", .nextMonth), ("下个月", .nextMonth), ("下月", .nextMonth),
        ("下个月再付", .nextMonth), ("宽限", .nextMonth), ("再等等", .nextMonth), ("缓一缓", .nextMonth),
        ("晚点付", .nextMonth), ("过段时间", .nextMonth), ("再拖", .nextMonth), ("延期付", .nextMonth), ("缓几天", .nextMonth),
        // An angry customer.
        ("angry", .angry), ("furious", .angry), ("upset", .angry), ("mad", .angry), ("shouting", .angry),
        ("yelling", .angry), ("yelled", .angry), ("shouted", .angry), ("rude", .angry), ("angry customer", .angry),
        ("生气", .angry), ("发火", .angry), ("骂人", .angry), ("很凶", .angry), ("不高兴", .angry), ("火大", .angry),
        ("发脾气", .angry), ("骂", .angry), ("吵", .angry), ("态度很差", .angry), ("恼火", .angry), ("动怒", .angry),
    ]
}
