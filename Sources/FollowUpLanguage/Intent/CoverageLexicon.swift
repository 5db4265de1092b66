/// Words a money line may hold besides its slots, and words that change what it means.
///
/// A line that records money must be explained word by word: whatever is left once the cue,
/// the customer, the amount, the dates and the ids are taken has to be one of these harmless
/// words, or the line is not recorded as read (see `Coverage`).
enum CoverageLexicon {
    /// Words that take money back: the line is not a payment or an invoice as read.
    static let reversal = PhraseTable<Bool>([
        "bounced", "bounce", "bounces", "returned", "return", "returns", "refund", "refunded", "refunds",
        "reversed", "reverse", "reversal", "chargeback", "charged back", "cancelled", "canceled", "cancel", "void",
        "voided", "credit note", "credit memo", "rejected", "declined", "failed", "sent back", "took back",
        "退票", "退货", "退款", "退回", "退了", "冲红", "红冲", "作废", "取消", "撤销", "跳票", "被退", "拒付", "退",
    ])

    /// Words that say it did not happen.
    static let negation = PhraseTable<Bool>([
        "not", "didn't", "did not", "hasn't", "has not", "haven't", "have not", "never", "won't", "will not",
        "can't", "cannot", "couldn't", "isn't", "wasn't", "doesn't", "does not", "no longer", "refused", "refuses",
        "没", "没有", "未", "不会", "不肯", "不愿", "拒绝", "拒付", "不付", "不给", "不还", "还没", "尚未", "不",
    ])

    /// Words that make it uncertain.
    static let condition = PhraseTable<Bool>([
        "if", "maybe", "might", "may", "may be", "could", "perhaps", "possibly", "probably", "unless", "hopefully", "try to",
        "trying to", "hope", "hopes",
        "如果", "要是", "可能", "也许", "或许", "争取", "尽量", "看看能不能", "希望", "不一定",
    ])

    /// Cues of other money readings: a line holding one could be either, so it is asked about.
    static let competing: [Intent: PhraseTable<Bool>] = [
        .invoiceAdd: PhraseTable([
            "new invoice", "another invoice", "an invoice", "invoiced", "billed", "new order", "placed an order",
            "ordered", "another order", "new bill",
            "下单", "下了一单", "下了单", "新订单", "又下了", "开票", "开了发票", "订了",
        ]),
        .paymentRecord: PhraseTable([
            "paid", "wired", "transferred", "deposited", "remitted", "received payment", "payment received",
            "付了", "付款了", "回款了", "到账", "转账了", "打款了", "收到款", "已付",
        ]),
        .promiseRecord: PhraseTable([
            "promised", "will pay", "agreed to pay", "'ll pay", "going to pay", "答应", "承诺", "保证",
        ]),
    ]

    /// English words any money line may hold.
    static let harmlessEN: Set<String> = [
        "the", "a", "an", "of", "for", "to", "from", "by", "on", "at", "in", "into", "via", "with", "and", "as", "towards", "toward", "against",
        "us", "me", "we", "our", "my", "i", "they", "them", "their", "he", "she", "his", "her", "it", "its",
        "just", "finally", "already", "also", "today", "now", "just now", "again", "too", "ok", "okay", "yes",
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "did", "do", "does", "will", "would",
        "said", "says", "say", "told", "tells", "that", "this", "which", "so", "all", "full", "fully", "in full",
        "cash", "cheque", "check", "bank", "transfer", "wire", "card", "credit", "alipay", "wechat", "paypal",
        "venmo", "zelle", "ach", "online", "money", "amount", "sum", "total", "payment", "payments", "pay", "paying",
        "invoice", "invoices", "inv", "bill", "bills", "order", "orders", "goods", "balance", "due", "owed", "owing",
        "owes", "owe", "back", "up", "off", "out", "over", "down", "there", "here", "yesterday", "tomorrow",
        "morning", "afternoon", "evening", "night", "before", "after", "until", "till", "latest", "at the latest",
        "around", "about", "approximately", "roughly", "exactly", "only", "whole", "partial", "part", "first",
        "deposit", "installment", "instalment", "rest", "remainder", "remaining", "half", "please", "thanks",
        "thank", "you", "finally", "eventually", "promptly", "soon", "asap", "on time", "time", "week", "month",
        "end", "start", "beginning", "middle", "mid", "next", "this", "coming", "latest", "by", "dollars",
        "dollar", "yuan", "rmb", "bucks", "euros", "pounds", "k", "usd", "cny", "eur", "gbp", "hkd", "jpy",
        "customer", "client", "company", "account", "accounts", "them", "more", "another", "extra", "again", "got", "get", "gets", "sent", "send", "sends",
        "received", "receive", "collected", "came", "come", "comes", "arrived", "it", "lunch", "tax", "vat",
        "including", "incl", "excl", "net", "gross", "days", "day", "terms", "term", "payable", "within",
    ]

    /// Chinese words any money line may hold, matched longest first.
    static let harmlessZH = PhraseTable<Bool>([
        "已经", "今天", "刚才", "刚刚", "一共", "总共", "共计", "合计", "货款", "款项", "欠款", "全部", "全款", "全额",
        "部分", "首付", "定金", "订金", "预付", "余款", "尾款", "银行", "微信", "支付宝", "现金", "支票", "转账", "汇款",
        "打款", "说好", "一下", "记录", "登记", "收到", "客户", "公司", "这边", "那边", "他们", "对方", "老板",
        "准备", "答应", "承诺", "保证", "表示", "同意", "尽快", "马上", "按时", "准时", "月底", "之前", "以前", "以内",
        "之内", "发票", "账款", "结清", "付清", "人民币", "美元", "美金", "港币", "欧元", "通过", "一笔", "这笔",
        "那笔", "剩下", "剩余", "一半", "所有", "先付", "再付", "付款", "回款", "到账", "应收", "账期", "天数",
        "星期", "礼拜", "上午", "下午", "晚上", "中午", "早上", "今晚", "明天", "后天", "下周", "本周", "这周",
        "之后", "以后", "左右", "大概", "大约", "整", "元整", "万元", "千元", "块钱", "对公", "账户", "公户",
        "支票", "汇票", "承兑", "寄来", "送来", "一张",
    ], value: true)

    /// Single Chinese characters any money line may hold (particles, measure words, money words).
    static let harmlessZHChars: Set<String> = [
        "了", "的", "已", "又", "也", "都", "就", "先", "再", "给", "我", "们", "元", "块", "钱", "款", "笔", "过",
        "来", "说", "这", "那", "个", "一", "还", "到", "在", "把", "向", "从", "跟", "和", "与", "对", "为", "于",
        "里", "上", "中", "前", "后", "内", "吧", "啊", "呢", "哦", "嗯", "好", "请", "帮", "记", "他", "她", "总",
        "付", "会", "要", "将", "号", "日", "月", "年", "周", "天", "共", "账", "清", "全", "余", "额", "次", "期",
        "是", "有", "刚", "今", "收", "转", "打", "汇", "结", "之", "以", "及", "等", "去", "才", "能", "把", "被",
        "张", "份", "寄", "送",
        // Cantonese particles and pronouns: 咗 = 了, 嘅 = 的, 佢(哋) = 他(们).
        "咗", "嘅", "佢", "哋", "啦", "喇", "咁", "噉", "嘞", "吖",
    ]

    /// Words after which a money line says what it was for; the description is kept out
    /// of the check, though a word that takes money back still counts.
    static let descriptionOpeners: Set<String> = ["for", "re", "-", ":", "of", "regarding", "about", "—"]
}
