/// Words and symbols around amounts, English and Chinese: currencies, multipliers, blockers.
enum AmountLexicon {
    /// Currency markers written before the number.
    static let prefixCurrency = PhraseTable<String>([
        ("$", "USD"), ("us$", "USD"), ("usd", "USD"), ("¥", "CNY"), ("rmb", "CNY"), ("cny", "CNY"),
        ("€", "EUR"), ("eur", "EUR"), ("£", "GBP"), ("gbp", "GBP"), ("hk$", "HKD"), ("hkd", "HKD"),
        ("jpy", "JPY"), ("人民币", "CNY"), ("美元", "USD"), ("美金", "USD"), ("港币", "HKD"),
    ])

    /// Currency markers written after the number.
    static let suffixCurrency = PhraseTable<String>([
        ("元", "CNY"), ("块", "CNY"), ("块钱", "CNY"), ("元钱", "CNY"), ("圆", "CNY"), ("元人民币", "CNY"),
        ("人民币", "CNY"), ("rmb", "CNY"), ("yuan", "CNY"), ("kuai", "CNY"), ("cny", "CNY"),
        ("美元", "USD"), ("美金", "USD"), ("dollars", "USD"), ("dollar", "USD"), ("bucks", "USD"),
        ("usd", "USD"), ("欧元", "EUR"), ("euros", "EUR"), ("euro", "EUR"), ("eur", "EUR"),
        ("英镑", "GBP"), ("pounds", "GBP"), ("gbp", "GBP"), ("港币", "HKD"), ("港元", "HKD"),
        ("hkd", "HKD"), ("日元", "JPY"), ("yen", "JPY"), ("jpy", "JPY"),
    ])

    /// Multipliers after a number (`5k`, `5 grand`, `1.2万`).
    static let multipliers = PhraseTable<Int64>([
        ("k", 1_000), ("grand", 1_000), ("thousand", 1_000), ("m", 1_000_000), ("mn", 1_000_000),
        ("million", 1_000_000), ("w", 10_000), ("万", 10_000), ("千", 1_000), ("百", 100),
        ("亿", 100_000_000), ("hundred", 100), ("bn", 1_000_000_000), ("billion", 1_000_000_000),
    ])

    /// Words after a bare number that make it a count, a date, or a time rather than money.
    static let blockers = PhraseTable<Bool>([
        "day", "days", "week", "weeks", "wk", "wks", "month", "months", "year", "years", "yr", "yrs",
        "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "st", "nd", "rd", "th", "%",
        "percent", "am", "pm", "o'clock", "pcs", "pieces", "units", "items", "chairs", "boxes",
        "天", "日", "号", "周", "星期", "礼拜", "个", "月", "年", "点", "分", "%", "条", "次", "人",
        "件", "台", "箱", "小时", "岁", "楼", "层", "期", "位", "张", "份", "套", "趟",
    ])

    /// Words just before a number that make it an id or a count.
    static let idContext = PhraseTable<Bool>([
        "#", "no", "no.", "number", "id", "done", "finished", "finish", "complete", "completed", "mark",
        "snooze", "postpone", "defer", "delay", "reminder", "complaint", "task", "item", "ticket",
        "terms", "net", "第", "完成", "推迟", "延后", "推后", "顺延", "提醒", "投诉", "编号", "账期",
        "skip", "跳过",
    ])
}
