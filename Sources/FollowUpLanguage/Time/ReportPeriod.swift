import FollowUpCore

/// The period a report looks back over (`collection rate for november`, `本月回款率`): whole
/// periods, counted back from today, never ahead as a record's day would be.
///
/// - a month named alone is the latest one that has begun (`november` on Nov 18 is this
///   November, `december` last December); `11月` likewise;
/// - `this month`/`本月`, `this week`/`本周` run from the period's first day (the time words
///   alone would start them today, as the agenda wants);
/// - `this year`/`今年`/`ytd`, `last year`/`去年`, `this quarter`/`本季度`, `last quarter`/`上季度`,
///   `q1`…`q4`/`第一季度`…`第四季度` (the latest that has begun);
/// - any other date or range the time words gave is kept as it is.
enum ReportPeriod {
    enum Span: Sendable { case thisYear, lastYear, nextYear, thisQuarter, lastQuarter, nextQuarter, quarter(Int), half(Int) }

    static let spans = PhraseTable<Span>([
        ("this year", .thisYear), ("year to date", .thisYear), ("ytd", .thisYear), ("the year", .thisYear),
        ("this calendar year", .thisYear), ("last year", .lastYear), ("the previous year", .lastYear),
        ("this quarter", .thisQuarter), ("the quarter", .thisQuarter), ("quarter to date", .thisQuarter),
        ("qtd", .thisQuarter), ("last quarter", .lastQuarter), ("the previous quarter", .lastQuarter),
        ("next quarter", .nextQuarter), ("next year", .nextYear), ("下季度", .nextQuarter), ("下个季度", .nextQuarter),
        ("明年", .nextYear), ("h1", .half(1)), ("h2", .half(2)), ("first half", .half(1)), ("second half", .half(2)),
        ("the first half", .half(1)), ("the second half", .half(2)), ("上半年", .half(1)), ("下半年", .half(2)),
        ("this yr", .thisYear), ("last yr", .lastYear), ("this qtr", .thisQuarter), ("last qtr", .lastQuarter),
        ("next qtr", .nextQuarter), ("next yr", .nextYear), ("q1", .quarter(1)), ("q2", .quarter(2)), ("q3", .quarter(3)), ("q4", .quarter(4)),
        ("今年", .thisYear), ("本年", .thisYear), ("本年度", .thisYear), ("今年以来", .thisYear), ("年初至今", .thisYear),
        ("去年", .lastYear), ("上一年", .lastYear), ("本季度", .thisQuarter), ("这个季度", .thisQuarter),
        ("本季", .thisQuarter), ("上季度", .lastQuarter), ("上个季度", .lastQuarter), ("上一季度", .lastQuarter),
        ("第一季度", .quarter(1)), ("第二季度", .quarter(2)), ("第三季度", .quarter(3)), ("第四季度", .quarter(4)),
        ("一季度", .quarter(1)), ("二季度", .quarter(2)), ("三季度", .quarter(3)), ("四季度", .quarter(4)),
    ])

    /// Words a name grammar may take for a customer that only say which period or whom
    /// (`collection plan for the week`, `receivables detail for everyone`).
    static let notCustomers: Set<String> = ["week", "the week", "this week", "whole week", "the whole week", "month",
                                            "the month", "year", "the year", "quarter", "the quarter", "today", "now",
                                            "all", "everyone", "everybody", "all customers", "all of them", "me", "us",
                                            "本周", "这周", "全部", "所有", "所有客户", "大家", "全部客户"]

    /// Sets `date`...`until` to the period the line names; returns the words of a period found
    /// here (a name grammar may have taken them for a customer).
    @discardableResult
    static func fill(_ slots: inout Slots, _ a: Analysis, today: Day, log: inout EvidenceLog) -> Range<Int>? {
        if let (span, range) = find(a) {
            let (from, to) = days(span, today: today)
            slots.date = from
            slots.until = to
            log.forget("date")
            log.forget("until")
            log.note("date", a, range)
            log.note("until", a, range)
            return range
        }
        if slots.date == nil, let month = MonthSpan.find(a, today: today, lookingBack: true) {
            slots.date = month.from
            slots.until = month.to
            log.note("date", a, month.range)
            log.note("until", a, month.range)
            return month.range
        }
        // `this month` and `this week` resolve from today onward; a report wants the whole period.
        if let from = slots.date, let to = slots.until, from == today, to > today {
            if to == today.endOfMonth { slots.date = today.startOfMonth }
            else if to == today.startOfWeek.adding(days: 6) { slots.date = today.startOfWeek }
        }
        return nil
    }

    /// Words that speak of a period this does not know (`fiscal year`, `半年度`): the report
    /// must not quietly fall back to this month.
    static let periodWords = PhraseTable<Bool>(["quarter", "half", "fiscal", "fy", "semester", "season", "period", "year",
                                                "yr", "qtr", "mo", "month", "week", "wk",
                                                "季度", "半年", "年度", "财年", "全年", "季"])

    /// The first period word no rule read, with its tokens.
    static func unread(_ a: Analysis, skipping used: [Range<Int>]) -> Range<Int>? {
        var i = 0
        while i < a.count {
            if a.marks[i] == .free, !used.contains(where: { $0.contains(i) }), let m = periodWords.match(a.tokens, at: i) {
                return i..<(i + m.length)
            }
            i += 1
        }
        return nil
    }

    private static func find(_ a: Analysis) -> (Span, Range<Int>)? {
        var i = 0
        while i < a.count {
            // 第三季度: the 第三 may have been read as an item number; a period it is here.
            if a.marks[i] != .name, let m = spans.match(a.tokens, at: i) {
                return (m.value, i..<(i + m.length))
            }
            i += 1
        }
        return nil
    }

    static func days(_ span: Span, today: Day) -> (Day, Day) {
        let year = today.year
        let quarterStart = { (y: Int, q: Int) -> Day in Day(year: y, month: q * 3 - 2, day: 1) ?? today }
        let thisQuarter = (today.month - 1) / 3 + 1
        switch span {
        case .thisYear:
            return (Day(year: year, month: 1, day: 1) ?? today, Day(year: year, month: 12, day: 31) ?? today)
        case .lastYear:
            return (Day(year: year - 1, month: 1, day: 1) ?? today, Day(year: year - 1, month: 12, day: 31) ?? today)
        case .nextYear:
            return (Day(year: year + 1, month: 1, day: 1) ?? today, Day(year: year + 1, month: 12, day: 31) ?? today)
        case .nextQuarter:
            let (y, q) = thisQuarter == 4 ? (year + 1, 1) : (year, thisQuarter + 1)
            let s = quarterStart(y, q)
            return (s, s.adding(months: 2).endOfMonth)
        case .thisQuarter:
            let s = quarterStart(year, thisQuarter)
            return (s, s.adding(months: 2).endOfMonth)
        case .lastQuarter:
            let (y, q) = thisQuarter == 1 ? (year - 1, 4) : (year, thisQuarter - 1)
            let s = quarterStart(y, q)
            return (s, s.adding(months: 2).endOfMonth)
        case .half(let h):
            let y = h == 2 && today.month < 7 ? year - 1 : year
            let s = Day(year: y, month: h == 1 ? 1 : 7, day: 1) ?? today
            return (s, s.adding(months: 5).endOfMonth)
        case .quarter(let q):
            let y = q > thisQuarter ? year - 1 : year
            let s = quarterStart(y, q)
            return (s, s.adding(months: 2).endOfMonth)
        }
    }
}
