/// One element of a time rule's pattern; capturing elements append to the captures.
enum TimePiece: Sendable {
    /// One of these phrases; captures nothing.
    case word(PhraseTable<Bool>)
    /// Optionally one of these phrases; captures nothing.
    case optional(PhraseTable<Bool>)
    /// One of these phrases; captures its value.
    case table(TimeTable)
    /// Optionally one of these phrases; captures its value, or `absent` when missing.
    case optionalTable(TimeTable, absent: any Sendable)
    /// An integer in range (digits, Chinese numeral, or English word when `words`); captures it.
    case number(ClosedRange<Int>, words: Bool)
    /// A four-digit year (or `二〇二六`-style digits); captures it.
    case year
    /// An ordinal day (`10th`, `1st`, `the first`); captures it.
    case ordinal
    /// An expression found earlier covering tokens from here, of this kind; captures the `TimeExpr`.
    case expr(SpanKind)
    /// A decimal-looking number `25.05` or `2015.05` read as two numbers (dotted dates); captures both.
    case dotted
    /// 第N (`第一个星期一`), read even where the id scanner took it for an item number; captures N.
    case chineseOrdinal
    /// The end of the line or of a clause (a punctuation mark next); consumes nothing.
    case lineEnd
    /// The inner piece with no space before it.
    indirect case glued(TimePiece)
}

/// A lexicon of any value type, as a pattern piece sees it.
struct TimeTable: Sendable {
    let match: @Sendable ([Token], Int) -> (length: Int, value: any Sendable)?
    let firstTokens: Set<TokenKey>

    init<T: Sendable>(_ table: PhraseTable<T>) {
        match = { tokens, i in table.match(tokens, at: i).map { ($0.length, $0.value) } }
        firstTokens = table.firstTokens
    }
}

/// Which found expressions a composition may build on.
enum SpanKind: Sendable {
    /// A weekday said alone (`Friday`).
    case weekday
    /// Any single day with nothing else (`tomorrow`, `the 15th`, `Christmas`).
    case day
    /// A day given by month and day, or a bare day of the month (`Feb 10`, `the 19th`).
    case date
    /// A bare day of the month (`the 5th`), for `the 5th last day of May`.
    case dayOfMonth
    /// A weekday with "last" (`last Friday`), for `last Friday of October`.
    case lastWeekday
    /// A month without a day (`October`, `next month`).
    case month
    /// A count of units (`a week`, `2 days`).
    case duration
    /// A signed count of units (`+10 days`).
    case offset
    /// A time of day alone (`3pm`, `at 10`).
    case clock
    /// A day said with a part of the day (`this morning`, `tomorrow afternoon`).
    case dayWithPeriod

    func accepts(_ e: TimeExpr) -> Bool {
        switch self {
        case .weekday: return e.bareWeekday != nil
        case .day: return e.plainDay != nil
        case .date:
            switch e.plainDay {
            case .date?, .dayOfMonth?: return true
            default: return false
            }
        case .dayOfMonth: if case .dayOfMonth? = e.plainDay { return true } else { return false }
        case .lastWeekday: if case .weekday(_, .last)? = e.plainDay { return true } else { return false }
        case .month: return e.monthRef != nil
        case .duration: if case .duration? = e.partial { return true } else { return false }
        case .offset: if case .offset? = e.partial { return true } else { return false }
        case .clock: return e.day == nil && e.time != nil && e.recurrence == nil
        case .dayWithPeriod: return e.day != nil && e.time != nil && e.recurrence == nil
        }
    }
}

extension TimeExpr {
    /// The month this expression can stand for inside a larger one (`October`, `next month`).
    var monthRef: MonthRef? {
        if case .month(let ref)? = partial { return ref }
        switch day {
        case .span(.thisMonth)?: return .offset(0)
        case .span(.nextMonth)?: return .offset(1)
        case .span(.lastMonth)?: return .offset(-1)
        default: return nil
        }
    }
}

extension TimePiece {
    /// Tokens of words this piece can match (numbers aside), to skip positions no rule can use.
    var words: Set<TokenKey> {
        switch self {
        case .word(let t), .optional(let t): return t.firstTokens
        case .table(let t), .optionalTable(let t, _): return t.firstTokens
        case .glued(let inner): return inner.words
        case .number(_, let words):
            return words ? Set(NumberWords.values.keys.map(TokenKey.init)) : [TokenKey("廿"), TokenKey("卅")]
        case .year, .ordinal: return Set(NumberWords.ordinals.keys.map(TokenKey.init))
        case .expr, .lineEnd, .dotted: return []
        case .chineseOrdinal: return [TokenKey("第")]
        }
    }
}
