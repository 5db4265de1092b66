import FollowUpCore
import FollowUpLanguage

/// The complaint vocabulary in both languages: steps, causes, remedies, cooling moves, severity.
/// Each table is a switch over every case, so a new case cannot go unworded.
enum ComplaintVocabularyWording {
    /// A step's short name: `listen and record`, `听取并记录`.
    static func stage(_ s: ComplaintStage, _ lang: Lang) -> String {
        switch (s, lang) {
        case (.listen, .en): return "listen and record"
        case (.listen, .zh): return "倾听并记录"
        case (.analyse, .en): return "find the cause"
        case (.analyse, .zh): return "分析原因"
        case (.solve, .en): return "find a solution"
        case (.solve, .zh): return "找解决办法"
        case (.tell, .en): return "tell the customer"
        case (.tell, .zh): return "告知客户方案"
        case (.carryOut, .en): return "carry it out"
        case (.carryOut, .zh): return "落实解决"
        case (.review, .en): return "review"
        case (.review, .zh): return "总结复盘"
        case (.closed, .en): return "closed"
        case (.closed, .zh): return "已结案"
        }
    }

    /// What to do now at a step: the line a reply ends with (the step's name says the what).
    static func todo(_ s: ComplaintStage, _ lang: Lang) -> String {
        switch (s, lang) {
        case (.listen, .en): return "let them talk without arguing and write down what they say"
        case (.listen, .zh): return "让客户把话说完，不争辩，把原话记下来"
        case (.analyse, .en): return "is it on our side, the customer's, or the product's?"
        case (.analyse, .zh): return "问题出在我们、客户，还是产品？"
        case (.solve, .en): return "decide the fix, or hand it to the department that can make it (it stays yours until they take it over)"
        case (.solve, .zh): return "定下办法，或交给能处理的部门（对方接手前仍由你负责）"
        case (.tell, .en): return "explain the fix to the customer and get their agreement"
        case (.tell, .zh): return "向客户说明办法，征得对方同意"
        case (.carryOut, .en): return "get it done quickly, then record it as resolved"
        case (.carryOut, .zh): return "尽快办好，然后记为已解决"
        case (.review, .en): return "call to ask whether they are satisfied, then write down what caused it and what changes"
        case (.review, .zh): return "回访问客户是否满意，再写下原因和改进措施"
        case (.closed, .en): return "nothing left to do"
        case (.closed, .zh): return "无需再处理"
        }
    }

    static func cause(_ c: ComplaintCause, _ lang: Lang) -> String {
        switch (c, lang) {
        case (.explanation, .en): return "our explanation was lacking"
        case (.explanation, .zh): return "我方解释不到位"
        case (.promiseNotKept, .en): return "a promise we made was not kept"
        case (.promiseNotKept, .zh): return "我方承诺未兑现"
        case (.attitude, .en): return "our attitude"
        case (.attitude, .zh): return "我方服务态度"
        case (.customerOversight, .en): return "the customer's own oversight"
        case (.customerOversight, .zh): return "客户自身疏忽"
        case (.misunderstanding, .en): return "the customer misunderstood"
        case (.misunderstanding, .zh): return "客户误解"
        case (.productDefect, .en): return "a product defect"
        case (.productDefect, .zh): return "产品质量问题"
        case (.equipment, .en): return "equipment or installation"
        case (.equipment, .zh): return "设备或安装问题"
        case (.unknown, .en): return "not known yet"
        case (.unknown, .zh): return "原因未明"
        }
    }

    static func party(_ p: ComplaintCause.Party, _ lang: Lang) -> String {
        switch (p, lang) {
        case (.salesperson, .en): return "our side"
        case (.salesperson, .zh): return "我方"
        case (.customer, .en): return "the customer's side"
        case (.customer, .zh): return "客户方"
        case (.product, .en): return "the product"
        case (.product, .zh): return "产品"
        case (.unknown, .en): return "unknown"
        case (.unknown, .zh): return "未明"
        }
    }

    static func remedy(_ r: Remedy, _ lang: Lang) -> String {
        switch (r, lang) {
        case (.repair, .en): return "repair"
        case (.repair, .zh): return "维修"
        case (.replace, .en): return "replacement"
        case (.replace, .zh): return "换货"
        case (.refund, .en): return "refund"
        case (.refund, .zh): return "退款"
        case (.visit, .en): return "service visit"
        case (.visit, .zh): return "上门服务"
        case (.creditNote, .en): return "credit note"
        case (.creditNote, .zh): return "折让（红字冲减）"
        case (.apology, .en): return "apology"
        case (.apology, .zh): return "致歉"
        }
    }

    static func cooling(_ m: CoolingMove, _ lang: Lang) -> String {
        switch (m, lang) {
        case (.person, .en): return "change the person (bring in a manager)"
        case (.person, .zh): return "换人（请经理出面）"
        case (.place, .en): return "change the place (talk somewhere quieter)"
        case (.place, .zh): return "换地方（换个安静的地方谈）"
        case (.time, .en): return "change the time (promise a reply after looking into it)"
        case (.time, .zh): return "换时间（查清后约定答复时间）"
        }
    }

    static func severity(_ s: ComplaintSeverity, _ lang: Lang) -> String {
        switch (s, lang) {
        case (.low, .en): return "low"
        case (.low, .zh): return "轻微"
        case (.normal, .en): return "normal"
        case (.normal, .zh): return "一般"
        case (.high, .en): return "high"
        case (.high, .zh): return "严重"
        case (.urgent, .en): return "urgent"
        case (.urgent, .zh): return "紧急"
        }
    }

    /// What a complaint move does, for `why`.
    static func move(_ m: ComplaintMove, _ lang: Lang) -> String {
        switch (m, lang) {
        case (.cause, .en): return "the cause found"
        case (.cause, .zh): return "查明原因"
        case (.handoff, .en): return "handed to a department"
        case (.handoff, .zh): return "转交部门"
        case (.solution, .en): return "a solution found"
        case (.solution, .zh): return "找到解决方案"
        case (.told, .en): return "the customer told the solution"
        case (.told, .zh): return "告知客户方案"
        case (.resolved, .en): return "resolved"
        case (.resolved, .zh): return "已解决"
        case (.review, .en): return "the review"
        case (.review, .zh): return "复盘"
        case (.close, .en): return "closed"
        case (.close, .zh): return "结案"
        case (.reopen, .en): return "reopened"
        case (.reopen, .zh): return "重新打开"
        case (.cooling, .en): return "a cooling move"
        case (.cooling, .zh): return "降温"
        case (.replyBy, .en): return "a reply promised by a day"
        case (.replyBy, .zh): return "答应答复的日期"
        case (.checkBack, .en): return "the check-back answer"
        case (.checkBack, .zh): return "回访结果"
        case (.severity, .en): return "the severity changed"
        case (.severity, .zh): return "修改严重程度"
        case (.remedy, .en): return "a remedy given"
        case (.remedy, .zh): return "给出补救"
        case (.note, .en): return "a note"
        case (.note, .zh): return "备注"
        case (.dispute, .en): return "an amount in dispute"
        case (.dispute, .zh): return "争议金额"
        }
    }

    /// The complaint part of a reading as `why` lists it: slot name and value.
    static func explained(_ r: ComplaintReading, _ lang: Lang) -> [(String, String)] {
        let zh = lang == .zh
        var out: [(String, String)] = []
        if let v = r.move { out.append(("move", move(v, lang))) }
        if let v = r.cause { out.append(("cause", cause(v, lang))) }
        if let v = r.remedy { out.append(("remedy", remedy(v, lang))) }
        if let v = r.cooling { out.append(("cooling", cooling(v, lang))) }
        if let v = r.severity { out.append(("severity", severity(v, lang))) }
        if let v = r.angry { out.append(("angry", v ? (zh ? "是" : "yes") : (zh ? "否" : "no"))) }
        if let v = r.product { out.append(("product", v)) }
        if let v = r.department { out.append(("department", v)) }
        if let v = r.satisfied { out.append(("satisfied", v ? (zh ? "是" : "yes") : (zh ? "否" : "no"))) }
        return out
    }
}
