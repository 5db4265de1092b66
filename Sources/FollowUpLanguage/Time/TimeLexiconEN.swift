import FollowUpCore

/// English time words: relative days, weekdays, months, units, periods, holidays, repeats.
enum TimeLexiconEN {
    static let relativeDays = PhraseTable<Int>([
        ("today", 0), ("2day", 0), ("tomorrow", 1), ("tomorrows", 1), ("tmr", 1), ("yday", -1), ("yest", -1),
        ("tmrw", 1), ("tomorow", 1), ("tommorow", 1), ("2moro", 1), ("the day after tomorrow", 2),
        ("day after tomorrow", 2), ("overmorrow", 2), ("yesterday", -1), ("the day before yesterday", -2),
        ("day before yesterday", -2), ("end of day", 0), ("end of today", 0), ("eod", 0),
        ("right now", 0), ("asap", 0),
    ])

    static let weekdays = PhraseTable<Weekday>([
        ("monday", .monday), ("mon", .monday), ("tuesday", .tuesday), ("tue", .tuesday), ("tues", .tuesday),
        ("wednesday", .wednesday), ("wed", .wednesday), ("weds", .wednesday), ("thursday", .thursday),
        ("thu", .thursday), ("thur", .thursday), ("thurs", .thursday), ("friday", .friday), ("fri", .friday),
        ("saturday", .saturday), ("sunday", .sunday),
    ])

    /// Abbreviations that are also ordinary words; they need "on", "this", "next"… before them.
    static let ambiguousWeekdays = PhraseTable<Weekday>([("sat", .saturday), ("sun", .sunday)])

    /// Plural weekdays for repeats ("on Mondays").
    static let weekdaysPlural = PhraseTable<Weekday>([
        ("mondays", .monday), ("tuesdays", .tuesday), ("wednesdays", .wednesday), ("thursdays", .thursday),
        ("fridays", .friday), ("saturdays", .saturday), ("sundays", .sunday),
    ])

    /// Words before a weekday.
    static let weekdayModifiers = PhraseTable<WeekdayModifier>([
        ("this", .thisWeek), ("this coming", .coming), ("the coming", .coming), ("coming", .coming),
        ("upcoming", .coming), ("the next", .coming), ("next", .nextWeek), ("the following", .nextWeek),
        ("following", .nextWeek), ("a week from", .nextWeek), ("next next", .weekAfterNext), ("last", .last),
        ("past", .last), ("this past", .last),
    ])

    /// "Friday next week", "sunday from last week": the week shift after a weekday.
    static let weekAfterWeekday = PhraseTable<Int>([
        ("next week", 1), ("of next week", 1), ("this week", 0), ("of this week", 0), ("last week", -1),
        ("of last week", -1), ("from last week", -1), ("week after next", 2), ("the week after next", 2),
    ])

    /// "last week's Sunday": the week shift before a weekday.
    static let weekBeforeWeekday = PhraseTable<Int>([
        ("last week's", -1), ("this week's", 0), ("next week's", 1),
    ])

    static let months = PhraseTable<Int>([
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
        ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11),
        ("nov", 11), ("december", 12), ("dec", 12),
    ])

    /// Ordinal words as days (`march first`, `first of march`).
    static let ordinalWords = PhraseTable<Int>(NumberWords.ordinals.map { ($0.key, $0.value) })

    /// Which one in a month (`first Tuesday of October`, `last Friday in October`).
    static let nth = PhraseTable<Int>([
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4),
        ("fifth", 5), ("5th", 5), ("last", -1),
    ])

    static let units = PhraseTable<TimeUnit>([
        ("minute", .minute), ("minutes", .minute), ("min", .minute), ("mins", .minute), ("hour", .hour),
        ("hours", .hour), ("hr", .hour), ("hrs", .hour), ("h", .hour),
        ("day", .day), ("days", .day), ("d", .day), ("week", .week), ("weeks", .week), ("wk", .week),
        ("wks", .week), ("w", .week), ("month", .month), ("months", .month), ("mo", .month), ("mos", .month),
        ("quarter", .quarter), ("quarters", .quarter), ("year", .year), ("years", .year), ("yr", .year),
        ("yrs", .year), ("business day", .businessDay), ("business days", .businessDay),
        ("working day", .businessDay), ("working days", .businessDay), ("workdays", .businessDay),
        ("fortnight", .fortnight), ("fortnights", .fortnight),
    ])

    /// The month after a day of the month (`the 5th of next month`).
    static let monthOf = PhraseTable<Int>([
        ("of the month", 0), ("of this month", 0), ("this month", 0), ("of the current month", 0),
        ("day of this month", 0), ("of next month", 1), ("next month", 1), ("of the next month", 1),
        ("of the following month", 1), ("day of next month", 1), ("day of the next month", 1),
        ("of last month", -1), ("of the previous month", -1), ("of the last month", -1), ("day of last month", -1),
    ])

    /// Months named relative to this one, after "of".
    static let monthRefs = PhraseTable<Int>([
        ("the month", 0), ("this month", 0), ("the current month", 0), ("next month", 1), ("the next month", 1),
        ("the following month", 1), ("last month", -1), ("the previous month", -1), ("the last month", -1),
    ])

    /// Named ranges and boundaries.
    static let ranges = PhraseTable<NamedSpan>([
        ("next week", .nextWeek), ("this week", .thisWeek), ("last week", .lastWeek), ("next month", .nextMonth),
        ("this month", .thisMonth), ("the month", .thisMonth), ("the current month", .thisMonth),
        ("end of the month", .endOfMonth), ("end of month", .endOfMonth), ("end of this month", .endOfMonth),
        ("eom", .endOfMonth), ("month end", .endOfMonth), ("month-end", .endOfMonth),
        ("the end of the month", .endOfMonth), ("end of the week", .endOfWeek), ("end of week", .endOfWeek),
        ("end of this week", .endOfWeek), ("eow", .endOfWeek), ("the end of the week", .endOfWeek),
        ("end of next month", .endOfNextMonth), ("the end of next month", .endOfNextMonth),
        ("end of next week", .endOfNextWeek), ("end of the year", .endOfYear), ("end of year", .endOfYear),
        ("end of this year", .endOfYear), ("eoy", .endOfYear), ("year end", .endOfYear), ("year-end", .endOfYear),
        ("beginning of next month", .startOfNextMonth), ("start of next month", .startOfNextMonth),
        ("early next month", .startOfNextMonth), ("the beginning of next month", .startOfNextMonth),
        ("the start of next month", .startOfNextMonth), ("the weekend", .weekend), ("this weekend", .weekend),
        ("weekend", .weekend), ("next weekend", .nextWeekend), ("next year", .startOfNextYear),
        ("mid month", .midMonth), ("mid-month", .midMonth), ("the middle of the month", .midMonth),
        ("middle of the month", .midMonth), ("mid next month", .midNextMonth), ("mid-next month", .midNextMonth),
        ("the middle of next month", .midNextMonth), ("middle of next month", .midNextMonth),
        ("last month", .lastMonth), ("the previous month", .lastMonth), ("the week after next", .weekAfterNext),
        ("week after next", .weekAfterNext), ("later this week", .laterThisWeek), ("later this month", .thisMonth),
        // Taskwarrior's start-of synonyms look ahead, like its end-of ones.
        ("sow", .startOfNextWeek), ("start of next week", .startOfNextWeek),
        ("beginning of next week", .startOfNextWeek), ("som", .startOfNextMonth), ("soy", .startOfNextYear),
        ("start of next year", .startOfNextYear), ("beginning of next year", .startOfNextYear),
    ])

    /// A part of a named month: "mid December" is the 15th, "end of March" its last day.
    static let partOfMonth = PhraseTable<MonthPart>([
        ("mid", .middle), ("mid -", .middle), ("middle of", .middle), ("the middle of", .middle),
        ("in the middle of", .middle), ("end of", .end), ("the end of", .end), ("late", .end),
        ("beginning of", .start), ("the beginning of", .start), ("start of", .start), ("the start of", .start),
        ("early", .start),
    ])

    static let afterCount = PhraseTable<Bool>([
        "from now", "from today", "later", "hence", "after today", "out", "from tomorrow", "from right now",
    ])

    static let ampm = PhraseTable<DayPeriod>([
        ("am", .morning), ("a.m.", .morning), ("a.m", .morning), ("pm", .afternoon), ("p.m.", .afternoon),
        ("p.m", .afternoon), ("in the morning", .morning), ("in the am", .morning), ("in the afternoon", .afternoon),
        ("in the evening", .afternoon), ("at night", .afternoon),
    ])

    /// `3p`, `7a`: a letter glued to the hour.
    static let ampmLetters = PhraseTable<DayPeriod>([("a", .morning), ("p", .afternoon)])

    /// Parts of the day as times.
    static let periods = PhraseTable<DayAtTime>([
        ("morning", DayAtTime(0, 9)), ("afternoon", DayAtTime(0, 14)), ("evening", DayAtTime(0, 19)),
        ("night", DayAtTime(0, 20)), ("noon", DayAtTime(0, 12)), ("midday", DayAtTime(0, 12)),
        ("mid day", DayAtTime(0, 12)), ("lunchtime", DayAtTime(0, 12)), ("midnight", DayAtTime(0, 0)),
        ("first thing", DayAtTime(0, 9)), ("close of business", DayAtTime(0, 17)), ("cob", DayAtTime(0, 17)),
        ("end of business", DayAtTime(0, 17)), ("eob", DayAtTime(0, 17)),
    ])

    /// A day with a part of it: "this morning" is today at 9, "last night" yesterday at 20.
    static let dayPeriods = PhraseTable<DayAtTime>([
        ("this morning", DayAtTime(0, 9)), ("this afternoon", DayAtTime(0, 14)),
        ("this evening", DayAtTime(0, 19)), ("tonight", DayAtTime(0, 20)), ("tonite", DayAtTime(0, 20)),
        ("last night", DayAtTime(-1, 20)), ("yesterday morning", DayAtTime(-1, 9)),
        ("yesterday afternoon", DayAtTime(-1, 14)), ("yesterday evening", DayAtTime(-1, 19)),
        ("tomorrow morning", DayAtTime(1, 9)), ("tomorrow afternoon", DayAtTime(1, 14)),
        ("tomorrow evening", DayAtTime(1, 19)), ("tomorrow night", DayAtTime(1, 20)),
        ("early morning", DayAtTime(0, 9)),
    ])

    static let holidays = PhraseTable<Holiday>([
        ("christmas", .fixed(month: 12, day: 25)), ("xmas", .fixed(month: 12, day: 25)),
        ("christmas day", .fixed(month: 12, day: 25)), ("christmas eve", .fixed(month: 12, day: 24)),
        ("new year", .fixed(month: 1, day: 1)), ("new year's day", .fixed(month: 1, day: 1)),
        ("new years day", .fixed(month: 1, day: 1)), ("new year's", .fixed(month: 1, day: 1)),
        ("new years", .fixed(month: 1, day: 1)), ("valentine's day", .fixed(month: 2, day: 14)),
        ("valentines day", .fixed(month: 2, day: 14)), ("valentine day", .fixed(month: 2, day: 14)),
        ("valentine's", .fixed(month: 2, day: 14)), ("halloween", .fixed(month: 10, day: 31)),
        ("national day", .fixed(month: 10, day: 1)), ("labor day", .fixed(month: 5, day: 1)),
        ("labour day", .fixed(month: 5, day: 1)), ("new year's eve", .fixed(month: 12, day: 31)),
        ("new years eve", .fixed(month: 12, day: 31)), ("st patrick's day", .fixed(month: 3, day: 17)),
        ("st paddy's day", .fixed(month: 3, day: 17)), ("saint paddy's day", .fixed(month: 3, day: 17)),
        ("saint patrick's day", .fixed(month: 3, day: 17)), ("saint patricks day", .fixed(month: 3, day: 17)),
        ("ides of march", .fixed(month: 3, day: 15)), ("the ides of march", .fixed(month: 3, day: 15)), ("world vegan day", .fixed(month: 11, day: 1)),
        ("chinese new year", .lunar(month: 1, day: 1)), ("lunar new year", .lunar(month: 1, day: 1)),
        ("chinese new year's day", .lunar(month: 1, day: 1)), ("chinese lunar new year's day", .lunar(month: 1, day: 1)),
        ("chinese new years", .lunar(month: 1, day: 1)), ("chinese lunar new year", .lunar(month: 1, day: 1)),
        ("spring festival", .lunar(month: 1, day: 1)), ("lantern festival", .lunar(month: 1, day: 15)),
        ("dragon boat festival", .lunar(month: 5, day: 5)), ("duanwu", .lunar(month: 5, day: 5)),
        ("qixi", .lunar(month: 7, day: 7)), ("qixi festival", .lunar(month: 7, day: 7)),
        ("mid-autumn festival", .lunar(month: 8, day: 15)), ("mid autumn festival", .lunar(month: 8, day: 15)),
        ("mid-autumn", .lunar(month: 8, day: 15)), ("moon festival", .lunar(month: 8, day: 15)),
        ("double ninth festival", .lunar(month: 9, day: 9)), ("chongyang festival", .lunar(month: 9, day: 9)),
        ("laba festival", .lunar(month: 12, day: 8)), ("chinese new year's eve", .lunarNewYearsEve),
        ("chinese new years eve", .lunarNewYearsEve), ("lunar new year's eve", .lunarNewYearsEve),
        ("lunar new years eve", .lunarNewYearsEve),
    ])

    static let repeats = PhraseTable<Recurrence>([
        ("daily", .daily), ("every day", .daily), ("each day", .daily), ("everyday", .daily),
        ("every single day", .daily), ("once a day", .daily), ("every morning", .daily), ("every evening", .daily),
        ("every night", .daily), ("every weekday", .weekdays), ("every workday", .weekdays),
        ("every working day", .weekdays), ("every business day", .weekdays), ("weekdays", .weekdays),
        ("on weekdays", .weekdays), ("weekly", .weekly), ("every week", .weekly), ("each week", .weekly),
        ("once a week", .weekly), ("monthly", .monthly), ("every month", .monthly), ("each month", .monthly),
        ("once a month", .monthly), ("biweekly", .every(2, .week)), ("bi-weekly", .every(2, .week)),
        ("fortnightly", .every(2, .week)), ("every other week", .every(2, .week)),
        ("every two weeks", .every(2, .week)), ("every fortnight", .every(2, .week)),
        ("every other day", .every(2, .day)), ("every other month", .every(2, .month)),
        ("quarterly", .every(3, .month)), ("every quarter", .every(3, .month)), ("each quarter", .every(3, .month)),
        ("yearly", .every(12, .month)), ("annually", .every(12, .month)), ("every year", .every(12, .month)),
        ("each year", .every(12, .month)), ("once a year", .every(12, .month)),
    ])

    /// Monthly on the last day (`last day of every month`, `every month on the last day`).
    static let monthEndRepeats = PhraseTable<Bool>([
        "last day of every month", "the last day of every month", "last day of each month",
        "the last day of each month", "every month on the last day", "monthly on the last day",
        "on the last day of every month", "on the last day of each month", "end of every month",
        "the end of every month", "end of each month",
    ])

    /// Words that may precede a time expression and belong to it.
    static let leadIns = PhraseTable<Bool>([
        "on", "by", "before", "until", "till", "til", "no later than", "not later than", "from", "starting",
        "starting from", "beginning", "at", "around", "as of", "sometime", "some time", "on or before", "@",
    ])
}
