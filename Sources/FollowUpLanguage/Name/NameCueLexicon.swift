/// The words that announce a name, and the words that end one, in English and Chinese.
enum NameCueLexicon {
    /// Adding a customer: the name follows.
    static let addCustomer = PhraseTable<Bool>([
        "add customer", "add client", "add a customer", "add a client", "new customer", "new client",
        "create customer", "create a customer", "create client", "create a client", "register customer",
        "add new customer", "add a new customer", "add new client", "add a new client", "new account",
        "add account", "onboard",
        "新增客户", "添加客户", "新客户", "加客户", "增加客户", "录入客户", "新建客户", "加个客户", "添加一个客户",
        "新增一个客户", "建个客户", "登记客户", "新加客户", "加一个客户",
    ])

    /// Between the cue and the name: `add customer called X`, `新增客户：X`.
    static let beforeName = PhraseTable<Bool>([":", "-", "called", "named", "name", "叫", "叫做", "名为", "名叫", "是"])

    /// Customer fields that end a name typed after a cue.
    static let fieldCues = PhraseTable<Bool>([
        "terms", "payment terms", "net", "contact", "contact person", "phone", "tel", "mobile", "cell", "email",
        "e-mail", "credit limit", "limit", "address", "birthday", "wechat", "tier", "currency",
        "电话", "手机", "联系人", "账期", "信用额度", "额度", "邮箱", "地址", "生日", "微信", "月结", "等级", "币种",
    ])

    /// Symbols that can stand inside a name: `7-Eleven`, `Smith & Sons`, `三星电子(中国)`, `Co.`.
    static let insideName: Set<String> = ["-", "&", "(", ")", "[", "]", ".", "'", "+", "/", "@", "#", "!"]

    /// Words that join a name to the field after it and are not part of the name.
    static let trailing: Set<String> = ["with", "and", "who", "has", "having", "whose", "-", "/", "的", "，"]

    /// Words before a final dot that keep it (`Co.`, `Ltd.`).
    static let abbreviations: Set<String> = ["co", "inc", "ltd", "corp", "bros", "st", "jr", "sr", "llc", "plc", "mfg"]

    /// A rename, and the word before the new name.
    static let rename = PhraseTable<Bool>(["rename", "renamed", "is now called", "now called", "change the name of",
                                           "change name of", "name to", "改名为", "改名成", "改名叫", "更名为", "改名",
                                           "更名", "名字改为", "名字改成"])
    static let renameTo = PhraseTable<Bool>(["to", "as", "为", "成", "叫", "called", "now called", "is now called",
                                             "改名为", "改名成", "改名叫", "更名为", "名字改为", "名字改成"])

    /// Contact cues; the English one needs a sign that a person follows.
    static let contactZH = PhraseTable<Bool>(["联系人", "联系人是", "联系人为", "对接人", "对接人是"])
    static let contactEN = PhraseTable<Bool>(["contact", "contact person", "attn"])
    static let contactIs = PhraseTable<Bool>([":", "is", "person", "name", "=", "now"])
}
