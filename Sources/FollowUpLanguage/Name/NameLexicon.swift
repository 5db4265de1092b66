/// Words that shape customer names: triggers before them, stops after them, company suffixes
/// and personal titles, in English and Chinese.
enum NameLexicon {
    /// English words after which a customer name usually follows.
    static let triggersEN = PhraseTable<Bool>([
        "from", "to", "with", "for", "at", "about", "call", "visit", "email", "invoice", "statement", "open",
        "show", "history", "customer", "client", "ask", "tell", "remind", "chase", "contact", "text", "message",
        "meet", "see", "phone", "ring", "thank", "congratulate", "collect from", "follow up with", "check on",
        "check in with", "of", "on", "wish", "greet", "survey", "bill", "by",
    ])

    /// Verbs that can open a line before the customer (`increase Acme's credit limit`).
    static let leadVerbsEN: Set<String> = ["increase", "raise", "lower", "reduce", "set", "change", "update", "make",
                                           "mark", "put", "bump", "drop", "cut", "extend", "give", "edit", "fix"]

    /// Triggers that also start ordinary phrases (`to review`, `on time`); they need more evidence.
    static let weakTriggersEN: Set<String> = ["to", "on", "of", "by", "for", "with", "about", "see", "ask", "tell"]

    /// English words skipped between a trigger and the name (`to call Acme`, `from customer Acme`).
    static let skipEN: Set<String> = [
        "the", "a", "an", "customer", "client", "collect", "collection", "call", "visit", "for", "to", "with",
        "about", "from", "of", "on", "phone", "email", "up", "follow", "chase", "contact", "ring", "text",
        "message", "remind", "ask", "tell", "see", "meet", "check", "in", "thank", "payment", "money",
        "when", "our", "my", "at", "greet", "wish", "survey", "bill", "invoice", "statement", "script", "account",
        "details", "info", "profile", "record", "file", "company", "excuse", "excuses", "objection", "objections",
        "thanks", "thank-you",
    ]

    /// English words that end a name (function words, verbs, keywords).
    static let stopEN: Set<String> = [
        "about", "on", "at", "in", "to", "for", "by", "that", "and", "or", "but", "whether", "if", "when", "is",
        "are", "was", "were", "will", "would", "should", "has", "have", "had", "paid", "pays", "pay", "owes",
        "owe", "wired", "sent", "sends", "transferred", "promised", "promises", "said", "says", "asked", "asks",
        "wants", "want", "needs", "need", "received", "got", "called", "complained", "complains", "credit",
        "terms", "phone", "email", "contact", "limit", "tier", "due", "the", "a", "an", "this", "next", "last",
        "every", "they", "he", "she", "it", "we", "i", "me", "us", "them", "their", "his", "her", "its", "no",
        "not", "please", "pls", "plz", "thanks", "thx", "again", "today", "tomorrow", "because", "since", "after", "before", "until", "with",
        "from", "of", "so", "then", "also", "too", "still", "just", "already", "agreed", "committed",
        "is going", "going", "can't", "cannot", "won't", "didn't", "doesn't", "don't", "did", "does", "do",
        "hasn't", "haven't", "isn't", "wasn't", "unhappy", "angry", "upset", "happy", "late", "yet", "via",
        "received", "regarding", "re", "reminder", "invoice", "payment", "amount", "balance", "statement",
        "history", "plan", "script", "customers", "clients", "reminders", "complaints", "who", "what", "how",
        "why", "where", "which", "could", "can", "may", "might", "must", "shall", "up", "back", "as",
        "mobile", "tel", "cell", "address", "rename", "renamed", "set", "change", "update", "new", "add",
        "name", "currency", "here", "there", "now", "our", "your", "my", "you", "u", "yourself", "everyone",
        "everybody", "someone", "somebody", "anyone", "all", "him", "myself", "guys", "team", "boss",
    ]

    /// English words that can sit inside a name (`Smith & Sons`, `Bank of China`).
    static let connectorsEN: Set<String> = ["&", "and", "of", "de", "-", "'", ".", "the", "+"]

    /// Chinese words after which a customer name usually follows.
    static let triggersZH = PhraseTable<Bool>([
        "给", "找", "去", "向", "跟", "跟进", "跟进一下", "和", "与", "拜访", "回访", "催", "催一下", "联系", "联系一下", "问", "问一下",
        "约", "见", "通知", "去找", "打给", "打电话给", "发给", "寄给", "提醒", "对", "帮", "为", "到",
        "去拜访", "去见", "约见", "看望", "感谢", "谢谢", "祝", "陪", "把", "启动", "开始", "执行", "查一下", "查查", "看一下",
    ])

    /// Chinese words skipped between a trigger and the name.
    static let skipZH = PhraseTable<Bool>(["客户", "一下", "下", "一趟", "趟", "那边", "的"])

    /// Chinese words that end a name; multi-character ones always, single characters only after
    /// two characters of name (so 和平酒店 is not cut at 和).
    static let stopZH = PhraseTable<Bool>([
        "打电话", "打个电话", "打了电话", "打过电话", "电话", "收款", "催款", "收钱", "要钱", "寄", "发", "送", "付",
        "回款", "投诉", "还", "欠", "应收", "答应", "承诺", "说", "的", "了", "聊", "谈", "见面", "确认", "问",
        "讨论", "报价", "对账", "要", "想", "和", "跟", "在", "是", "有", "把", "让", "下单", "签", "催", "拿",
        "取", "转账", "打款", "汇款", "结", "信用", "额度", "账期", "手机", "邮箱", "联系人", "资料", "记录",
        "历史", "吃饭", "道歉", "解释", "沟通", "商量", "协商", "反馈", "回复", "寄样品", "样品", "合同",
        "发票", "货款", "款", "钱", "生日", "祝福", "感谢", "谢谢", "送货", "发货", "安装", "维修", "退货",
        "换货", "调查", "满意", "不满", "抱怨", "生气", "很", "非常", "又", "也", "都", "就", "已经", "已",
        "今天", "明天", "后天", "昨天", "下周", "本周", "这周", "下个月", "月底", "上午", "下午", "晚上",
        "拜访", "回访", "看看", "看一下", "查", "查看", "去", "来", "吗", "呢", "吧", "啊", "么", "多少",
        "怎么", "什么", "一下", "叫", "签约", "开会", "会议", "介绍", "推荐", "明细", "情况", "状态",
        "转", "收到", "到账", "答复", "同意", "表示", "表扬", "评价", "约", "交", "补", "退", "开票",
        "应付", "付款", "支付", "结清", "还款", "还钱", "给", "向", "找", "对", "为", "于", "从",
        "有哪些", "哪些", "有什么", "是多少", "怎么样", "如何", "有没有", "还没", "还没有", "没有", "没收", "收回",
    ])

    /// Adverbs and pronouns before a subject (刚给王老板打了电话).
    static let leadZH = PhraseTable<Bool>(["刚", "刚刚", "刚才", "已经", "我", "我们", "我刚", "我已经", "今天", "昨天",
                                           "也", "又", "还", "查一下", "查查", "看一下", "帮我查一下",
                                           "看看", "查看", "打开", "显示", "看下", "查下", "看一看", "查一查",
                                           "帮我看下", "帮我看看", "帮我查下", "给我看看", "给我看下", "我想看", "我要看",
                                           "瞧瞧", "看一眼"])

    /// Generic words that are never a customer's name on their own.
    /// Words for "the customer" that start no name: 客户老板, 对方财务, 客户一直拖.
    static let genericOwnersZH = PhraseTable<Bool>(["客户", "对方", "客人", "客户的", "对方的", "他们", "他们的"])

    static let genericZH: Set<String> = ["客户", "客人", "对方", "他们", "她们", "这个客户", "那个客户", "老客户",
                                         "新客户", "大客户", "这家", "那家", "公司", "厂家", "我们公司", "所有客户", "全部客户",
                                         "每个客户", "各位客户", "客户们", "大家", "所有人"]

    /// Counted or vague references never start a name (给我一个催款的话术, 有个客户投诉了).
    static let quantityZH = PhraseTable<Bool>(["一个", "一位", "一家", "某个", "某位", "某家", "有个", "有位", "有家",
                                               "哪个", "哪位", "哪家", "每个", "每位", "每家"])

    /// Pronouns never start a name (提醒我…, 他说…).
    static let pronounsZH: Set<String> = ["我", "你", "他", "她", "它", "咱", "您", "俺", "这", "那", "哪", "谁"]

    /// Company suffixes: a name ends after one unless another suffix follows.
    static let companySuffixes = PhraseTable<Bool>([
        "公司", "有限公司", "有限责任公司", "股份有限公司", "集团", "商贸", "贸易", "酒店", "宾馆", "饭店",
        "科技", "工厂", "厂", "店", "商行", "超市", "商场", "医院", "诊所", "学校", "中心", "工作室", "餐厅",
        "实业", "电子", "物流", "建材", "家具", "电器", "五金", "百货", "药房", "药店", "机械", "服装",
        "食品", "装饰", "广告", "传媒", "文化", "设计", "咨询", "银行", "大厦", "事务所", "门诊", "会所",
        "俱乐部", "网络", "软件", "制造", "工贸", "商店", "小卖部", "专卖店", "分店", "总店", "旗舰店",
        "酒楼", "酒家", "茶楼", "饭庄", "面包房", "烘焙", "药业", "汽修", "车行",
    ])

    /// Personal titles: 刘总, 陈经理, 王姐. A name ends after one.
    static let titles = PhraseTable<Bool>([
        "总", "经理", "老板", "主任", "姐", "哥", "先生", "女士", "小姐", "老师", "总监", "厂长", "局长", "处长",
        "科长", "院长", "主管", "会计", "老总", "董", "董事长", "总经理", "副总", "阿姨", "叔", "师傅", "工",
        "律师", "医生", "校长", "店长", "助理", "秘书", "部长", "队长", "组长", "姐姐", "哥哥", "大姐", "大哥",
        "采购", "财务",
    ])

    /// English words that mark a person with a title (`Manager Li`, `Mr. Wang`).
    static let titlesEN: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "manager", "director", "boss", "mister"]
}
