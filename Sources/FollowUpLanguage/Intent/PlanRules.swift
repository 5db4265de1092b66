import FollowUpCore

/// Follow-up plans (seed 004): starting one, stopping it, the list, one customer's plan, and the
/// customer pushing back on being contacted.
///
/// The rules only choose the intent. `read` then finds the customer, the person, the plan's name
/// words, the start day and what a push-back objects to by the shape of the line (`for X`,
/// `put X on`, `X's plan`, 给X安排, X的跟进计划, X说…), over every token whatever another reader
/// claimed it as: a name may hold digits and day words (`3M China`, `Sunday Bakery`, 明天科技)
/// that the time and amount readers took first. A day word opening a name is part of it when
/// more of the name follows (`sunday bakery`, 明天科技); a day after the name is the start day.
enum PlanRules {
    // MARK: Words

    /// Words that say "a plan", not which one.
    static let headWordsEN = [
        "plan", "plans", "follow-up", "follow-ups", "followup", "followups", "follow up", "follow ups", "follow-up plan",
        "follow up plan", "followup plan", "follow-up plans", "follow up plans", "followup plans", "sequence", "cadence",
        "programme", "program", "pln", "paln", "plna", "folow up", "folow-up", "followp", "keep in touch plan",
    ]
    static let headsEN = PhraseTable<Bool>(headWordsEN)
    static let headsZH = PhraseTable<Bool>(["跟进计划", "跟进方案", "跟进", "计划", "方案"])
    /// The bundled plans' Chinese names that say a plan without 跟进 or 计划 (给东方酒店安排售后).
    static let namesZH = ["售后", "初次联系", "首次联系", "施工期间", "意向客户", "展会客户", "报价跟进"]
    /// The bundled plans' English names that say a plan without `plan` (`start first contact for
    /// kite`, `acme start after sales`); not `quote` or `job`, which are other things to start.
    static let namesEN = ["first contact", "first-contact", "first call", "first visit", "new lead", "after sale",
                          "after-sale", "after sales", "after-sales", "aftersale", "aftersales", "post-sale", "post sale",
                          "during the job", "during job"]

    static let startVerbsEN = ["start", "begin", "kick off", "launch", "run", "set up", "setup", "put", "add", "enroll",
                               "enrol", "sign up", "schedule", "create", "activate", "strat", "satrt", "statr", "stat",
                               "begin with", "start up", "restart", "kickoff", "sart", "strt", "srart", "stsrt", "startt", "begn"]
    static let stopVerbsEN = ["stop", "end", "cancel", "halt", "pause", "drop", "kill", "terminate", "finish", "remove",
                              "discontinue", "abort", "cease", "stp", "stopp", "cancle", "cancell", "take", "turn off",
                              "switch off", "close"]
    static let planNamesEN = PhraseTable<Bool>(namesEN)
    /// A stop said after the plan (`harbor foods plan stop`, `kite plan cancelled`): never a name.
    static let stopsAfterEN: Set<String> = ["stop", "stopped", "cancel", "cancelled", "canceled", "end", "ended", "off",
                                            "over", "stp", "halt", "halted", "paused", "pause"]
    /// Verbs that put a customer on a plan: the name comes first (`put 7-eleven on the quote plan`).
    static let placingEN: Set<String> = ["put", "add", "enroll", "enrol", "sign", "move", "switch", "get", "place", "start"]
    static let startVerbsZH = ["安排", "启动", "开始", "开启", "做个", "做一个", "搞个", "开个", "加入", "执行", "制定",
                               "建立", "启用", "开展", "定个", "订个", "设个", "加个", "上个", "安排个", "安排一个", "排个"]
    /// A start said after the plan's words (…跟进 下周一开始).
    static let startAfterZH = ["开始", "启动", "开启", "开始执行", "开始跟进", "走起"]
    static let stopVerbsZH = ["停止", "停掉", "停了", "取消", "结束", "终止", "暂停", "关掉", "关闭", "停", "撤掉",
                              "中止", "不再执行", "去掉"]

    /// Words that ask to see a plan rather than start one (`what's the after-sale plan for acme`).
    static let showWordsEN = PhraseTable<Bool>(["show", "show me", "what's", "whats", "what is", "what", "which", "view",
                                                "see", "how is", "how's", "hows", "where is", "where's", "status",
                                                "check", "look at", "display", "open", "?", "details", "where"])
    static let showWordsZH = PhraseTable<Bool>(["看看", "看一下", "看下", "查看", "查一下", "查查", "显示", "打开", "我想看",
                                                "请问", "给我看", "看"])

    static let listEN = [
        "plans", "follow-up plans", "followup plans", "follow up plans", "running plans", "active plans", "current plans",
        "all plans", "all follow-up plans", "all the plans", "all my plans", "every plan", "list plans", "list the plans",
        "list all plans", "list follow-up plans", "show plans", "show the plans", "show all plans", "show follow-up plans",
        "show me the plans", "show me all plans", "my plans", "my follow-up plans", "which plans are running",
        "what plans are running", "which plans are active", "what plans are active", "which plans are on",
        "plans running", "open plans", "ongoing plans", "plan list", "follow-up plan list", "list of plans",
        "who is on a plan", "who's on a plan", "whos on a plan", "which customers are on a plan", "stopped plans",
        "all plans including stopped", "plans incl stopped", "running follow-ups", "active follow-ups", "plns", "palns",
        "what plans do i have", "what plans are there", "any plans running", "show running plans", "list running plans",
    ]
    static let listZH = ListPhrasesZH.cues("跟进计划") + ["跟进计划", "跟进计划列表",
        "正在执行的跟进计划", "进行中的跟进计划", "执行中的跟进计划", "在跑的跟进计划", "当前的跟进计划", "正在进行的跟进计划",
        "哪些跟进计划", "哪些客户在跟进计划里", "哪些客户有跟进计划", "跟进中的计划", "所有计划", "全部计划",
        "包括已停止的跟进计划", "所有跟进计划包括已停止的",
        // Hurried: 跟进列表, 在跟进的客户, 计划列表.
        "在跟进的客户", "跟进中的客户", "哪些客户在跟进", "计划列表", "计划清单",
    ] + ListPhrasesZH.cues("跟进")
    /// `all plans`, 所有跟进计划: stopped plans too.
    static let everyEN = PhraseTable<Bool>(["all", "every", "stopped", "including stopped", "incl stopped"])
    static let everyZH = PhraseTable<Bool>(["所有", "全部", "已停止", "停止的", "包括"])

    /// The customer objecting to being contacted, said outright.
    static let pushBackEN = [
        "stop calling", "stop texting", "stop visiting", "stop messaging", "stop contacting", "stop bothering",
        "stop pestering", "stop harassing", "stop following up", "stop the calls", "stop the texts", "stop the messages",
        "stop the visits", "stop the follow-ups", "stop ringing", "stop phoning", "stop dropping by", "stop coming by",
        "don't call", "dont call", "do not call", "don't text", "dont text", "do not text", "don't visit", "do not visit",
        "don't come by", "don't ring", "no more calls", "no more texts", "no more messages", "no more visits",
        "no more follow-ups", "no more follow ups", "too many calls", "too many texts", "too many messages",
        "too many visits", "too many follow-ups", "too many follow ups", "too many emails", "so many calls",
        "so many texts", "so many messages", "so many visits", "so many follow-ups", "so many emails", "back off", "leave them alone", "leave us alone", "leave me alone",
        "call less", "text less", "less often", "fewer calls", "fewer texts", "fewer messages", "fewer visits",
        "calling too much", "call too much", "calls too much", "texting too much", "text too much", "harassing",
        "pestering", "too much contact", "not so many", "stop callin", "stop caling", "stop txting", "2 many calls",
        "too manny calls", "not to call", "not to text", "not to visit", "not to come by", "not to message",
        "not call so much", "not to call so often", "not to contact", "stop reaching out", "quit calling", "quit texting",
    ] + hurriedTooEN
    /// `2 many txts`, `2 often`: a hurried `too` is `2` (a number glued to no unit, so never money here).
    static let hurriedTooEN = ["calls", "texts", "messages", "visits", "follow-ups", "follow ups", "emails"].map { "2 many " + $0 }
        + ["2 much contact", "calling 2 much", "call 2 much", "texting 2 much"]
    /// How often, said alone (`7-eleven says we call too often`): not of paying or ordering.
    static let pushBackOftenEN = ["too often", "so often", "too frequently", "too frequent", "not so often", "that often"]
    /// Weaker words: a push-back only with calls, texts or follow-ups after them.
    static let pushBackWeakEN = ["annoyed by", "annoyed with", "annoyed at", "annoyed about", "fed up with", "sick of",
                                 "tired of", "bothered by", "too much", "so much", "irritated by", "don't want", "doesn't want",
                                 "does not want", "do not want", "overwhelmed by", "complained about", "complain about",
                                 "unhappy about", "unhappy with", "hate", "hates"]
    static let contactWordsEN = ["calls", "calling", "texts", "texting", "messages", "messaging", "follow-ups",
                                 "follow ups", "followups", "follow-up", "visits", "visiting", "emails", "emailing",
                                 "being contacted", "being called", "contact", "phone calls", "sms"]
    static let pushBackZH = [
        "别老打电话", "别打电话", "不要打电话", "别再打电话", "不要再打电话", "少打电话", "别总打电话", "不要老打电话",
        "老是打电话", "总是打电话", "电话太多", "电话太频繁", "电话打得太多",
        "电话打得太勤", "电话太勤", "太频繁", "别发短信", "不要发短信", "别再发短信", "别老发短信", "短信太多",
        "短信太频繁", "不想天天收到", "不想收到短信", "不想再收到", "不想接电话", "不想被打扰", "联系太多", "联系太频繁",
        "联系得太勤", "联系太勤", "太勤", "嫌我们", "嫌烦", "别来了", "别再来了", "不要再来了", "不要来了", "别上门",
        "不要上门", "别老上门", "少联系", "别联系", "不要联系", "别老联系", "别再联系", "别老来", "别打扰", "不要打扰",
        "打扰到", "骚扰", "信息太多", "消息太多", "别发信息", "别发消息", "别老发", "跟进太多", "跟进太频繁", "别总发", "别打了", "少发短信", "别再打了", "不要再打了", "不要打了", "别老打了", "别再来", "别天天",
    ] + ["别", "不要", "别再", "不要再", "别老", "不要老", "别总", "不要总", "别总是", "少", "别天天", "不要天天", "不用再", "不用老"]
        .flatMap { no in ["打电话", "打电话来", "发短信", "发信息", "发消息", "发微信", "上门", "联系", "跟进", "打扰", "打过来"].map { no + $0 } }
        + ["微信太多", "微信太频繁"]

    /// Lines that ask how to answer, or remind the user: never a plan line.
    static let asksEN = ["how do i", "how to", "how should i", "what do i say", "what should i say", "what to say",
                         "script", "remind me", "remind us", "reminder", "don't let me forget"]
    static let asksZH = ["提醒我", "记得", "别忘", "话术", "怎么", "如何", "提醒"]
    /// Other plans: collections, the day, paying.
    static let otherPlansEN = ["collection", "collections", "collecting", "chase", "dunning", "payment plan",
                               "plans to", "plan to", "planning to", "planned", "planning", "plan my", "my day", "day plan",
                               "today's plan", "plan for today", "plan for tomorrow", "plan for the week", "pay", "pays",
                               "paid", "installment", "instalment", "complaint", "invoice"]
    static let otherPlansZH = ["收款", "催收", "催款", "回款", "付款", "还款", "分期", "投诉", "今天", "明天的计划", "本周计划",
                               "这周计划", "工作计划", "日程"]
    /// Said by the customer: not the user stopping or starting a plan.
    static let speechEN = ["said", "says", "say", "asked", "asks", "told us", "told me", "tells us", "wants us", "want us",
                           "doesn't want", "does not want", "don't want", "wrote", "replied", "mentioned", "complained"]
    static let speechZH = ["说", "表示", "反映", "嫌", "不想", "要求我们", "让我们", "叫我们"]

    // MARK: Rules

    static let en: [IntentRule] = [
        IntentRule(.planList, listEN, at: .whole),
        // `stop following up with acme`: the user stops; `acme said stop following up` pushes back.
        IntentRule(.planStop, ["stop following up with", "stop the follow-ups for", "stop follow-ups for",
                               "no more follow-ups for", "stop following up on", "take off the plan",
                               "stop following up w", "stop following up w/", "stop the follow-ups w", "stop the follow-ups w/"],
                   at: .start, unless: speechEN + asksEN),
        // No customer named: the handler asks whose.
        IntentRule(.planStop, ["stop the plan", "stop plan", "cancel the plan", "end the plan", "stop the follow-up plan",
                               "stop the follow-ups", "cancel the follow-up plan", "stop the follow-up"], at: .whole),
        IntentRule(.planStop, stopVerbsEN, needs: [.planCustomer], also: headWordsEN,
                   unless: speechEN + asksEN + otherPlansEN),
        IntentRule(.planStart, startVerbsEN, also: headWordsEN, unless: speechEN + asksEN + otherPlansEN),
        IntentRule(.planStart, startVerbsEN, also: namesEN, unless: speechEN + asksEN + otherPlansEN),
        // `harbor foods plan stop`: the plan first, the stop after it.
        IntentRule(.planStop, headWordsEN, needs: [.planCustomer], also: Array(stopsAfterEN),
                   unless: speechEN + asksEN + otherPlansEN),
        IntentRule(.planPushBack, pushBackEN, unless: asksEN),
        IntentRule(.planPushBack, pushBackOftenEN, needs: [.noAmount],
                   unless: asksEN + ["pay", "pays", "paid", "late", "order", "orders", "ordered", "buy", "buys", "complain",
                                     "complains", "breaks", "broke", "leaks", "fails"]),
        IntentRule(.planPushBack, pushBackWeakEN, needs: [.noAmount], also: contactWordsEN,
                   unless: asksEN + ["invoice", "price", "delivery", "quality", "product", "service", "bill"]),
        // `plan acme`, `acme's plan`, `what's the plan for sunday bakery`; with a plan named and no
        // word of asking (`after-sale plan for acme`), a start.
        IntentRule(.planShow, headWordsEN, needs: [.planCustomer], unless: asksEN + otherPlansEN),
    ]

    static let zh: [IntentRule] = [
        IntentRule(.planList, listZH, at: .whole),
        IntentRule(.planStop, ["停止计划", "停止跟进计划", "停止跟进", "取消跟进计划", "结束跟进计划", "停掉跟进计划"], at: .whole),
        IntentRule(.planStop, ["不用跟进了", "不用再跟进", "不用跟进", "不再跟进", "别跟进了", "停止跟进", "不跟进了"],
                   needs: [.planCustomer], unless: asksZH + speechZH),
        IntentRule(.planStop, stopVerbsZH, needs: [.planCustomer], also: ["跟进", "计划", "方案"], unless: asksZH + otherPlansZH),
        // 东方酒店的跟进计划停了: the plan first, the stop after it.
        IntentRule(.planStop, ["跟进计划", "跟进"], needs: [.planCustomer], also: stopVerbsZH, unless: asksZH + otherPlansZH),
        IntentRule(.planStart, startVerbsZH, also: ["跟进", "计划", "方案"] + namesZH,
                   unless: asksZH + otherPlansZH + speechZH),
        // 7天酒店报价跟进 下周一开始: the plan named first, the start said after it.
        IntentRule(.planStart, ["跟进计划", "跟进方案", "跟进"] + namesZH, also: startAfterZH,
                   unless: asksZH + otherPlansZH + speechZH + stopVerbsZH + ["什么时候", "吗", "?"]),
        IntentRule(.planPushBack, pushBackZH, unless: asksZH + ["邮件"]),
        IntentRule(.planShow, ["跟进计划", "的计划", "跟进方案", "的跟进", "哪个计划", "什么计划", "哪个跟进"],
                   needs: [.planCustomer], unless: asksZH + otherPlansZH),
    ]

    // MARK: Reading

    static let intents: Set<Intent> = [.planStart, .planStop, .planList, .planShow, .planPushBack]

    /// What `read` found, as token ranges.
    struct Reading {
        var customer: Range<Int>?
        var contact: Range<Int>?
    }

    /// Whether a stop or show line names whose plan it is (the rules' `planCustomer` need).
    static func namesCustomer(_ a: Analysis, intent: Intent, cue: Range<Int>) -> Bool {
        (a.language == .zh && a.tokens[cue.lowerBound].kind == .cjk ? targetZH(a, intent: intent, cue: cue)
            : targetEN(a, intent: intent, cue: cue)).customer != nil
    }

    /// Fills the slots of a plan line; returns the intent (a `plan.show` line that names a plan
    /// and asks nothing is a start: `after-sale plan for acme`) and, for a start or a stop, the
    /// words a plan has no place for (an amount, a clock time, a repeat, a stop's day), which
    /// stop the line rather than be dropped.
    static func read(_ slots: inout Slots, _ a: Analysis, match: IntentMatch, times: [TimeScanner.Found],
                     log: inout EvidenceLog) -> (Intent, ParseProblem?) {
        var intent = match.intent
        let zh = a.language == .zh && match.cue.map { a.tokens[$0.lowerBound].kind == .cjk } == true
        // Plans carry no money, number or repeat: those readers took words of a name or of what was said.
        for slot in ["amount", "portion", "id", "recurrence", "time", "until", "invoice"] { log.forget(slot) }
        slots.amount = nil; slots.portion = nil; slots.id = nil; slots.recurrence = nil; slots.time = nil
        slots.until = nil; slots.invoice = nil
        slots.text = nil; slots.topic = nil; slots.channel = nil; slots.value = nil
        log.forget("text"); log.forget("topic"); log.forget("channel"); log.forget("value")
        guard let cue = match.cue else { return (intent, nil) }
        var words: Range<Int>?
        var found: Reading
        switch intent {
        case .planList:
            if let (_, r) = SlotFiller.firstMatch(zh ? everyZH : everyEN, a) {
                slots.value = "all"
                log.note("value", a, r)
            }
            found = Reading()
        case .planStart:
            found = zh ? startZH(a, cue: cue, words: &words) : startEN(a, cue: cue, words: &words)
        case .planShow:
            found = zh ? targetZH(a, intent: intent, cue: cue) : targetEN(a, intent: intent, cue: cue)
            // Only words before the plan or after a comma name one (`after-sale plan for acme`,
            // `plan for acme, quote`); `the plan for acme is good` says something of it.
            if !zh, !asks(a), let w = planWordsEN(a, cue: cue, taken: [found.customer, found.contact]),
               w.upperBound <= (heads(a, headsEN).first?.lowerBound ?? 0)
                || (0..<w.lowerBound).contains(where: { [",", ":"].contains(a.word($0)) }) {
                intent = .planStart
                words = w
            }
        case .planStop:
            found = zh ? targetZH(a, intent: intent, cue: cue) : targetEN(a, intent: intent, cue: cue)
        default:
            found = zh ? speakerZH(a, cue: cue) : speakerEN(a, cue: cue)
            var said = zh ? saidZH(a, after: found, cue: cue) : saidEN(a, after: found, cue: cue)
            // `stop calling acme`: the customer is not their words.
            if let r = said, let c = found.customer, c.upperBound == r.upperBound, c.lowerBound > r.lowerBound {
                var e = c.lowerBound
                while e > r.lowerBound, ["to", "from", "for", ",", "-"].contains(a.word(e - 1)) { e -= 1 }
                said = r.lowerBound..<e
            }
            if let r = said {
                slots.text = a.originalText(r)
                log.note("text", words: slots.text)
            }
            // The way named in their words, else anywhere but the name (`call acme less often`).
            let whole = 0..<a.count
            let names = [found.customer, found.contact].compactMap { $0 }
            let anywhere = firstMatch(channels, a, in: whole).flatMap { m in names.contains { $0.overlaps(m.1) } ? nil : m }
            if let m = said.flatMap({ firstMatch(channels, a, in: $0) }) ?? anywhere {
                slots.channel = m.0
                log.note("channel", a, m.1)
            }
            if let (_, r) = firstMatch(often, a, in: said ?? whole) {
                slots.topic = "often"
                log.note("topic", a, r)
            }
        }
        // The line's shape decides both: a name the rules took elsewhere is dropped with its evidence.
        for (slot, key, range) in [(\Slots.customer, "customer", found.customer), (\Slots.contact, "contact", found.contact)] {
            if let r = range {
                slots[keyPath: slot] = a.originalText(r)
                log.note(key, a, r)
            } else {
                slots[keyPath: slot] = nil
                log.forget(key)
            }
        }
        // A titled person alone (张总, Mr Li) is who the line is about, for the handler to place.
        if found.contact == nil, let c = found.customer, isPerson(a, c) {
            slots.contact = slots.customer
            log.note("contact", a, c)
        }
        if intent == .planStart, let w = words {
            slots.text = a.originalText(w).lowercased()
            log.note("text", a, w)
        }
        // Only a start has a day: the first one said outside the name and the plan's words.
        slots.date = nil
        log.forget("date")
        var taken = [found.customer, found.contact, words].compactMap { $0 } + [cue]
        // `plan 4 acme`: the 4 is `for`.
        if let c = (found.contact ?? found.customer), c.lowerBound > 0, a.word(c.lowerBound - 1) == "4" {
            taken.append((c.lowerBound - 1)..<c.lowerBound)
        }
        var day: TimeScanner.Found?
        if intent == .planStart {
            day = times.first { f in f.value.day != nil && f.value.time == nil && f.value.recurrence == nil && !taken.contains { $0.overlaps(f.range) } }
            if let f = day {
                slots.date = f.value.day
                log.note("date", a, f.range)
            }
        }
        guard [.planStart, .planStop].contains(intent) else { return (intent, nil) }
        // `for acme $500`, `at 3pm`, `every week`; a stop `from friday` would stop today.
        let outside = { (r: Range<Int>) in !taken.contains { $0.overlaps(r) } }
        if let f = times.first(where: { $0.range != day?.range && outside($0.range) }) {
            return (intent, .unexplained(.unknownWords, words: a.originalText(f.range)))
        }
        if let i = (0..<a.count).first(where: { a.marks[$0] == .amount && outside($0..<($0 + 1)) }) {
            var e = i + 1
            while e < a.count, a.marks[e] == .amount { e += 1 }
            return (intent, .unexplained(.unknownWords, words: a.originalText(i..<e)))
        }
        return (intent, nil)
    }

    // MARK: English

    /// Words that lead into a name and are no part of it.
    static let leadEN: Set<String> = ["the", "a", "an", "our", "my", "customer", "client", "account", "for", "with", "me",
                                      "please", "pls", "now", "what", "what's", "whats", "is", "'s", "which", "show", "see",
                                      "view", "check", "how", "where", "on", "of", "to", "in", "into", "onto", "up",
                                      "and", "then", "also", "so", "ok", "okay", "hey", "can", "you", "could", "u"]
    /// Words that end a name.
    static let nameStopsEN: Set<String> = ["from", "starting", "beginning", "effective", "as", "on", "at", "with", "for",
                                           "please", "pls", "now", "'s", "to", "in", "into", "onto", "by", "off", "and",
                                           "then", "said", "says", "say", "asked", "asks", "told", "tells", "wants",
                                           "doesn't", "does", "don't", "do", "is", "are", "was", "were", "has", "have",
                                           "will", "wrote", "replied", "mentioned", "complained", "feels", "thinks",
                                           "keeps", "hates", "minds", "isn't", "aren't", "gets", "got", "too", "so",
                                           "going", "asap", "today", "instead", "again", "we", "they", "us", "them",
                                           "plan", "plans", "of", "starts", "start", "begin", "begins"]
    /// Words that are never a customer alone (`plan my day`, `nice plan`).
    static let notCustomersEN: Set<String> = [
        "day", "week", "month", "year", "me", "my", "us", "we", "they", "them", "it", "this", "that", "these", "those",
        "he", "she", "him", "her", "they're", "theyre", "everyone", "everybody", "nice", "good", "great", "bad", "best",
        "new", "old", "what", "which", "any", "some", "every", "all", "business", "sales", "marketing", "weekly", "daily",
        "monthly", "yearly", "action", "game", "master", "work", "your", "his", "their", "the", "a", "an", "customer",
        "client", "customers", "clients", "running", "active", "current", "stopped", "list", "show", "today", "tomorrow",
        "tonight", "i", "you", "one", "other", "another", "next", "last", "first", "second", "whole", "same", "following",
    ]
    /// Possessives that are contractions, not owners (`what's the plan`).
    static let notOwnersEN: Set<String> = ["what", "that", "it", "there", "here", "who", "where", "how", "let", "he",
                                           "she", "when", "why", "today", "tomorrow", "everyone", "one"]

    /// The heads (`plan`, `follow-up`) in the line, left to right.
    static func heads(_ a: Analysis, _ table: PhraseTable<Bool>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < a.count {
            if a.marks[i] != .name, let m = table.match(a.tokens, at: i) {
                out.append(i..<(i + m.length))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }

    /// A name from token `k` (after the words that lead into one) up to `limit` or a word that
    /// ends names; a day at its end is cut off (the start day). A person at a customer
    /// (`li wei at acme`, `li wei from acme`) or a customer's person (`acme's li wei`) gives both.
    static func nameEN(_ a: Analysis, from k: Int, limit: Int? = nil) -> Reading? {
        let limit = min(limit ?? a.count, a.count)
        var s = k
        while s < limit, a.marks[s] != .name, ["the", "a", "an", "our", "my", "customer", "client", "account"].contains(a.word(s)) {
            s += 1
        }
        var j = s
        // A name from the book is whole: what follows it is not more of it (`acme after sale plan`).
        if s < limit, a.marks[s] == .name {
            while j < limit, a.marks[j] == .name { j += 1 }
        }
        while j < limit, !(s < j && a.marks[s] == .name) {
            if a.marks[j] == .name { j += 1; continue }
            let t = a.tokens[j]
            if t.kind == .symbol {
                // 7-Eleven, Smith & Sons, Co.
                if ["-", "&"].contains(t.text) || (t.text == "." && !t.spaceBefore) { j += 1; continue }
                break
            }
            if t.kind == .word, nameStopsEN.contains(t.text) || (j > s && stopVerbsEN.contains(t.text)) { break }
            if headsEN.match(a.tokens, at: j) != nil, j > s { break }
            j += 1
        }
        var e = j
        // A day after the name is the start day (`for acme monday`); a day before more of it is
        // part of the name (`sunday bakery`).
        while e > s, a.marks[e - 1] == .time, (s..<(e - 1)).contains(where: { a.marks[$0] != .time }) {
            let lo = (s..<e).last { a.marks[$0] != .time } ?? s
            e = lo + 1
        }
        // `maple & co first visit plan`: a name the book does not know ends before a plan's own
        // name (a book name is whole, so `First Contact Ltd` in the book stays itself).
        if e > s + 1, !(s..<e).contains(where: { a.marks[$0] == .name }),
           let cut = ((s + 1)..<e).first(where: { k in planNamesEN.matches(a.tokens, at: k).contains { k + $0.length == e } }) {
            e = cut
        }
        while e > s, ["-", "&", ".", "and", "the"].contains(a.word(e - 1)) { e -= 1 }
        guard e > s else { return nil }
        let range = s..<e
        if range.allSatisfy({ a.marks[$0] == .time || a.tokens[$0].kind == .symbol }) { return nil }
        if range.allSatisfy({ notCustomersEN.contains(a.word($0)) || a.tokens[$0].kind == .symbol }) { return nil }
        if range.count > 7 { return nil }
        // The person and their company.
        if j < a.count, ["at", "from"].contains(a.word(j)), let company = nameEN(a, from: j + 1), let c = company.customer,
           company.contact == nil {
            return Reading(customer: c, contact: range)
        }
        if j < a.count, a.word(j) == "'s", j + 1 < a.count, headsEN.match(a.tokens, at: j + 1) == nil,
           let person = nameEN(a, from: j + 1), let p = person.customer, person.contact == nil,
           !(p.lowerBound..<p.upperBound).contains(where: { a.marks[$0] == .time }) {
            return Reading(customer: range, contact: p)
        }
        return Reading(customer: range)
    }

    /// `acme: …` — a name before a colon near the start.
    static func colonNameEN(_ a: Analysis, before limit: Int) -> Reading? {
        let start = NameCues.lineStart(a)
        guard let colon = (start..<min(limit, start + 8, a.count)).first(where: { a.word($0) == ":" }), colon > start else { return nil }
        return nameEN(a, from: start, limit: colon)
    }

    /// The customer whose plan a stop, show or push-back line is about.
    /// `beforeHead`: a name may stand before the plan (`stop the acme plan`); not on a start,
    /// where those are the plan's words (`add the after-sale plan`).
    static func targetEN(_ a: Analysis, intent: Intent, cue: Range<Int>, beforeHead: Bool = true) -> Reading {
        if let r = colonNameEN(a, before: a.count) { return r }
        // `stop following up with 7-eleven`.
        if ["with", "for", "on", "w"].contains(a.word(cue.upperBound - 1)), let r = nameEN(a, from: cue.upperBound) { return r }
        if a.word(cue.upperBound - 1) == "/", a.word(cue.upperBound - 2) == "w", let r = nameEN(a, from: cue.upperBound) { return r }
        let hs = heads(a, headsEN)
        // `cancel acme's follow-up plan`, `what's sunday bakery's plan`.
        for k in 1..<max(1, a.count) where a.word(k) == "'s" && !notOwnersEN.contains(a.word(k - 1)) {
            var s = k
            while s > 0, k - s < 6 {
                let w = a.word(s - 1)
                let t = a.tokens[s - 1]
                if a.marks[s - 1] != .name, leadEN.contains(w) || stopVerbsEN.contains(w) || startVerbsEN.contains(w)
                    || (t.kind == .symbol && !["-", "&", "."].contains(w)) { break }
                s -= 1
            }
            if s < k, let r = nameEN(a, from: s, limit: k), let c = r.customer {
                // `acme's li wei's plan` is rare; the owner is enough.
                return Reading(customer: c)
            }
        }
        // `the plan for Acme`, `plan for 3M China`.
        for h in hs where h.upperBound < a.count && ["for", "with", "of", "on", "4", "fr"].contains(a.word(h.upperBound)) {
            if let r = nameEN(a, from: h.upperBound + 1) { return r }
        }
        // `plan acme`, `end plan 7-eleven`.
        if let h = hs.last, !(intent == .planStop && stopsAfterEN.contains(a.word(h.upperBound))),
           let r = nameEN(a, from: h.upperBound) { return r }
        // `stop the acme plan`, `acme plan`.
        if beforeHead, let h = hs.first {
            var s = NameCues.lineStart(a)
            while s < h.lowerBound, a.marks[s] != .name {
                if let m = showWordsEN.match(a.tokens, at: s) { s += m.length; continue }
                let w = a.word(s)
                if leadEN.contains(w) || stopVerbsEN.contains(w) || startVerbsEN.contains(w) { s += 1; continue }
                break
            }
            if s < h.lowerBound, let r = nameEN(a, from: s, limit: h.lowerBound) { return r }
        }
        // `what plan is acme on`.
        if let h = hs.first, h.upperBound < a.count, a.word(h.upperBound) == "is",
           let on = ((h.upperBound + 1)..<a.count).first(where: { a.word($0) == "on" }),
           let r = nameEN(a, from: h.upperBound + 1, limit: on) {
            return r
        }
        return Reading()
    }

    /// Whether the line asks to see rather than do.
    static func asks(_ a: Analysis) -> Bool {
        (0..<a.count).contains { a.marks[$0] != .name && showWordsEN.match(a.tokens, at: $0) != nil }
    }

    /// A start: the customer after `for`/`with`, before a colon, or between `put` and `on`.
    static func startEN(_ a: Analysis, cue: Range<Int>, words: inout Range<Int>?) -> Reading {
        var found = colonNameEN(a, before: cue.lowerBound + 1) ?? Reading()
        if found.customer == nil, placingEN.contains(a.word(cue.lowerBound)),
           let on = (cue.upperBound..<a.count).first(where: { ["on", "to", "in", "into", "onto", "for"].contains(a.word($0)) }),
           on > cue.upperBound, headsEN.match(a.tokens, at: cue.upperBound) == nil,
           !["the", "a", "an", "our", "my"].contains(a.word(cue.upperBound)) || a.marks[cue.upperBound] == .name,
           let r = nameEN(a, from: cue.upperBound, limit: on) {
            // `put 7-eleven on the first contact plan`; not `start the after-sale plan for acme`.
            if (on..<a.count).contains(where: { headsEN.match(a.tokens, at: $0) != nil }) || a.word(on) != "for" {
                found = r
            }
        }
        if found.customer == nil {
            // `for`, hurried `4` and `w/`.
            for k in cue.upperBound..<a.count where ["for", "with", "w", "4", "fr"].contains(a.word(k)) && a.marks[k] != .name
                && (a.word(k) != "4" || a.tokens[k].kind == .number && k + 1 < a.count && a.tokens[k + 1].kind != .symbol) {
                if let r = nameEN(a, from: a.word(k + 1) == "/" ? k + 2 : k + 1) { found = r; break }
            }
        }
        if found.customer == nil {
            found = targetEN(a, intent: .planStart, cue: cue, beforeHead: false)
        }
        // `acme start after-sale plan`: the name before the verb.
        if found.customer == nil, cue.lowerBound > NameCues.lineStart(a),
           let r = nameEN(a, from: NameCues.lineStart(a), limit: cue.lowerBound) {
            found = r
        }
        words = planWordsEN(a, cue: cue, taken: [found.customer, found.contact])
        return found
    }

    /// Words that only join the plan's name to the rest of the line.
    static let fillersEN: Set<String> = ["the", "a", "an", "our", "my", "for", "with", "on", "to", "in", "into", "onto",
                                         "at", "from", "starting", "beginning", "effective", "as", "of", "please", "pls",
                                         "now", "asap", "called", "named", "and", "then", "up", "also", "just",
                                         "can", "you", "could", "u", "i", "want", "to", "let's", "lets", "them", "him",
                                         "her", "it", "is", "what", "what's", "whats", "me", "their", "his",
                                         "'s", "which", "see", "view", "off", "by", "ok", "okay", "so", "hey", "w"]

    /// The plan's name as typed: the first run of words no other part of the line took
    /// (`after-sale` in `start the after-sale plan for Acme`, `first contact` after a comma).
    static func planWordsEN(_ a: Analysis, cue: Range<Int>, taken: [Range<Int>?]) -> Range<Int>? {
        var free = Array(repeating: true, count: a.count)
        for r in taken.compactMap({ $0 }) + [cue] + heads(a, headsEN) { for i in r where i < a.count { free[i] = false } }
        for i in 0..<a.count {
            let w = a.word(i)
            if a.marks[i] == .time || a.marks[i] == .name || a.marks[i] == .email || a.marks[i] == .phone { free[i] = false }
            if a.tokens[i].kind == .symbol, !["-", "&"].contains(w) { free[i] = false }
            if fillersEN.contains(w) || startVerbsEN.contains(w) { free[i] = false }
            if Politeness.fillers.match(a.tokens, at: i)?.length == 1 { free[i] = false }
        }
        // `on the first contact plan`: day words in a run of the plan's words that reaches the
        // plan are its name (`first`), not a day.
        for h in heads(a, headsEN) {
            var k = h.lowerBound
            while k > 0, free[k - 1] || (a.marks[k - 1] == .time && !fillersEN.contains(a.word(k - 1))) { k -= 1 }
            if (k..<h.lowerBound).contains(where: { free[$0] }) {
                for i in k..<h.lowerBound where a.marks[i] == .time { free[i] = true }
            }
        }
        guard var s = free.firstIndex(of: true) else { return nil }
        while s < a.count, ["-", "&"].contains(a.word(s)) { s += 1 }
        var e = s
        // `during the job`: a small word inside the name, with more of it after.
        while e < a.count, free[e] || (["the", "a", "of", "and", "in", "-"].contains(a.word(e)) && a.marks[e] == .free
                                       && e + 1 < a.count && free[e + 1]) { e += 1 }
        while e > s, ["-", "&"].contains(a.word(e - 1)) { e -= 1 }
        // `start a new plan for acme` names no plan; `new lead` does.
        if e == s + 1, ["new", "another", "other", "different", "same"].contains(a.word(s)) { return nil }
        return e > s ? s..<e : nil
    }

    /// The customer or person of a push-back: before `said`/`says`/`:`/the cue, or after `from`.
    static func speakerEN(_ a: Analysis, cue: Range<Int>) -> Reading {
        if let r = colonNameEN(a, before: cue.lowerBound + 1) { return r }
        var start = NameCues.lineStart(a)
        // `call acme less often`: the user's own words, the customer after the verb.
        while start < cue.lowerBound, a.marks[start] != .name,
              ["call", "text", "visit", "email", "ring", "phone", "message", "contact"].contains(a.word(start)) { start += 1 }
        var end = start
        while end < cue.lowerBound, a.marks[end] == .name || !(speechEN.contains(a.word(end))
            || speechTableEN.match(a.tokens, at: end) != nil) { end += 1 }
        if end > start, let r = nameEN(a, from: start, limit: end) { return r }
        // `stop calling acme`, `too many calls from acme`.
        for k in cue.upperBound..<a.count where a.marks[k] == .name {
            let e = (k..<a.count).first { a.marks[$0] != .name } ?? a.count
            return Reading(customer: k..<e)
        }
        if cue.lowerBound <= NameCues.lineStart(a), let r = nameEN(a, from: cue.upperBound) { return r }
        return Reading()
    }

    /// What the customer said: the line after them and the word of saying.
    static func saidEN(_ a: Analysis, after who: Reading, cue: Range<Int>) -> Range<Int>? {
        var s = NameCues.lineStart(a)
        if let end = [who.customer, who.contact].compactMap({ $0?.upperBound }).max(), end <= cue.lowerBound { s = end }
        // `they said stop texting`: a pronoun before the word of saying is the speaker.
        if s < cue.lowerBound, ["they", "he", "she", "customer", "client"].contains(a.word(s)), sayEN.match(a.tokens, at: s + 1) != nil {
            s += 1
        }
        while s < cue.lowerBound, let m = sayEN.match(a.tokens, at: s) { s += m.length }
        var e = a.count
        while e > s, a.tokens[e - 1].kind == .symbol, [".", "!", "~"].contains(a.word(e - 1)) { e -= 1 }
        return e > s ? s..<e : nil
    }

    // MARK: Chinese

    /// Particles that lead into a name (给东方酒店…) and are no part of it.
    static let leadZH = PhraseTable<Bool>(["给", "为", "帮", "对", "把", "替", "跟", "和", "让", "客户", "帮我给", "请给",
                                           "开始给", "起给", "开始", "起", "从", "将"])
    static let genericZH: Set<String> = ["客户", "他", "她", "他们", "她们", "对方", "我们", "我", "你", "人家", "老板",
                                         "所有", "全部", "正在执行", "进行中", "当前", "目前", "哪些", "现在"]

    /// A Chinese name in `lo..<hi`: leading particles and a leading day word followed by a
    /// particle are dropped (明天给东方酒店…), a day word followed by more of the name stays
    /// (明天科技); a titled person at its end (八方来财酒楼王经理) is the contact.
    static func nameZH(_ a: Analysis, from lo: Int, to hi: Int) -> Reading? {
        var s = lo
        var e = min(hi, a.count)
        var moved = true
        while moved, s < e {
            moved = false
            if a.tokens[s].kind == .symbol { s += 1; moved = true; continue }
            if a.marks[s] != .name, let m = Politeness.fillers.match(a.tokens, at: s), s + m.length <= e { s += m.length; moved = true; continue }
            if a.marks[s] != .name, let m = leadZH.match(a.tokens, at: s), s + m.length < e { s += m.length; moved = true; continue }
            if a.marks[s] == .time {
                let t = (s..<e).first { a.marks[$0] != .time } ?? e
                // A day followed by a particle or nothing is a day; followed by more name, part of it.
                // `Sunday Bakery` in a Chinese line: an English day word before another English word is a name.
                let latinName = a.tokens[t].kind == .word && a.tokens[t - 1].kind == .word
                if t == e || a.tokens[t].kind == .symbol || (a.tokens[t].spaceBefore && !latinName)
                    || leadZH.match(a.tokens, at: t) != nil {
                    s = t
                    moved = true
                    continue
                }
            }
            if a.marks[s] != .name, let m = showWordsZH.match(a.tokens, at: s), s + m.length < e { s += m.length; moved = true; continue }
            // 停止计划, 启动东方酒店的…: the verb before a name is no part of it.
            if a.marks[s] != .name, let m = stopVerbsTableZH.match(a.tokens, at: s) ?? startVerbsTableZH.match(a.tokens, at: s) {
                s += m.length
                moved = true
                continue
            }
        }
        // 7天酒店重新开始…, 7天酒店 下周一开始…: an adverb or a day before the verb is no part of the name.
        var trimmed = true
        while trimmed {
            trimmed = false
            while e > s, a.marks[e - 1] != .name,
                  ["的", "了", "说", "也", "都", "在", "就", "要", "又", "还", "已经", "一直", "再"].contains(a.word(e - 1)) {
                e -= 1
                trimmed = true
            }
            if e > s + 2, a.marks[e - 1] != .name, a.marks[e - 2] != .name,
               ["重新", "再次", "已经", "一直", "马上", "现在"].contains(a.originalText((e - 2)..<e)) {
                e -= 2
                trimmed = true
            }
            if e > s + 1, a.marks[e - 1] == .time, let t = (s..<e).reversed().first(where: { a.marks[$0] != .time }) {
                e = t + 1
                trimmed = true
            }
        }
        while e > s, a.tokens[e - 1].kind == .symbol { e -= 1 }
        // 东方酒店在哪个跟进计划, 东方酒店现在的计划: the question or the time is no part of the name.
        if let q = find(questionZH, a,
                        from: s + 2, limit: e) {
            e = q.lowerBound
        }
        guard e > s else { return nil }
        let text = a.originalText(s..<e)
        guard text.count >= 2 || (e - s == 1 && a.tokens[s].kind == .word), !genericZH.contains(text), e - s <= 16,
              !(s..<e).allSatisfy({ a.marks[$0] == .time }) else { return nil }
        // 八方来财酒楼王经理: the company, then a surname and a title.
        if a.marks[s] != .name || (s..<e).contains(where: { a.marks[$0] != .name }) {
            for k in stride(from: e - 1, to: s + 2, by: -1) {
                if let t = NameLexicon.titles.match(a.tokens, at: k), k + t.length == e, k - 1 >= s + 2,
                   a.tokens[k - 1].kind == .cjk {
                    return Reading(customer: s..<(k - 1), contact: (k - 1)..<e)
                }
            }
        }
        return Reading(customer: s..<e)
    }

    /// The first index at or after `from` where one of `table`'s phrases starts, before `limit`.
    static func find(_ table: PhraseTable<Bool>, _ a: Analysis, from: Int, limit: Int? = nil) -> Range<Int>? {
        let end = min(limit ?? a.count, a.count)
        guard let m = table.firstMatch(a.tokens, from: from, skip: { $0 >= end || a.marks[$0] == .name }) else { return nil }
        return m.start..<(m.start + m.length)
    }

    static let startVerbsTableZH = PhraseTable<Bool>(startVerbsZH)
    static let stopVerbsTableZH = PhraseTable<Bool>(stopVerbsZH)

    /// A start: 给NAME安排售后跟进, NAME启动施工期间跟进计划, 启动NAME的售后计划.
    static func startZH(_ a: Analysis, cue: Range<Int>, words: inout Range<Int>?) -> Reading {
        if startVerbsTableZH.match(a.tokens, at: cue.lowerBound) == nil {
            return startAfterPlanZH(a, cue: cue, words: &words)
        }
        let head = find(headsZH, a, from: cue.upperBound)
        // The verb is the last one before the plan's words: 从下周一开始给华强电子安排… has two.
        var verb = cue
        var i = cue.upperBound
        while i < (head?.lowerBound ?? a.count) {
            if a.marks[i] != .name, let m = startVerbsTableZH.match(a.tokens, at: i) { verb = i..<(i + m.length); i += m.length } else { i += 1 }
        }
        var found = nameZH(a, from: 0, to: verb.lowerBound) ?? Reading()
        var wordsFrom = verb.upperBound
        if found.customer == nil, let de = find(deZH, a, from: verb.upperBound, limit: head?.lowerBound),
           let r = nameZH(a, from: verb.upperBound, to: de.lowerBound) {
            // 启动东方酒店的售后跟进计划
            found = r
            wordsFrom = de.upperBound
        }
        while wordsFrom < a.count, ["个", "一个", "一", "下", "一下", "了", "上"].contains(a.word(wordsFrom)) { wordsFrom += 1 }
        if let h = head, h.lowerBound > wordsFrom {
            words = wordsFrom..<h.lowerBound
        } else if let h = head, let colon = (h.upperBound..<a.count).first(where: { [":", ","].contains(a.word($0)) }),
                  colon + 1 < a.count {
            // 东方酒店启动跟进计划：售后
            var e = a.count
            while e > colon + 1, a.tokens[e - 1].kind == .symbol { e -= 1 }
            if e > colon + 1 { words = (colon + 1)..<e }
        }
        if head == nil, wordsFrom < a.count {
            // 给东方酒店安排售后: the plan's name ends the line.
            var e = a.count
            while e > wordsFrom, a.tokens[e - 1].kind == .symbol || ["了", "吧", "啊", "哈"].contains(a.word(e - 1)) { e -= 1 }
            if e > wordsFrom { words = wordsFrom..<e }
        }
        if let w = words, w.allSatisfy({ a.marks[$0] == .time || a.tokens[$0].kind == .symbol }) { words = nil }
        return found
    }

    static let namesTableZH = PhraseTable<Bool>(namesZH)

    /// A start said after the plan: NAME+the plan's words+跟进 … 开始. The name ends where the
    /// book's name ends, else at a bundled plan's name, else at 跟进/计划.
    static func startAfterPlanZH(_ a: Analysis, cue: Range<Int>, words: inout Range<Int>?) -> Reading {
        let head = find(headsZH, a, from: 0) ?? cue
        var end = head.lowerBound
        if let n = find(namesTableZH, a, from: 1, limit: end) {
            end = n.lowerBound
        } else if let first = (0..<end).first(where: { a.marks[$0] == .name }),
           let last = (first..<end).first(where: { a.marks[$0] != .name }) {
            end = min(end, last)
        }
        guard let found = nameZH(a, from: 0, to: end) else { return Reading() }
        var from = max(found.customer?.upperBound ?? 0, found.contact?.upperBound ?? 0)
        while from < head.lowerBound, a.tokens[from].kind == .symbol || a.word(from) == "的" { from += 1 }
        if from < head.lowerBound, !(from..<head.lowerBound).allSatisfy({ a.marks[$0] == .time }) {
            words = from..<head.lowerBound
        }
        return found
    }

    /// The customer a stop or show line is about: 停止NAME的跟进计划, NAME的跟进计划停了, 看看NAME的跟进计划.
    static func targetZH(_ a: Analysis, intent: Intent, cue: Range<Int>) -> Reading {
        let head = find(headsZH, a, from: 0)
        let verb = intent == .planStop ? find(stopVerbsTableZH, a, from: 0) : nil
        // The name ends at the 的 before the plan, or at the plan itself.
        func end(from s: Int) -> Int? {
            let de = find(deZH, a, from: s, limit: head?.lowerBound)
            let e = de?.lowerBound ?? head?.lowerBound
            // 东方酒店不用跟进了: the cue ends the name when it comes first.
            if cue.lowerBound > s, let e, cue.lowerBound < e { return cue.lowerBound }
            return e
        }
        if let v = verb, let h = head, v.upperBound <= h.lowerBound, let e = end(from: v.upperBound), e > v.upperBound,
           let r = nameZH(a, from: v.upperBound, to: e) {
            return r
        }
        if let e = end(from: 0), let r = nameZH(a, from: 0, to: e) { return r }
        return Reading()
    }

    /// The customer or person of a push-back: before 说/表示/嫌/不想… or the cue.
    static func speakerZH(_ a: Analysis, cue: Range<Int>) -> Reading {
        let speech = find(speechTableZH, a, from: 0,
                          limit: cue.lowerBound)
        return nameZH(a, from: 0, to: speech?.lowerBound ?? cue.lowerBound) ?? Reading()
    }

    /// What the customer said: after them and 说 (嫌…, 不想… are their words).
    static func saidZH(_ a: Analysis, after who: Reading, cue: Range<Int>) -> Range<Int>? {
        var s = 0
        if let end = [who.customer, who.contact].compactMap({ $0?.upperBound }).max(), end <= cue.lowerBound { s = end }
        // 他说别打电话了: a pronoun before 说 is the speaker.
        if s < cue.lowerBound, let p = pronounsZH.match(a.tokens, at: s),
           sayZH.match(a.tokens, at: s + p.length) != nil {
            s += p.length
        }
        while s < cue.lowerBound, let m = sayZH.match(a.tokens, at: s) { s += m.length }
        var e = a.count
        while e > s, a.tokens[e - 1].kind == .symbol { e -= 1 }
        return e > s ? s..<e : nil
    }

    // MARK: What a push-back objects to

    /// The words of saying before what the customer said.
    static let sayEN = PhraseTable<Bool>([
        "said", "says", "say", "asked us to", "asked me to", "asks us to", "told us to", "told me to", "told us", "told me",
        "tells us", "asked", "asks", "wrote", "replied", "mentioned", "that", ":", ",", "-", "'s", "has", "have", "just",
        "again", "called and said", "called to say", "rang to say", "emailed to say", "texted", "is", "are", "was", "were",
        "pls", "please", "plz", "asked us", "asked me", "asks us", "wants us to", "want us to", "would like us to",
    ])
    static let sayZH = PhraseTable<Bool>(["说", "说了", "表示", "反映", "跟我说", "跟我们说", "告诉我", "告诉我们", ":", ",", "讲"])
    static let pronounsZH = PhraseTable<Bool>(["他", "她", "他们", "她们", "对方", "客户"])
    static let speechTableEN = PhraseTable<Bool>(speechEN)
    static let speechTableZH = PhraseTable<Bool>(speechZH + ["说了", "跟我说", "跟我们说", "告诉我", "告诉我们", ":", ","])
    static let deZH = PhraseTable<Bool>(["的"])
    static let questionZH = PhraseTable<Bool>(["在哪", "现在", "目前", "正在", "在走", "在用", "是什么", "是哪个", "哪个", "什么"])

    static let channels = PhraseTable<Channel>([
        ("calling", .call), ("calls", .call), ("call", .call), ("called", .call), ("ringing", .call), ("ring", .call),
        ("phoning", .call), ("phone", .call), ("phone calls", .call), ("texting", .sms), ("texts", .sms), ("text", .sms),
        ("messages", .sms), ("messaging", .sms), ("message", .sms), ("sms", .sms), ("txting", .sms), ("txts", .sms),
        ("visiting", .visit), ("visits", .visit), ("visit", .visit), ("dropping by", .visit), ("coming by", .visit),
        ("come by", .visit), ("emails", .email), ("emailing", .email), ("email", .email), ("callin", .call), ("caling", .call),
        ("打电话", .call), ("电话", .call), ("来电", .call), ("短信", .sms), ("信息", .sms), ("消息", .sms), ("上门", .visit),
        ("拜访", .visit), ("别打了", .call), ("别再打了", .call), ("不要再打了", .call), ("不要打了", .call),
        ("别老打了", .call), ("别老来", .visit), ("别来了", .visit), ("别再来", .visit), ("少来", .visit), ("邮件", .email),
    ])
    static let often = PhraseTable<Bool>([
        "too often", "so often", "too many", "so many", "too much", "so much", "every day", "everyday", "daily",
        "all the time", "constantly", "less often", "less", "fewer", "too frequent", "too frequently", "so frequently",
        "again and again", "keep calling", "keeps calling", "always", "every single day", "2 many", "too manny", "2 much",
        "all the", "all these", "all those", "老", "总", "总是", "天天", "每天", "频繁", "太多", "太勤", "经常", "一直", "这么多", "那么多", "少打", "少发", "少联系",
    ])

    /// The first phrase of `table` within `r`.
    static func firstMatch<V>(_ table: PhraseTable<V>, _ a: Analysis, in r: Range<Int>) -> (V, Range<Int>)? {
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = table.match(a.tokens, at: i), i + m.length <= r.upperBound { return (m.value, i..<(i + m.length)) }
            i += 1
        }
        return nil
    }

    /// 张总, 王经理, Mr Li: a person named with a title.
    static func isPerson(_ a: Analysis, _ r: Range<Int>) -> Bool {
        if a.tokens[r.lowerBound].kind == .cjk { return NameGrammarZH.endsWithTitle(a, r) }
        return NameLexicon.titlesEN.contains(a.word(r.lowerBound))
    }
}
