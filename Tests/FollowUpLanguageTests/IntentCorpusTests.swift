import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Intents beyond the fixture: (intent, expected customer or nil for unchecked, lines).
final class IntentCorpusTests: XCTestCase {
    static let english: [(Intent, String?, [String])] = [
        (.reminderAdd, "Acme", ["remind me tomorrow at 3pm to call Acme", "please remind me to call Acme on Friday",
                                "can you remind me to visit Acme next week", "remind me to email Acme in 3 days",
                                "on Monday remind me to chase Acme", "don't let me forget to call Acme tomorrow",
                                "set a reminder to collect from Acme on the 15th", "remind me every Monday to call Acme",
                                "tomorrow remind me to follow up with Acme"]),
        (.reminderAdd, "acme", ["remind me to call acme tomorrow", "remind me to visit acme on friday"]),
        (.reminderAdd, nil, ["remind me to check the stock", "remind me daily at 9am to check the agenda"]),
        (.reminderAdd, "Harbor Foods", ["visit Harbor Foods on Dec 3 at 2:30pm", "call Harbor Foods tomorrow",
                                        "Could you remind me to phone Harbor Foods next Thursday at 10am?",
                                        "set up a weekly reminder to call Harbor Foods", "I need to visit Harbor Foods on Thursday",
                                        "remind me to send Harbor Foods a birthday card on Dec 5",
                                        "on the 10th remind me to call Harbor Foods about the overdue invoice",
                                        "tell Harbor Foods about the new price tomorrow", "thank Harbor Foods"]),
        (.paymentRecord, "Acme", ["Acme paid 5k", "Acme paid $1,200.50 yesterday", "received 3000 from Acme",
                                  "got 500 from Acme", "Acme transferred 2000", "Acme just paid 900",
                                  "payment of 1,500 from Acme", "Acme sent us 4k", "Acme settled 2,000 for INV-12"]),
        (.paymentRecord, "acme", ["acme paid 300", "got 3000 from acme"]),
        (.paymentRecord, "Harbor Foods", ["Harbor Foods paid invoice INV-88", "Harbor Foods paid in full",
                                          "payment received from Harbor Foods: $4,500", "Harbor Foods sent a cheque for 1,250.75",
                                          "collected 2k from Harbor Foods today", "Harbor Foods: paid 3,000",
                                          "Harbor Foods just wired 3,400", "Harbor Foods sent 2k via bank transfer this morning"]),
        (.paymentRecord, "东方酒店", ["Got ¥8,800 from 东方酒店 yesterday"]),
        (.promiseRecord, "Acme", ["Acme promised to pay 5000 on the 15th", "Acme will pay 2k next week",
                                  "Acme agreed to pay 3000 by Friday", "Acme said they'd pay 1,000 on Monday",
                                  "Acme is going to pay 800 tomorrow", "Acme will settle 5k at the end of the month"]),
        (.invoiceAdd, "Acme", ["Acme owes 12,500 due Dec 10", "invoice Acme 3,000 due in 30 days",
                               "invoice INV-7 for Acme 500 due Dec 1", "Acme owes 5k, terms 30 days",
                               "bill Acme 2,000 due next Friday", "new invoice for Acme 7,500 due on the 20th"]),
        (.customerAdd, "Acme Trading", ["add customer Acme Trading", "new client Acme Trading, terms 30 days",
                                        "add a new customer Acme Trading", "create customer Acme Trading",
                                        "new customer Acme Trading phone 13912345678"]),
        (.customerShow, "Acme", ["open Acme", "show Acme", "look up Acme", "show me Acme", "find Acme", "Acme details",
                                 "info on Acme"]),
        (.customerUpdate, "Harbor Foods", ["update Harbor Foods phone to 021-5555-1234", "change Harbor Foods terms to net 60",
                                           "Harbor Foods is now a key customer", "rename Harbor Foods to Harbor Fresh Foods",
                                           "increase Harbor Foods's credit limit to 120k", "set Harbor Foods tier to key"]),
        (.customerUpdate, "Acme", ["Acme credit limit 50k", "Acme terms 45 days", "Acme phone 13812345678",
                                   "Acme email ap@acme.com", "Acme contact Li Wei, manager", "Acme's credit limit 20k"]),
        (.customerList, nil, ["customers", "list customers", "all customers", "show customers", "clients",
                              "list all customers"]),
        (.reminderDone, nil, ["done 2", "finished 3", "mark 2 done", "complete 4", "2 done", "reminder 3 done",
                              "done #5"]),
        (.reminderSnooze, nil, ["snooze 5 until Friday", "snooze 5 for 3 days", "postpone 5 to Monday",
                                "push 2 to next week", "defer 3 until the 10th"]),
        (.reminderList, nil, ["reminders", "list reminders", "show my reminders", "my reminders", "all reminders"]),
        (.agenda, nil, ["agenda", "agenda tomorrow", "what's on this Friday", "what's due", "today", "tomorrow",
                        "what do I have today", "what's on today", "agenda this week", "my schedule for tomorrow"]),
        (.complaintLog, "Acme", ["complaint from Acme: the chairs arrived broken", "Acme complained about the delay",
                                 "Acme is unhappy with the installation", "Acme is angry about the invoice",
                                 "log a complaint for Acme: wrong colour"]),
        (.complaintUpdate, nil, ["complaint 4 cause customer misunderstanding", "complaint 2 resolved",
                                 "complaint 3 stage solution", "complaint #1 told customer: refund on Monday"]),
        (.complaintList, nil, ["complaints", "list complaints", "open complaints", "show complaints"]),
        (.contactLog, "Acme", ["called Acme, no answer", "met Liu at Acme, they want a quote", "visited Acme today",
                               "emailed Acme the quote", "texted Acme about the delivery", "spoke with Acme about payment",
                               "talked to Acme yesterday"]),
        (.script, nil, ["script collect Acme", "what do I say when Acme asks for more time",
                        "how to handle a complaint about product quality", "what should I say to an angry customer",
                        "how do I ask Acme for payment", "script thanks"]),
        (.reportAging, nil, ["aging", "who is overdue", "aging as of Dec 1", "overdue invoices", "receivables",
                             "who owes me money"]),
        (.reportStatement, "Acme", ["statement Acme", "how much does Acme owe", "statement for Acme",
                                    "what does Acme owe", "balance for Acme"]),
        (.reportPareto, nil, ["best customers", "top customers", "who are my best customers", "biggest customers",
                              "pareto"]),
        (.planStart, "Acme", ["start the after-sale plan for Acme", "start plan for Acme", "start the plan for Acme"]),
        (.settingSet, nil, ["set currency USD", "set currency to EUR", "set language zh", "change currency to CNY"]),
        (.history, "Acme", ["history Acme", "history of Acme", "history for Acme"]),
        (.undo, nil, ["undo", "undo that", "undo the last one", "scratch that"]),
        (.help, nil, ["help", "help reminders", "what can you do", "commands"]),
        (.quit, nil, ["quit", "exit", "bye", "goodbye", "Quit."]),
    ]

    static let chinese: [(Intent, String?, [String])] = [
        (.reminderAdd, "张总", ["提醒我明天给张总打电话", "明天提醒我给张总打电话", "请提醒我周五给张总打电话",
                              "记得下周一给张总打电话", "帮我设个提醒,明天给张总打电话"]),
        (.reminderAdd, "金辉集团", ["给金辉集团打电话", "明天给金辉集团打电话", "去金辉集团收款", "下午去拜访金辉集团",
                                "催一下金辉集团", "帮我记一下,后天下午两点拜访金辉集团", "麻烦提醒我下周二上午去金辉集团收货款"]),
        (.reminderAdd, "东方酒店", ["提醒我每周一去东方酒店收款", "三天后提醒我回访东方酒店", "下个月5号提醒我去东方酒店收款",
                                "每月1号提醒我找东方酒店催款", "明天下午三点提醒我去拜访东方酒店"]),
        (.paymentRecord, "东方酒店", ["东方酒店付款5000元", "东方酒店昨天回款2万", "收到东方酒店3000元", "东方酒店转账5000",
                                  "东方酒店付了两万", "东方酒店打款一万二", "东方酒店汇款3万5"]),
        (.promiseRecord, "东方酒店", ["东方酒店答应下周一付3000", "东方酒店说15号付5000", "东方酒店承诺月底付清两万",
                                  "东方酒店保证下周五还款1万"]),
        (.invoiceAdd, "东方酒店", ["东方酒店应收两万五,下月15号到期", "东方酒店新开发票2万，月底到期", "东方酒店新增应收3000", "东方酒店欠我三千五", "东方酒店欠款8000,月底到期",
                               "给东方酒店开票5000元"]),
        (.customerAdd, "东方酒店", ["新增客户东方酒店,电话13912345678", "添加客户东方酒店", "新客户东方酒店", "新建客户东方酒店"]),
        (.customerShow, "东方酒店", ["东方酒店的资料", "查看东方酒店", "打开东方酒店", "东方酒店的详情"]),
        (.customerUpdate, "东方酒店", ["东方酒店信用额度10万", "东方酒店账期45天", "东方酒店电话13900001111",
                                   "东方酒店联系人王经理"]),
        (.customerList, nil, ["客户列表", "所有客户", "客户名单", "我的客户"]),
        (.reminderDone, nil, ["完成2", "2号提醒完成了", "第3条提醒完成", "提醒2完成了", "搞定3"]),
        (.reminderSnooze, nil, ["推迟5到周五", "延后3到下周一", "5推迟到明天"]),
        (.reminderList, nil, ["提醒列表", "所有提醒", "我的提醒", "查看提醒"]),
        (.agenda, nil, ["今天有什么事", "后天有什么安排", "本周安排", "明天", "今天", "下周有什么安排", "日程"]),
        (.complaintLog, "东方酒店", ["东方酒店投诉安装师傅态度不好", "东方酒店抱怨送货太慢", "东方酒店对产品不满意"]),
        (.complaintUpdate, nil, ["投诉3原因是产品质量问题", "投诉2已解决", "投诉4原因是客户误解"]),
        (.complaintList, nil, ["投诉列表", "所有投诉", "查看投诉"]),
        (.contactLog, "美华商贸", ["给美华商贸发了短信", "拜访了美华商贸", "给美华商贸打了电话", "美华商贸打过电话了",
                               "去了美华商贸,他们想要新报价"]),
        (.script, nil, ["生日祝福怎么写", "催款话术", "客户生气了怎么安抚", "怎么跟客户催款", "客户投诉了怎么办",
                        "感谢信怎么写"]),
        (.customerUpdate, "金辉集团", ["金辉集团手机号改成13800001111", "金辉集团的额度调到20万", "把金辉集团的账期改为60天"]),
        (.reportAging, nil, ["应收账款", "账龄", "谁逾期了", "账龄分析", "谁欠我钱", "逾期的客户有哪些"]),
        (.reportStatement, "东方酒店", ["东方酒店还欠多少", "东方酒店欠多少钱", "东方酒店的对账单"]),
        (.reportPareto, nil, ["大客户", "最好的客户", "客户排名"]),
        (.planStart, "东方酒店", ["启动东方酒店的售后计划", "给东方酒店启动售后计划"]),
        (.settingSet, nil, ["设置币种 USD", "币种设为美元", "设置语言 英文"]),
        (.history, "东方酒店", ["东方酒店的记录", "东方酒店的历史记录"]),
        (.undo, nil, ["撤销", "撤回", "撤销上一步"]),
        (.help, nil, ["帮助", "怎么用", "你能做什么"]),
        (.quit, nil, ["退出", "再见", "拜拜"]),
    ]

    /// More Chinese phrasings a salesperson types (请/帮我/麻烦, time first or last, 了/过 for
    /// what is done, a few in traditional characters), each with its intent and key slots.
    /// Customers typed in traditional characters keep them in the slot, as typed.
    static let chinesePhrasings: [(String, Intent, [String: String])] = [
        ("请帮我提醒一下,下周三给金辉集团打电话", .reminderAdd, ["customer": "金辉集团", "date": "2026-11-25"]),
        ("麻烦周五上午提醒我去东方酒店对账", .reminderAdd, ["customer": "东方酒店", "date": "2026-11-20"]),
        ("帮我设一个提醒:月底前找美华商贸催款", .reminderAdd, ["customer": "美华商贸", "date": "2026-11-30"]),
        ("下周一上午十点去拜访美华商贸", .reminderAdd, ["customer": "美华商贸", "date": "2026-11-23"]),
        ("別忘了明天給東方酒店打電話", .reminderAdd, ["customer": "東方酒店", "date": "2026-11-19"]),
        ("中秋节前给金辉集团送月饼", .reminderAdd, ["customer": "金辉集团", "date": "2027-09-15"]),
        ("春节前提醒我给东方酒店寄贺卡", .reminderAdd, ["customer": "东方酒店", "date": "2027-02-06"]),
        ("后天记得跟进美华商贸的报价", .reminderAdd, ["customer": "美华商贸", "date": "2026-11-20"]),
        ("提醒我15号找东方酒店收尾款", .reminderAdd, ["customer": "东方酒店", "date": "2026-12-15"]),
        ("每周五提醒我给金辉集团发周报", .reminderAdd, ["customer": "金辉集团", "date": "2026-11-20"]),
        ("提醒我下週一給金輝集團打電話", .reminderAdd, ["customer": "金輝集團", "date": "2026-11-23"]),
        ("下周三之前催美华商贸付款", .reminderAdd, ["customer": "美华商贸", "date": "2026-11-25"]),
        ("請提醒我後天拜訪美華商貿", .reminderAdd, ["customer": "美華商貿", "date": "2026-11-20"]),
        ("东方酒店今天付了3000块", .paymentRecord, ["customer": "东方酒店", "amount": "3000", "date": "2026-11-18"]),
        ("金辉集团已经转账两万了", .paymentRecord, ["customer": "金辉集团", "amount": "20000"]),
        ("今天上午收到美华商贸汇款8000元", .paymentRecord, ["customer": "美华商贸", "amount": "8000", "date": "2026-11-18"]),
        ("美华商贸昨天打了五千过来", .paymentRecord, ["customer": "美华商贸", "amount": "5000", "date": "2026-11-17"]),
        ("东方酒店回款一万五", .paymentRecord, ["customer": "东方酒店", "amount": "15000"]),
        ("金輝集團付款三萬元", .paymentRecord, ["customer": "金輝集團", "amount": "30000"]),
        ("收到金辉集团的货款12000元", .paymentRecord, ["customer": "金辉集团", "amount": "12000"]),
        ("东方酒店付过5000了", .paymentRecord, ["customer": "东方酒店", "amount": "5000"]),
        ("金辉集团的5000块已经到账了", .paymentRecord, ["customer": "金辉集团", "amount": "5000"]),
        ("东方酒店上周已经付了一万", .paymentRecord, ["customer": "东方酒店", "amount": "10000", "date": "2026-11-09"]),
        ("金辉集团答应月底前付清", .promiseRecord, ["customer": "金辉集团", "date": "2026-11-30"]),
        ("美华商贸承诺下周三付一万", .promiseRecord, ["customer": "美华商贸", "amount": "10000", "date": "2026-11-25"]),
        ("东方酒店说好了15号打款", .promiseRecord, ["customer": "东方酒店", "date": "2026-12-15"]),
        ("金辉集团老板说下周五还5000", .promiseRecord, ["customer": "金辉集团", "amount": "5000", "date": "2026-11-27"]),
        ("美华商贸保证月底前结清货款", .promiseRecord, ["customer": "美华商贸", "date": "2026-11-30"]),
        ("東方酒店答應月底付清", .promiseRecord, ["customer": "東方酒店", "date": "2026-11-30"]),
        ("东方酒店说下个月10号付两万", .promiseRecord, ["customer": "东方酒店", "amount": "20000", "date": "2026-12-10"]),
        ("美华商贸下周五会付8000", .promiseRecord, ["customer": "美华商贸", "amount": "8000", "date": "2026-11-27"]),
        ("金辉集团欠款三万,下个月底到期", .invoiceAdd, ["customer": "金辉集团", "amount": "30000", "date": "2026-12-31"]),
        ("给美华商贸开了一张8000元的发票", .invoiceAdd, ["customer": "美华商贸", "amount": "8000"]),
        ("美华商贸应收12000元,30天后到期", .invoiceAdd, ["customer": "美华商贸", "amount": "12000", "date": "2026-12-18"]),
        ("东方酒店订了两万的货", .invoiceAdd, ["customer": "东方酒店", "amount": "20000"]),
        ("給東方酒店開票8000元", .invoiceAdd, ["customer": "東方酒店", "amount": "8000"]),
        ("帮我新增一个客户金辉集团", .customerAdd, ["customer": "金辉集团"]),
        ("添加客户美华商贸,联系人李经理", .customerAdd, ["customer": "美华商贸"]),
        ("请新建客户金辉集团,账期30天", .customerAdd, ["customer": "金辉集团"]),
        ("新增客户蓝天科技,电话13812345678", .customerAdd, ["customer": "蓝天科技"]),
        ("麻烦登记一下新客户美华商贸", .customerAdd, ["customer": "美华商贸"]),
        ("查一下金辉集团", .customerShow, ["customer": "金辉集团"]),
        ("帮我看看美华商贸的资料", .customerShow, ["customer": "美华商贸"]),
        ("打开金辉集团的客户信息", .customerShow, ["customer": "金辉集团"]),
        ("显示东方酒店的详情", .customerShow, ["customer": "东方酒店"]),
        ("把东方酒店的电话改成13912345678", .customerUpdate, ["customer": "东方酒店"]),
        ("美华商贸的账期改为30天", .customerUpdate, ["customer": "美华商贸"]),
        ("金辉集团的联系人改成李经理", .customerUpdate, ["customer": "金辉集团"]),
        ("东方酒店信用额度调到15万", .customerUpdate, ["customer": "东方酒店", "amount": "150000"]),
        ("列出所有客户", .customerList, [:]),
        ("查看全部客户", .customerList, [:]),
        ("我有哪些客户", .customerList, [:]),
        ("第2条已完成", .reminderDone, ["id": "2"]),
        ("5号提醒搞定了", .reminderDone, ["id": "5"]),
        ("提醒3做完了", .reminderDone, ["id": "3"]),
        ("把第4条划掉", .reminderDone, ["id": "4"]),
        ("麻烦把第2条提醒标记完成", .reminderDone, ["id": "2"]),
        ("把提醒3推迟到下周一", .reminderSnooze, ["date": "2026-11-23", "id": "3"]),
        ("2号提醒延后到周五", .reminderSnooze, ["date": "2026-11-20", "id": "2"]),
        ("提醒5往后推三天", .reminderSnooze, ["id": "5"]),
        ("请把提醒4推迟到明天", .reminderSnooze, ["date": "2026-11-19", "id": "4"]),
        ("看看我的提醒", .reminderList, [:]),
        ("列出提醒", .reminderList, [:]),
        ("有哪些提醒", .reminderList, [:]),
        ("请帮我列出所有提醒", .reminderList, [:]),
        ("明天有什么安排", .agenda, ["date": "2026-11-19"]),
        ("今天要做什么", .agenda, ["date": "2026-11-18"]),
        ("下周一有什么事", .agenda, ["date": "2026-11-23"]),
        ("请问今天有什么任务", .agenda, ["date": "2026-11-18"]),
        ("帮我看一下今天的日程", .agenda, ["date": "2026-11-18"]),
        ("麻烦看看下周有什么安排", .agenda, ["date": "2026-11-23"]),
        ("金辉集团投诉送货延迟", .complaintLog, ["customer": "金辉集团"]),
        ("美华商贸反映产品质量有问题", .complaintLog, ["customer": "美华商贸"]),
        ("东方酒店对售后服务很不满", .complaintLog, ["customer": "东方酒店"]),
        ("金輝集團抱怨安裝太慢", .complaintLog, ["customer": "金輝集團"]),
        ("金辉集团投诉过送货慢", .complaintLog, ["customer": "金辉集团"]),
        ("投诉2已经解决了", .complaintUpdate, ["id": "2"]),
        ("投诉3原因是物流延误", .complaintUpdate, ["id": "3"]),
        ("投诉5已解决", .complaintUpdate, ["id": "5"]),
        ("看看投诉", .complaintList, [:]),
        ("有哪些投诉", .complaintList, [:]),
        ("未解决的投诉", .complaintList, [:]),
        ("今天拜访了金辉集团,他们想加单", .contactLog, ["customer": "金辉集团", "date": "2026-11-18"]),
        ("昨天给东方酒店打过电话了", .contactLog, ["customer": "东方酒店", "date": "2026-11-17"]),
        ("上午跟美华商贸的李经理见了面", .contactLog, ["customer": "美华商贸"]),
        ("给金辉集团发了邮件,催收尾款", .contactLog, ["customer": "金辉集团"]),
        ("刚和东方酒店通了电话", .contactLog, ["customer": "东方酒店"]),
        ("上週去過金輝集團了", .contactLog, ["customer": "金輝集團", "date": "2026-11-09"]),
        ("昨天見過美華商貿的王經理", .contactLog, ["customer": "美華商貿", "date": "2026-11-17"]),
        ("我已经给东方酒店发过报价了", .contactLog, ["customer": "东方酒店"]),
        ("我上午已经去过东方酒店了", .contactLog, ["customer": "东方酒店"]),
        ("客户嫌贵怎么回复", .script, [:]),
        ("请给我一个催款的话术", .script, [:]),
        ("客户不接电话该怎么办", .script, [:]),
        ("哪些客户逾期了", .reportAging, [:]),
        ("看看应收账款", .reportAging, [:]),
        ("帮我做个账龄分析", .reportAging, [:]),
        ("请问谁还欠我钱", .reportAging, [:]),
        ("金辉集团还欠我多少钱", .reportStatement, ["customer": "金辉集团"]),
        ("美华商贸的对账单", .reportStatement, ["customer": "美华商贸"]),
        ("查一下东方酒店的欠款明细", .reportStatement, ["customer": "东方酒店"]),
        ("東方酒店還欠多少", .reportStatement, ["customer": "東方酒店"]),
        ("帮我查一下金辉集团还欠多少", .reportStatement, ["customer": "金辉集团"]),
        ("我的大客户有哪些", .reportPareto, [:]),
        ("客户贡献排名", .reportPareto, [:]),
        ("帮我启动金辉集团的售后计划", .planStart, ["customer": "金辉集团"]),
        ("给美华商贸开始售后跟进计划", .planStart, ["customer": "美华商贸"]),
        ("请给东方酒店启动售后计划", .planStart, ["customer": "东方酒店"]),
        ("把币种设为人民币", .settingSet, ["setting": "currency", "value": "CNY"]),
        ("切换到中文", .settingSet, ["setting": "language", "value": "zh"]),
        ("语言设为中文", .settingSet, ["setting": "language", "value": "zh"]),
        ("请设置币种 EUR", .settingSet, ["setting": "currency", "value": "EUR"]),
        ("金辉集团的往来记录", .history, ["customer": "金辉集团"]),
        ("看一下美华商贸的历史", .history, ["customer": "美华商贸"]),
        ("帮我看看东方酒店的历史记录", .history, ["customer": "东方酒店"]),
        ("撤销刚才那条", .undo, [:]),
        ("刚才的不算", .undo, [:]),
        ("请撤销上一步", .undo, [:]),
        ("麻烦帮我撤销一下", .undo, [:]),
        ("请问怎么用", .help, [:]),
        ("有哪些命令", .help, [:]),
        ("请告诉我怎么用", .help, [:]),
        ("退出吧", .quit, [:]),
        ("下班了", .quit, [:]),
        ("好的再见", .quit, [:]),
    ]

    func testChinesePhrasings() {
        for (text, intent, slots) in Self.chinesePhrasings {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            for (slot, value) in slots {
                XCTAssertEqual(UtteranceFixtureTests.slot(slot, p), value, "\(text) [\(slot)] → \(Fixture.describe(p))")
            }
        }
        XCTAssertGreaterThanOrEqual(Self.chinesePhrasings.count, 120)
    }

    func testEnglishIntents() { check(Self.english, minimum: 80) }
    func testChineseIntents() { check(Self.chinese, minimum: 80) }

    private func check(_ corpus: [(Intent, String?, [String])], minimum: Int,
                       file: StaticString = #filePath, line: UInt = #line) {
        var count = 0
        for (intent, customer, lines) in corpus {
            for text in lines {
                count += 1
                let p = Fixture.parse(text)
                XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))", file: file, line: line)
                if let customer {
                    XCTAssertEqual(p.slots.customer, customer, "\(text) → \(Fixture.describe(p))", file: file, line: line)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(count, minimum, file: file, line: line)
    }

    func testSlotDetails() {
        let cases: [(String, [String: String])] = [
            ("remind me to collect from Acme on the 10th", ["text": "collect from Acme", "topic": "collection"]),
            ("提醒我周五给刘总寄样品", ["contact": "刘总", "text": "给刘总寄样品"]),
            ("remind me every 2 weeks to email Pine Dental", ["recurrence": "every 2 weeks", "channel": "email"]),
            ("每月1号提醒我催款", ["recurrence": "monthly", "date": "2026-12-01", "topic": "collection"]),
            ("met Liu at Kite Logistics, they want a new quote", ["contact": "Liu", "text": "they want a new quote"]),
            ("called Pine Dental, no answer", ["channel": "call", "text": "no answer"]),
            ("add client Kite Logistics, terms 30 days", ["terms": "30"]),
            ("Kite Logistics credit limit 80k", ["field": "credit_limit", "amount": "80000"]),
            ("Kite Logistics terms 45 days", ["field": "terms", "terms": "45"]),
            ("set currency USD", ["setting": "currency", "value": "USD"]),
            ("设置币种 USD", ["setting": "currency", "value": "USD"]),
            ("help reminders", ["topic": "reminders"]),
            ("Pine Dental email billing@pinedental.com", ["email": "billing@pinedental.com", "field": "email"]),
            ("remind me tomorrow at 3pm to call Acme", ["time": "15:00", "date": "2026-11-19", "channel": "call"]),
            ("complaint 1 told customer: replacement on Monday", ["id": "1", "stage": "told_customer"]),
            ("complaint from Sunrise Hotel: two chairs arrived broken", ["text": "two chairs arrived broken"]),
            ("东方酒店投诉安装师傅态度不好", ["text": "安装师傅态度不好"]),
            ("Kite Logistics wired us 10k for INV-2031", ["invoice": "INV-2031"]),
            ("new customer Acme phone 138-1234-5678", ["phone": "138-1234-5678"]),
            ("agenda this week", ["date": "2026-11-18", "until": "2026-11-22"]),
            // Past events take the most recent past day; promises and reminders the next one.
            ("Acme paid 500 on Monday", ["date": "2026-11-16"]),
            ("Acme paid 500 on the 15th", ["date": "2026-11-15"]),
            ("visited Acme on Friday", ["date": "2026-11-13"]),
            ("Acme will pay on Monday", ["date": "2026-11-23"]),
            ("美华商贸于11月15日付款5000元", ["date": "2026-11-15", "amount": "5000", "currency": "CNY"]),
            ("东方酒店的张经理说月底前付款", ["date": "2026-11-30", "customer": "东方酒店"]),
            ("下个月初提醒我给所有客户发节日祝福", ["date": "2026-12-01", "topic": "greeting"]),
            ("rename Harbor Foods to Harbor Fresh Foods", ["field": "name", "value": "Harbor Fresh Foods"]),
            ("Sunrise Hotel is a VIP now", ["field": "tier", "value": "key"]),
            ("切换到英文", ["setting": "language", "value": "en"]),
            ("new client \"Silver Star Ltd\", credit limit 50k, terms 45 days",
             ["customer": "Silver Star Ltd", "amount": "50000", "terms": "45"]),
            ("spoke with Mr. Chen from Harbor Foods about the late delivery",
             ["customer": "Harbor Foods", "contact": "Mr. Chen"]),
        ]
        for (text, expected) in cases {
            let p = Fixture.parse(text)
            for (slot, value) in expected {
                XCTAssertEqual(UtteranceFixtureTests.slot(slot, p), value, "\(text) [\(slot)] → \(Fixture.describe(p))")
            }
        }
    }

    func testLanguage() {
        XCTAssertEqual(Fixture.parse("Acme paid 5k").language, .en)
        XCTAssertEqual(Fixture.parse("东方酒店付款5000").language, .zh)
        XCTAssertEqual(Fixture.parse("ABC公司 paid 5k").language, .zh)
    }

    func testNoCustomerForGenericWords() {
        for line in ["下个月初提醒我给所有客户发节日祝福", "客户投诉了怎么办", "remind me daily at 9am to check the agenda",
                     "thank you", "每年12月25日提醒我给客户送圣诞祝福"] {
            let p = Fixture.parse(line)
            XCTAssertNil(p.slots.customer, "\(line) → \(Fixture.describe(p))")
        }
    }

    func testKnownNamesWin() {
        let parser = LineParser(names: ["Acme Trading Co", "东方大酒店", "Open Door", "May Flower"])
        let today = Fixture.today
        XCTAssertEqual(parser.parse("acme trading co paid 5k", today: today).slots.customer, "acme trading co")
        XCTAssertEqual(parser.parse("东方大酒店付款8000元", today: today).slots.customer, "东方大酒店")
        let open = parser.parse("remind me to call Open Door tomorrow", today: today)
        XCTAssertEqual(open.intent, .reminderAdd)
        XCTAssertEqual(open.slots.customer, "Open Door")
        XCTAssertEqual(parser.parse("history May Flower", today: today).slots.customer, "May Flower")
    }
}
