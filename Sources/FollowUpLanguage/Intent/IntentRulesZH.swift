/// Chinese intent grammar, most specific first.
enum IntentRulesZH {
    /// Words that say a contact already happened (了/过): the line logs it.
    /// A day said as a put-off or a habit (下个月再付, 一直都是月底才付), not as a day to pay.
    static let putOff = ["下个月再付", "下月再付", "下个月付", "下月付", "下个月再给", "下个月再说", "下个月再结", "月底才付"]

    /// A day to come and a paying verb, said together: 月底付, 下月初还, 周五前付款, 15号付.
    static let futurePay: [String] = {
        // 下个月付 is the put-off (`putOff`), not a promise: left out.
        let days = ["月底", "月初", "月中", "年底", "年前", "节后", "年后", "这周", "本周",
                    "这个月", "本月", "明天", "后天", "过两天", "过几天", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
                    "星期一", "星期二", "星期三", "星期四", "星期五", "下周一", "下周二", "下周三", "下周四", "下周五", "号", "日"]
        let pays = ["付", "付款", "还", "还款", "结", "结清", "打款", "转账", "给钱", "回款"]
        return days.flatMap { d in pays.flatMap { v in [d + v, d + "前" + v, d + "之前" + v] } }
    }()

    static let pastContact = [
        "打了电话", "打过电话", "打电话了", "通了电话", "拜访了", "见了", "发了短信", "发了邮件", "发短信了", "发邮件了",
        "聊了", "联系了", "回访了", "见面了", "拜访过", "电话联系了", "沟通了", "谈了", "发了微信", "上门了", "去过",
        "通过电话", "没接电话", "没人接", "不接电话", "发过", "发了", "见过面", "来电", "来电话", "打来电话", "回电",
        "回了电话", "关机", "占线", "没接", "微信聊了", "吃了饭", "请吃饭", "留了言", "留言了", "发了语音",
        "留了语音", "去了趟", "去了一趟", "跑了一趟", "跑了趟",
    ]

    /// Names of the settings counted in days (the ladder's steps, the retry delay).
    static let daySettings = ["礼貌提醒天数", "提前提醒天数", "初期催收", "早期催收", "正式催收", "正式催款", "暂停供货",
                              "停止供货", "升级催收", "升级处理", "重拨天数", "重打天数", "回拨天数", "重拨间隔",
                              "投诉停滞天数", "停滞天数", "投诉回访天数", "回访天数",
                              "满意度回访天数"]

    static let rules: [IntentRule] = MailRules.zh + [
        IntentRule(.quit, ["退出", "再见", "拜拜", "结束", "关闭", "退出程序", "下班了"], at: .whole),
        // 为什么 on its own asks how the previous line was understood.
        IntentRule(.explain, ["为什么", "为啥", "为什么这样", "为什么这么理解", "怎么理解的", "你是怎么理解的",
                              "你怎么理解的", "怎么理解", "解释", "解释一下", "解释下", "你是怎么看懂的"], at: .whole),
        IntentRule(.undo, ["撤销", "撤回", "撤消", "取消上一步", "刚才的不算", "回退", "撤销上一步", "撤销刚才",
                           "撤回刚才", "取消刚才", "刚才那条不算", "删掉刚才那条", "撤销一下"], at: .start),
        IntentRule(.help, ["帮助", "怎么用", "使用说明", "你能做什么", "你会什么", "有哪些命令", "命令", "说明",
                           "用法", "怎么使用", "帮助一下", "help"], at: .start),
        IntentRule(.importInvoices, ["导入发票", "导入应收", "导入应收账款", "导入账款", "导入欠款", "导入", "批量导入",
                                     "批量导入发票", "从文件导入", "导入文件", "导入未收发票", "导入未结发票"], at: .start,
                   unless: ["成功", "了吗", "怎么", "如何", "失败", "为什么"]),
        // The collection reports come before reminders, aging and statements, whose words they contain.
        IntentRule(.reportRate, ["回款率", "收款率", "回收率", "收回率", "账款回收率", "应收账款回收率", "货款回收率",
                                 "周转天数", "应收账款周转天数", "应收周转天数", "dso", "回款比率", "回款比例", "收款比例",
                                 "回款率是多少", "收回了多少"],
                   needs: [.noAmount], names: [.subject, .object]),
        IntentRule(.reportPlan, ["收款计划", "本周收款计划", "催收计划", "回款计划", "催款计划", "收款安排", "催款安排",
                                 "催收安排", "收款日程", "催收清单", "催款清单", "这周催谁", "本周催谁",
                                 "这周找谁收款", "这周找谁要钱", "本周找谁收款", "这周该找谁", "收账计划", "讨债计划",
                                 "找谁要钱", "找谁收钱", "找谁收款", "找谁催款", "要催的客户", "该催的客户",
                                 "需要催的客户", "要催款的客户", "这周该催谁", "本周该催谁", "这周要催谁", "本周要催谁",
                                 "这周催款名单", "本周催款名单", "本周催收名单"],
                   needs: [.noAmount], names: [.subject, .object]),
        IntentRule(.reportDetail, ["未回收账款明细表", "未回收账款明细", "未收回账款明细", "未收账款明细", "应收明细",
                                   "应收账款明细", "应收账款明细表", "应收明细表", "欠款明细表", "未付发票", "未结发票",
                                   "未收发票", "未回款发票", "发票明细", "应收清单", "未回款明细", "应收款明细", "应收帐款明细",
                                   "未收款明细", "未结清发票", "所有未付发票", "应收账款清单", "哪些发票", "还没收回的发票",
                                   "没收回来的发票", "没收回的发票", "未收回的发票", "发票还没收", "哪些单子没收", "未付的发票",
                                   "没付的发票", "欠款发票", "未回收账款", "未收回账款", "未回收的账款", "未收账款",
                                   "未收回的账款", "明细表", "应收款清单", "未回收"],
                   needs: [.noAmount], names: [.subject, .object]),
        IntentRule(.reminderDone, ["完成", "完成了", "做完", "做完了", "搞定", "搞定了", "已完成", "办完了", "已办",
                                   "打勾", "划掉"], needs: [.id, .noAmount], unless: ["投诉"]),
        // Skipping a reminder this time: 跳过5, 这次跳过提醒5; by its words, 跳过给东方酒店的小知识短信.
        IntentRule(.reminderSkip, ["跳过", "这次跳过", "跳过这次", "本次跳过", "跳过提醒", "这次跳过提醒", "跳过这一次"],
                   needs: [.id, .noAmount], unless: ["投诉"]),
        IntentRule(.reminderSkip, ["跳过", "这次跳过", "跳过这次", "本次跳过", "这次先跳过", "先跳过"], at: .start,
                   needs: [.noAmount, .noId], names: [.triggers], unless: ["投诉"]),
        IntentRule(.customerRemove, ["删除客户", "删掉客户", "移除客户", "去掉客户", "不要这个客户了"],
                   at: .start, needs: [.noAmount], names: [.object]),
        IntentRule(.reminderDelete, ["删除提醒", "删掉提醒", "取消提醒", "去掉提醒", "删除", "删掉", "取消", "去掉",
                                     "不用提醒", "作废提醒"],
                   at: .start, needs: [.id, .noAmount], unless: ["投诉", "客户", "发票"]),
        // A reminder named by its words: 不用提醒我给华强打电话了, 取消给华强打电话的提醒.
        IntentRule(.reminderDelete, ["不用提醒我", "不用提醒", "不用再提醒我", "不用再提醒", "别提醒我", "别再提醒我", "不要提醒我",
                                     "不要再提醒我", "不必提醒我", "不需要提醒我", "不需要提醒", "取消提醒", "删除提醒",
                                     "删掉提醒", "去掉提醒", "作废提醒"],
                   at: .start, needs: [.noAmount, .noId], names: [.triggers], unless: ["投诉"]),
        IntentRule(.reminderDelete, ["取消", "删除", "删掉", "去掉"], at: .start, needs: [.noAmount, .noId],
                   names: [.triggers], also: ["提醒"], unless: ["投诉"]),
        // Moving a reminder never carries money: "东方酒店答应15号付5000,要推迟" is about the payment.
        IntentRule(.reminderSnooze, ["推迟", "延后", "推后", "顺延", "延期", "改到", "挪到", "往后推", "推到"],
                   needs: [.id, .noAmount]),
        IntentRule(.reminderSnooze, ["推迟提醒", "延后提醒", "提醒推迟", "提醒延后"], needs: [.date]),
        // No number: by hours (推迟2小时) or by its words; the assistant finds the reminder or asks.
        IntentRule(.reminderSnooze, ["推迟", "延后", "推后", "过会儿再提醒我", "过会再提醒我", "等会再提醒我", "晚点再提醒我",
                                     "稍后提醒我", "稍后再提醒我"], at: .start, needs: [.noAmount, .noId]),
        // A reminder named by its words, then moved (明天科技的回访推迟两天, 给华强的电话改到周五): a span or
        // a day must follow; paying or goods put off stay what they are (付款推迟两天 is an excuse).
        IntentRule(.reminderSnooze, ["推迟", "延后", "推后", "往后推", "顺延"], needs: [.noAmount, .noId],
                   also: ["天", "小时", "钟头", "分钟", "周", "星期", "礼拜"], unless: ["付", "款", "钱", "货", "提醒我", "投诉"]),
        IntentRule(.reminderSnooze, ["推迟到", "延后到", "推后到", "改到", "挪到", "推到", "往后推到"], needs: [.noAmount, .noId, .date],
                   unless: ["付", "款", "钱", "货", "提醒我", "投诉"]),
        // By hours with a decimal the amount reader took (推迟2 1.5小时).
        IntentRule(.reminderSnooze, ["推迟", "延后", "推后"], at: .start, also: ["小时", "分钟", "钟头"]),
        // Complaints: the report, moves on one named by number (`3号转给售后部`, 投诉3已解决), a cause
        // found (原因查明是…), and a refund given (给东方酒店退款500).
        IntentRule(.complaintReport, ComplaintCues.reportZH, at: .start, needs: [.noAmount]),
        IntentRule(.complaintUpdate, ["投诉", "客诉", "投拆", "头诉"], needs: [.id], unless: ComplaintCues.asksZH),
        IntentRule(.complaintUpdate, ComplaintCues.moveZH, needs: [.complaintRef], unless: ComplaintCues.asksZH),
        IntentRule(.complaintUpdate, ComplaintCues.causeZH, at: .start, unless: ComplaintCues.asksZH),
        IntentRule(.complaintUpdate, ComplaintCues.refundZH, needs: [.amount], names: [.triggers, .subject],
                   unless: ComplaintCues.refundAskedZH),
        IntentRule(.settingSet, ["设置币种", "币种设为", "币种改为", "币种改成", "设置货币", "货币设为", "设置语言",
                                 "语言设为", "切换语言", "切换到英文", "切换到中文", "默认币种", "币种", "设置日期格式", "日期格式",
                                 "设置日期顺序", "日期顺序"], at: .start),
        // 开场问候：关闭开场问候、打开开场问候。
        IntentRule(.settingSet, ["关闭开场问候", "关掉开场问候", "开场问候关闭", "打开开场问候", "开启开场问候", "开场问候打开",
                                 "设置开场问候", "开场白关闭", "关闭开场白", "打开开场白"], at: .start),
        IntentRule(.playCheck, ["检查话术文件", "检查话术", "校验话术", "话术检查", "检查话术库", "校验话术文件",
                                "plays check", "check plays"], at: .start),
        IntentRule(.playList, ["话术列表", "所有话术", "话术库", "查看话术库", "列出话术", "有哪些话术", "话术清单",
                               "全部话术", "看看话术库", "话术目录"], at: .whole),
    ] + PlanRules.zh + [
        // Follow-up plans (PlanRules) come after the plays: a play file's path may hold any word.
        // The ladder's bounds and the retry delay, in days: 正式催款设为45天, 设置 ladder.firm 45.
        IntentRule(.settingSet, IntentRulesZH.daySettings.flatMap { [$0, "设置" + $0, "把" + $0, "设" + $0] } + ["设置 ladder", "设置 retry"],
                   at: .start, needs: [.noName]),
        IntentRule(.script, ["话术", "怎么说", "怎么写", "怎么回复", "怎么处理", "怎么应对", "说什么", "怎么开口",
                             "如何", "怎么回", "怎么讲", "怎么跟", "怎么和", "怎么问", "怎么催", "怎么要",
                             "怎么感谢", "怎么道歉", "怎么安抚", "该说", "应该说", "写什么", "怎么祝福", "模板",
                             "怎么表达", "说些什么", "怎么办", "该怎么做", "怎么提醒", "如何提醒", "怎么提", "怎么开口提醒",
                             "感谢的话", "道谢的话", "谢谢的话", "写个感谢", "写几句", "说几句", "催款阶梯", "催收阶梯",
                             "催款的阶梯", "催收的阶梯", "阶梯"],
                   names: [.triggers, .object, .subject]),
        IntentRule(.complaintList, ListPhrasesZH.cues("投诉") + ComplaintCues.listZH + ["投诉列表", "所有投诉", "查看投诉", "投诉清单", "未解决的投诉", "有哪些投诉",
                                    "列出投诉", "全部投诉", "投诉情况", "看看投诉"], at: .start),
        IntentRule(.reminderList, ListPhrasesZH.cues("提醒") + ["提醒列表", "所有提醒", "我的提醒", "查看提醒", "有哪些提醒", "列出提醒",
                                   "全部提醒", "看看提醒", "提醒事项"], at: .start),
        IntentRule(.customerList, ListPhrasesZH.cues("客户") + ["客户列表", "所有客户", "客户名单", "全部客户", "有哪些客户", "列出客户", "客户清单",
                                   "我的客户", "看看客户", "查看客户"], at: .start),
        IntentRule(.reminderAdd, ["提醒我", "记得", "别忘了", "别忘记", "加个提醒", "设个提醒", "新建提醒",
                                  "添加提醒", "加提醒", "设置提醒", "帮我记", "帮我记一下", "帮我记得", "帮我记住", "记住", "记一下",
                                  "到时候提醒", "要记得",
                                  "不要忘了", "待办"],
                   names: [.triggers], unless: ["登记"]),
        // A bare 提醒 after something already done reminded the customer ("发了短信,提醒余款"):
        // that is a contact, logged below, not a reminder for the user.
        IntentRule(.reminderAdd, ["提醒", "提醒一下"], names: [.triggers], unless: IntentRulesZH.pastContact),
        IntentRule(.customerAdd, ["新增客户", "添加客户", "新客户", "加客户", "增加客户", "录入客户", "新建客户",
                                  "加个客户", "添加一个客户", "新增一个客户", "建个客户", "登记客户"],
                   names: [.object]),
        IntentRule(.complaintList, ComplaintCues.byCustomerZH, needs: [.name], names: [.subject],
                   unless: ComplaintCues.notListZH),
        // The answer to a check-back (张总对处理结果不满意), the solution told (已经跟张总说了换货方案),
        // and a customer ringing in about a problem (东方酒店王经理来电，说发票有问题).
        IntentRule(.complaintUpdate, ComplaintCues.fixZH, names: [.subject, .triggers], also: ComplaintCues.satisfiedZH,
                   unless: ComplaintCues.asksZH),
        IntentRule(.complaintUpdate, ComplaintCues.checkBackZH, names: [.triggers, .object, .subject],
                   also: ComplaintCues.satisfiedZH, unless: ComplaintCues.asksZH),
        IntentRule(.complaintUpdate, ComplaintCues.toldZH, names: [.triggers, .object, .subject], also: ComplaintCues.solutionWordsZH,
                   unless: ComplaintCues.asksZH),
        // 明天科技的投诉转给财务部: a handoff by customer; 答复李总周五前给结果: a reply promised.
        IntentRule(.complaintUpdate, ComplaintCues.handoffZH, needs: [.name, .noAmount], names: [.subject],
                   also: ["部", "部门", "售后", "财务", "质检", "技术", "工程", "客服", "仓库", "物流", "组", "中心"],
                   unless: ComplaintCues.asksZH + ["提醒", "发票给", "对账单"]),
        IntentRule(.complaintUpdate, ComplaintCues.replyZH, at: .start, needs: [.name, .date, .noAmount], names: [.object],
                   unless: ComplaintCues.asksZH + ["提醒"]),
        // Deliveries, installations and the answers to satisfaction calls (an unhappy one needs
        // what was done or its fault after it; otherwise it is a complaint, below).
        IntentRule(.satisfactionReport, SatisfactionCues.reportZH, needs: [.noAmount, .noId], names: [.subject],
                   unless: SatisfactionCues.unhappyZH + ["很满意", "非常满意", "挺满意"]),
        IntentRule(.deliveryRecord, SatisfactionCues.doneZH, needs: [.noAmount, .noId], names: [.triggers, .subject, .object],
                   unless: SatisfactionCues.notDoneZH),
        IntentRule(.satisfactionRecord, SatisfactionCues.unhappyZH, needs: [.noAmount, .noId, .name], names: [.subject, .triggers],
                   also: SatisfactionCues.whatWasDoneZH, unless: SatisfactionCues.notAnswerZH),
        IntentRule(.satisfactionRecord, SatisfactionCues.happyZH, needs: [.noAmount, .noId, .name], names: [.subject, .triggers],
                   unless: SatisfactionCues.notAnswerZH + SatisfactionCues.unhappyZH + ["不"]),
        // A reminder named by its words done: 完成给东方酒店打电话, 给明天科技的回访做完了 (after
        // deliveries: 安装完成了 says what was done, not a reminder).
        IntentRule(.reminderDone, ["完成", "做完", "搞定", "已完成", "办完"], at: .start, needs: [.noAmount, .noId],
                   names: [.triggers], unless: ["投诉", "付款", "回款", "付清", "打款", "转账", "汇款", "说"]
                       + ComplaintCues.remedyZH + ComplaintCues.solutionWordsZH),
        IntentRule(.reminderDone, ["做完了", "完成了", "搞定了", "办完了", "已完成", "已经完成", "已经做完了", "做好了",
                                   "的电话打完了", "电话打完了"],
                   needs: [.noAmount, .noId], names: [.triggers],
                   // A remedy done (换货完成了, 上门维修完成了) moves a complaint, below.
                   unless: ["投诉", "没", "还没", "未", "付款", "回款", "付清", "打款", "转账", "汇款", "说"]
                       + ComplaintCues.remedyZH + ComplaintCues.solutionWordsZH),
        IntentRule(.complaintLog, ComplaintCues.incomingZH, needs: [.noId], names: [.subject, .triggers],
                   also: ComplaintCues.problemZH, unless: ComplaintCues.moneyWordsZH + ComplaintCues.asksZH),
        // A call or visit and how it went: logged as a contact, even when the words could also
        // start a complaint (给恒通打了电话，他们很生气).
        IntentRule(.contactLog, IntentRulesZH.pastContact + ["打电话", "打个电话", "电话", "打电话给", "拜访", "去了"],
                   names: [.triggers, .subject, .object], also: ContactLexicon.afterContactZH),
        IntentRule(.complaintLog, ["投诉", "抱怨", "不满意", "不满", "有意见", "很生气", "生气", "投诉说", "发火",
                                   "有怨言", "不高兴", "埋怨", "质量问题", "反映"] + ComplaintCues.complainZH,
                   needs: [.noId], names: [.subject, .triggers, .object]),
        IntentRule(.reportPareto, ["大客户", "最好的客户", "客户排名", "前十客户", "贡献最大", "重要客户", "核心客户",
                                   "优质客户", "排名前", "二八", "帕累托", "最大的客户", "排名", "贡献排名",
                                   "排行", "排行榜", "大客户分析", "二八分析", "重点客户分析", "客户筛选", "筛选客户",
                                   "哪些客户不赚钱", "不赚钱的客户", "八成收入", "80%的收入"]),
        IntentRule(.promiseList, ["承诺列表", "所有承诺", "付款承诺", "哪些承诺", "未兑现的承诺", "没兑现的承诺", "谁没兑现",
                                  "谁失信", "谁答应了没付", "谁答应付款没付", "失信的客户", "承诺情况", "查看承诺",
                                  "有哪些承诺", "看看承诺", "违约的承诺", "承诺清单", "没兑现", "未兑现"],
                   at: .start, needs: [.noAmount]),
        IntentRule(.reportTotal, ["一共欠多少", "总共欠多少", "总欠款", "应收总额", "一共应收多少", "总共应收多少",
                                  "外面还有多少钱", "一共还有多少没收", "一共多少应收", "总应收", "欠款总额",
                                  "还有多少钱没收回", "一共被欠多少"],
                   needs: [.noAmount, .noName]),
        IntentRule(.reportAging, ["应收账款", "账龄", "谁逾期", "逾期", "谁欠钱", "欠款列表", "欠款情况", "谁还没付",
                                  "谁没付款", "逾期账款", "应收报表", "账龄分析", "哪些客户欠款", "谁欠款", "谁欠我钱", "谁欠我", "谁还欠",
                                  "谁还没给钱", "哪些客户逾期"],
                   needs: [.noAmount, .noName]),
        IntentRule(.reportStatement, ["还欠多少", "欠多少", "对账单", "对账", "账单", "欠款明细", "余额", "欠了多少",
                                      "还差多少", "应收多少", "欠我多少", "未付多少", "欠款"],
                   needs: [.noAmount], names: [.subject, .object, .triggers], unless: IntentRulesZH.pastContact),
        IntentRule(.history, ["的记录", "历史", "往来记录", "联系记录", "历史记录", "来往记录", "的历史", "交易记录"],
                   names: [.subject, .object]),
        IntentRule(.paymentBounce, ["退票", "跳票", "支票被退回", "支票退回", "支票被退", "付款失败", "打款失败", "转账失败",
                                    "空头支票", "汇款被退回", "款被退回", "退票了", "被退票", "支票跳票"],
                   names: [.subject, .triggers], unless: ["如果", "可能"]),
        IntentRule(.creditAdd, ["退货", "退了货", "退回货", "货退回", "红字发票", "开红票", "冲红", "折让", "退回了货"],
                   needs: [.amount], names: [.subject, .triggers], unless: ["如果", "可能"]),
        IntentRule(.promiseRecord, ["答应", "承诺", "保证", "说好", "会付", "会还", "将付", "准备付", "打算付",
                                    "下周付", "表示会", "同意付", "约定"],
                   names: [.subject, .triggers]),
        // 月底付, 周五前还, 15号付款: a day still to come right before paying is a promise, also
        // as the later clause of a line (别天天发短信 月底付); said done (付了) or doubted, it is not.
        IntentRule(.promiseRecord, IntentRulesZH.futurePay, names: [.subject, .triggers],
                   unless: ["付了", "还了", "结了", "打了", "转了", "已", "没", "不", "如果", "可能", "也许", "大概", "再付",
                            // Asked, or a habit: 月底付款的客户有哪些, 一般月底付.
                            "哪些", "几号", "什么", "吗", "?", "谁", "多少", "一般", "都是", "总是", "习惯", "每月", "每个月",
                            "付款日", "的客户", "才付"] + IntentRulesZH.putOff),
        // 张总说周五付 is a promise; 说下个月再付 with no amount reports the put-off the playbook
        // answers (the next-month excuse): a contact, not a promise of everything owed.
        IntentRule(.promiseRecord, ["说"], needs: [.amount], names: [.subject],
                   also: ["付", "还", "转", "打款", "结清", "回款"]),
        IntentRule(.promiseRecord, ["说"], needs: [.date], names: [.subject],
                   also: ["付", "还款", "转账", "打款", "结清", "回款"], unless: IntentRulesZH.putOff),
        // 下个月再付, 月底再付3000: a day still to come and "pay then" is a promise.
        IntentRule(.promiseRecord, ["再付", "再给", "再还", "再结", "再打款"], needs: [.date], names: [.subject, .triggers],
                   unless: ["再付了", "再给了", "再还了", "再结了", "再打款了", "如果", "可能", "先付", "说下个月再付",
                            "说下月再付"]),
        IntentRule(.paymentRecord, ["付款", "付了", "回款", "寄来", "送来", "收到支票", "开了支票", "给了支票", "收到", "到账", "转账", "打款", "打了", "汇款", "还了",
                                    "结清", "付清", "已付", "支付", "付", "转了", "汇了", "收款", "收了", "还款",
                                    "交了", "入账", "结了"],
                   needs: [.amount], names: [.subject, .triggers]),
        IntentRule(.paymentRecord, ["没付", "没有付", "还没付", "未付", "不付", "没给钱", "还没给钱", "没付钱", "还没付钱",
                                    "没付款", "还没付款", "不肯付", "拒绝付", "没还", "还没还", "没按时付", "没按时付款", "没有按时付款",
                                    "未按时付款", "没准时付款"], names: [.subject, .triggers]),
        IntentRule(.promiseRecord, ["可能付", "也许付", "争取付", "可能会付", "大概付", "或许付", "尽量付", "可能下周付",
                                    "可能月底付"], names: [.subject, .triggers]),
        IntentRule(.paymentRecord, ["付清了", "结清了", "全部付清", "款已到", "款到了"], names: [.subject, .triggers]),
        IntentRule(.invoiceAdd, ["应收", "欠", "欠款", "欠我", "开票", "发票", "到期", "账单", "开了", "发货", "送货",
                                 "新开发票", "新开了发票", "新开了一张发票", "新开票", "开发票", "开了一张发票", "新开",
                                 "新开了", "新增应收", "新增一笔应收", "新加应收",
                                 "下单", "订了", "买了", "销售", "欠了", "下了一单", "又下了一单", "下了单", "新订单", "订单",
                                 "又订了", "一单"],
                   needs: [.amount], names: [.subject, .object, .triggers]),
        IntentRule(.contactLog, IntentRulesZH.pastContact + ["去了", "见过", "打电话给"],
                   names: [.triggers, .subject, .object]),
        // A call whose outcome is said happened (给莲花餐厅打电话，陈老板不在): it is logged, not planned.
        IntentRule(.contactLog, ["打电话", "打个电话", "电话", "去", "拜访", "找"], names: [.triggers, .subject, .object],
                   also: ["不在", "没人接", "占线", "关机", "没接", "出差", "在开会", "不接", "没在", "没回"]),
        // How a contact went or what was said, with no contact verb: 恒通贸易说没钱, 张总关机.
        IntentRule(.contactLog, ContactLexicon.lineCuesZH, names: [.subject, .triggers],
                   unless: ["怎么说", "怎么回", "话术", "怎么办", "提醒", "如果", "要是"]),
        // A failure said of a named customer's goods (东方酒店的空调坏了), and a cooling move said
        // without a number (换了个经理去谈, 约了明天再谈).
        IntentRule(.complaintLog, ComplaintCues.failureZH, needs: [.name, .noId], names: [.subject, .triggers],
                   unless: ComplaintCues.asksZH + ["如果", "要是", "提醒"]),
        IntentRule(.complaintUpdate, ComplaintCues.coolingZH, names: [.triggers, .subject], unless: ComplaintCues.asksZH),
        IntentRule(.reminderAdd, ["打电话", "打个电话", "收款", "催款", "拜访", "回访", "去拜访", "催一下", "催", "发短信",
                                  "发邮件", "发微信", "送", "寄", "约", "见", "问问", "问一下", "跟进", "联系", "对账",
                                  "送货", "要钱", "收钱", "去收", "提醒", "开会", "见面", "会面", "吃饭", "去"],
                   needs: [.name], names: [.triggers, .subject, .object], unless: ["联系人", "信用额度", "账期"]),
        // A remedy said alone: 换货, 上门维修.
        IntentRule(.complaintUpdate, ComplaintCues.remedyZH, names: [.triggers, .subject, .object],
                   unless: ComplaintCues.asksZH + ["提醒", "如果", "要求"]),
        IntentRule(.customerUpdate, ["信用额度", "额度", "账期", "电话", "手机", "邮箱", "联系人", "改为", "改成",
                                     "更新", "修改", "地址", "生日", "微信", "等级", "设为", "重点客户"],
                   needs: [.name], names: [.subject, .object, .triggers], unless: ["提醒", "每", "打电话", "打个电话"]),
        IntentRule(.customerShow, ["的资料", "查看", "打开", "看看", "显示", "客户信息", "的信息", "资料", "详情",
                                   "的详情", "查一下", "查", "客户", "的情况", "客户档案", "的档案", "档案"],
                   needs: [.name], names: [.object, .subject, .triggers]),
        IntentRule(.agenda, ["今天要催谁", "要催谁", "催谁", "今天要催的", "该催谁", "催款名单", "今天催谁", "先催谁",
                             "有什么事", "有什么安排", "安排", "日程", "到期的", "哪些到期", "什么到期", "要到期", "要做什么", "待办事项", "有啥事", "干什么",
                             "做什么", "有什么任务", "任务", "计划", "有哪些事", "要干嘛", "忙什么", "议程",
                             "有事吗", "日程表", "今天干嘛", "要做的", "有什么要做", "要办的", "有什么事情",
                             // Hurried, spoken: 今天干啥, 有啥安排.
                             "干啥", "今天干啥", "做啥", "忙啥", "有啥安排", "有啥任务", "有啥要做", "有啥要办", "要干啥"]),
    ]
}
