import FollowUpCore
import FollowUpLanguage

/// What `help` says, the words Tab completes, and suggestions for lines not understood.
enum Help {
    /// Command words offered by Tab at the start of a line.
    static let commandWords = [
        "add", "agenda", "aging", "collection", "complaint", "complaints", "customers", "done", "explain", "help", "history", "import", "invoice",
        "log", "open", "plan", "plans", "plays", "quit", "receivables", "remind", "reminders", "script", "set", "show", "skip", "snooze", "statement",
        "undo", "why",
    ]

    struct Topic {
        let key: String
        let aliases: [String]
        let en: [String]
        let zh: [String]
    }

    static let topics: [Topic] = [
        Topic(key: "customers", aliases: ["customer", "client", "clients", "客户"],
              en: ["Customers",
                   "  add customer Acme Trading, terms 30 days, phone 13912345678",
                   "  Acme credit limit 80k · Acme terms 45 days · Acme contact Li Wei",
                   "  open Acme          the customer's file: contacts, buying, paying, notes, timeline",
                   "  Li Wei is Acme's economic buyer · Li Wei's birthday is May 3 · Acme prefers WeChat",
                   "  note for Acme: closed on Sundays · Acme is price sensitive · make Acme a key account",
                   "  key accounts       who makes 80% of revenue, their score, who costs more than they bring",
                   "  greetings          birthdays, anniversaries and holidays of the next 30 days · greet 5 days ahead",
                   "  Acme was founded on 1998-06-01 (or on March 5) · no holiday greetings for Acme",
                   "  sent the mid-autumn greeting to Acme · greeted Li Wei for her birthday   ticks the greeting off",
                   "  customers          everyone, with what they owe"],
              zh: ["客户",
                   "  新增客户东方酒店,电话13912345678,账期30天",
                   "  东方酒店信用额度8万 · 东方酒店账期45天",
                   "  查看东方酒店        客户档案:联系人、采购、付款、备注、往来记录",
                   "  王经理是东方酒店的技术负责人 · 张总生日3月5日 · 东方酒店喜欢用微信联系",
                   "  东方酒店备注:周日不营业 · 东方酒店对价格很敏感 · 把东方酒店设为大客户",
                   "  大客户              八成收入来自谁、评分、投入大于回报的客户",
                   "  最近的节日问候      未来30天的生日、纪念日和节日 · 提前5天提醒问候",
                   "  东方酒店成立于2001年3月8日(或:成立日是3月5日) · 东方酒店不发节日问候",
                   "  给东方酒店发了中秋祝福 · 给王经理发了生日祝福   记为已问候",
                   "  客户列表            所有客户及欠款"]),
        Topic(key: "money", aliases: ["invoices", "invoice", "payments", "payment", "promises", "promise", "收款", "回款", "应收"],
              en: ["Money owed and received",
                   "  Acme owes 12,500 due Dec 10          an invoice (or: invoice Acme 3,250 due in 15 days)",
                   "  Acme paid 5k                         a payment, applied to the oldest invoices first",
                   "  Acme wired us 10k for INV-2031       a payment for one invoice",
                   "  Acme promised to pay 6k next Friday  a promise; broken if unpaid after that day",
                   "  statement Acme                       invoices, payments, running balance",
                   "  aging                                who owes what, by days overdue (aging as of Dec 1)"],
              zh: ["应收与回款",
                   "  美华商贸应收两万五,下月15号到期     记一笔应收",
                   "  美华商贸付款8000元                   记回款,先冲最早到期的发票",
                   "  东方酒店答应下周一付3000             记付款承诺,到期未付即为未兑现",
                   "  东方酒店还欠多少                     对账单",
                   "  应收账款                             账龄分析"]),
        Topic(key: "reminders", aliases: ["reminder", "agenda", "remind", "提醒", "日程"],
              en: ["Reminders and agenda",
                   "  remind me to collect from Acme on the 10th",
                   "  remind me to call Sunrise Hotel tomorrow at 3pm",
                   "  every month on the 1st remind me to collect from Kite Logistics",
                   "  reminders · done 2 · snooze 5 until Friday · snooze 2 1 hour",
                   "  delete reminder 4 · remove the reminder to call Acme",
                   "  skip 5 · skip the tip for Acme · done call Acme · finished the Acme visit",
                   "  agenda · who to chase today · agenda tomorrow · agenda this week",
                   "  called Acme, no answer   logged, with a call to try again the next working day"],
              zh: ["提醒与日程",
                   "  提醒我20号去美华商贸收款",
                   "  下周三提醒我回访东方酒店",
                   "  每月1号提醒我找东方酒店对账",
                   "  提醒列表 · 完成2 · 推迟5到周五 · 推迟2 1小时",
                   "  删除提醒4 · 不用提醒我给华强打电话了",
                   "  跳过5 · 这次跳过提醒5 · 完成给东方酒店打电话 · 给东方酒店的回访做完了",
                   "  日程 · 今天要催谁 · 明天有什么安排 · 本周安排",
                   "  给东方酒店打电话，没人接   记录联系，下一个工作日再打"]),
        Topic(key: "complaints", aliases: ["complaint", "投诉", "客诉"],
              en: ["Complaints, step by step",
                   "  log complaint from Acme: the AC unit leaks    open one (name INV-0003: that amount is not chased meanwhile)",
                   "  complaint 3: it was a product defect          the cause · handed #3 to service, they will visit Friday",
                   "  complaint 3 solution: replace the seal        then: told them the solution for #3 · complaint 3 resolved",
                   "  credit note 500 for #3 · refund 300 for #3    takes it off what they owe (undo takes both back)",
                   "  brought in my manager for #3                  a cooling move · complaint 3 reply by Friday",
                   "  complaint 3: they are happy with the fix     the check-back; not happy reopens it",
                   "  complaints · complaint 3 · complaints report  open ones oldest first; the whole record; the statistics",
                   "  script complaint 3                            what to say at its step"],
              zh: ["客户投诉，逐步处理",
                   "  记录投诉：东方酒店王经理说空调漏水  登记投诉（写明发票号，该笔暂停催收）",
                   "  3号投诉原因是产品质量问题           记原因 · 3号投诉转给售后部，周五上门",
                   "  3号方案：换密封圈                   然后：3号投诉已告知客户方案 · 3号投诉已解决",
                   "  3号投诉折让500 · 3号投诉退款300     冲减欠款（撤销时一并撤回）",
                   "  3号投诉请经理出面了                 记降温方法 · 3号投诉答应周五前答复",
                   "  3号投诉客户对处理结果满意           记回访结果；不满意则重新打开",
                   "  未处理的投诉 · 3号投诉 · 投诉统计   未处理的投诉；完整记录；统计",
                   "  3号投诉话术                         当前步骤该怎么说"]),
        Topic(key: "scripts", aliases: ["script", "plays", "play", "playbook", "话术", "催款话术"],
              en: ["Call scripts from the playbook",
                   "  script collect Acme                          a collection call fitted to what Acme owes",
                   "  Acme says they have no money, what do I say  the answer to an excuse",
                   "  script thanks Acme · script collect (the ladder) · script excuse no money",
                   "  plays · plays check my.yaml                  the plays and their sources; check your own file"],
              zh: ["话术",
                   "  催款话术 东方酒店                按东方酒店目前的欠款情况给出催款话术",
                   "  张总说没钱怎么办                 怎么回应客户的说法",
                   "  东方酒店感谢话术 · 催款话术（催收阶梯） · 客户说没钱怎么回",
                   "  话术列表 · 检查话术文件 my.yaml  所有话术及出处；检查自己写的话术文件"]),
        Topic(key: "plans", aliases: ["follow-up", "followup", "跟进", "跟进计划"],
              en: ["Follow-up plans",
                   "  start the after-sale plan for Acme   touches on the agenda, each with a draft (also: first contact, during the job, quote)",
                   "  plans · plan Acme                    the plans running; one plan with its touches",
                   "  stop the plan for Acme               cancels the touches still to do",
                   "  set my company … · my address is …   sign the plans' messages"],
              zh: ["跟进计划",
                   "  给东方酒店安排售后跟进         联系排进日程，每项都备好草稿（还有：初次联系、施工期间、报价）",
                   "  跟进计划 · 东方酒店的跟进计划  正在执行的计划；某个计划的每项联系",
                   "  停止东方酒店的跟进计划         取消还没做的联系",
                   "  我的公司是 … · 公司地址是 …    计划消息的署名"]),
        Topic(key: "reports", aliases: ["report", "csv", "import", "detail", "plan", "rate", "报表", "导入", "明细", "回款率"],
              en: ["Reports, CSV and import",
                   "  receivables detail            every open invoice: days late, last contact, promise, step, next action",
                   "  collection plan               whom to call or visit on each of the next five working days",
                   "  collection rate               collected ÷ due this month, and DSO (collection rate for october)",
                   "  aging --csv                   any report as CSV; aging --csv aging.csv writes it to a file",
                   "  import invoices invoices.csv  open invoices from an accounting export (shows them, then asks)"],
              zh: ["报表、CSV与导入",
                   "  应收明细                每张未收发票：逾期天数、最近联系、承诺、催收阶段、下一步",
                   "  本周收款计划            未来五个工作日每天该联系谁",
                   "  本月回款率              回款率和应收周转天数（10月回款率）",
                   "  账龄 --csv              任何报表都可以导出CSV；账龄 --csv 账龄.csv 写入文件",
                   "  导入发票 发票.csv       从财务导出的CSV导入未收发票（先列出，再确认）"]),
        Topic(key: "email", aliases: ["mail", "emails", "draft", "drafts", "calendar", "ics", "eml", "邮件", "草稿", "日历"],
              en: ["Email drafts and the calendar",
                   "  Li Wei agreed to receive emails       ask first: drafts only go to people who said yes",
                   "  Li Wei's email is li@acme.com         the person's address (Acme email … is the company's)",
                   "  draft email to Acme thanks            an .eml draft to open in your mail program (also: reminder, new year greeting)",
                   "  set my name Sam Lee · set my email …  signs the drafts and fills their From line",
                   "  export calendar (to my.ics)           reminders, promises and due invoices as an .ics file"],
              zh: ["邮件草稿与日历",
                   "  王经理同意接收邮件              先征得同意：只给同意的人写草稿",
                   "  王经理的邮箱是 wang@df.com      联系人的邮箱（东方酒店邮箱 … 是公司的）",
                   "  给东方酒店写感谢邮件            写一封 .eml 草稿，用邮件程序打开发送（还有：催款邮件、春节问候邮件）",
                   "  我的名字是 李明 · 我的邮箱是 …  草稿的署名和发件人",
                   "  导出日历（到 日程.ics）         提醒、承诺和到期发票导出为 .ics 日历文件"]),
        Topic(key: "book", aliases: ["undo", "history", "settings", "set", "撤销", "记录", "设置"],
              en: ["Your book",
                   "  undo                 takes back the last change (again for the one before)",
                   "  history Acme         every change that touched Acme",
                   "  why                  how the previous line was understood",
                   "  set currency USD     the currency for amounts typed without one",
                   "  set dates day-month  read 12/10 as 12 October",
                   "  set ladder.firm 45   the collection ladder in days (courtesy, early, firm, hold, escalate)",
                   "  set retry.days 2     working days before a call that didn't get through is tried again",
                   "  quit                 leave (Ctrl-D works too)"],
              zh: ["账本",
                   "  撤销                 撤销上一次修改,可连续撤销",
                   "  东方酒店的记录       与该客户有关的所有修改",
                   "  为什么               上一句是怎么理解的",
                   "  设置币种 USD         不写币种时使用的币种",
                   "  设置日期格式 日/月   12/10 按 10月12日 理解",
                   "  正式催款设为45天     催款阶梯的天数（提醒、初期、正式、暂停供货、升级）",
                   "  重拨天数设为2天      电话没打通，几个工作日后再打",
                   "  退出                 离开(也可以按 Ctrl-D)"]),
    ]

    /// The help text for a topic, or the overview.
    static func text(topic: String?, lang: Lang) -> [String] {
        if let topic = topic?.lowercased(),
           let t = topics.first(where: { $0.key == topic || $0.aliases.contains(topic) || topic.hasPrefix($0.key) }) {
            return lang == .zh ? t.zh : t.en
        }
        var out: [String] = [lang == .zh ? "用中文或英文直接说,例如:" : "Type what happened or what you need, in English or Chinese. For example:"]
        for t in topics {
            out.append("")
            out += lang == .zh ? t.zh : t.en
        }
        out.append("")
        out.append(lang == .zh ? "帮助 主题:帮助 客户 / 帮助 应收 / 帮助 提醒 / 帮助 投诉 / 帮助 话术 / 帮助 跟进 / 帮助 报表 / 帮助 账本"
                              : "More on one area: help customers · help money · help reminders · help complaints · help scripts · help plans · help reports · help book")
        return out
    }

    /// Commands close to a line that was not understood: by its first word, with typos forgiven.
    static func suggestions(for line: String) -> [String] {
        guard let first = line.lowercased().split(separator: " ").first.map(String.init), first.count >= 3, first.unicodeScalars.allSatisfy(\.isASCII) else {
            return []
        }
        let examples: [String: String] = [
            "agenda": "agenda", "aging": "aging", "customers": "customers", "remind": "remind me to call Acme tomorrow",
            "reminders": "reminders", "statement": "statement Acme", "history": "history Acme", "undo": "undo",
            "help": "help", "open": "open Acme", "show": "show Acme", "add": "add customer Acme", "done": "done 2",
            "skip": "skip 2", "snooze": "snooze 2 until Friday", "invoice": "invoice Acme 5000 due Dec 10", "set": "set currency USD",
            "script": "script collect Acme", "plays": "plays", "complaints": "complaints",
            "complaint": "log complaint from Acme: the AC unit leaks",
            "import": "import invoices invoices.csv", "collection": "collection plan", "receivables": "receivables detail",
        ]
        var scored: [(Int, String)] = []
        for (word, example) in examples {
            let limit = max(1, word.count / 3)
            let d = EditDistance.between(first, word, limit: limit)
            if d <= limit { scored.append((d, example)) }
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(3).map(\.1)
    }
}
