/// English time words: relative days, weekdays, months, units, periods, holidays, repeats.
enum TimeLexiconEN {
    static let relativeDays = PhraseTable<Int>([
        ("today", 0), ("this evening", 0), ("tomorrow", 1), ("tmr", 1),
        ("tmrw", 1), ("tomorow", 1), ("tommorow", 1), ("2moro", 1), ("the day after tomorrow", 2),
        ("day after tomorrow", 2), ("overmorrow", 2), ("yesterday", -1), ("the day before yesterday", -2),
        ("day before yesterday", -2), ("end of day", 0), ("end of today", 0), ("eod", 0),
        ("right now", 0), ("asap", 0),
    ])

    static let weekdays = PhraseTable<Int>([
        ("monday", 0), ("mon", 0), ("tuesday", 1), ("tue", 1), ("tues", 1), ("wednesday", 2), ("wed", 2),
        ("weds", 2), ("thursday", 3), ("thu", 3), ("thur", 3), ("thurs", 3), ("friday", 4), ("fri", 4),
        ("saturday", 5), ("sunday", 6),
    ])

    /// Abbreviations that are also ordinary words; they need "on", "this", "next"… before them.
    static let ambiguousWeekdays = PhraseTable<Int>([("sat", 5), ("sun", 6)])

    /// Plural weekdays for repeats ("on Mondays").
    static let weekdaysPlural = PhraseTable<Int>([
        ("mondays", 0), ("tuesdays", 1), ("wednesdays", 2), ("thursdays", 3), ("fridays", 4),
        ("saturdays", 5), ("sundays", 6),
    ])

    /// Weekday modifiers: 0 bare/coming, 1 next week's, -1 last, 2 this week's, 3 the week after next.
    static let weekdayModifiers = PhraseTable<Int>([
        ("this", 2), ("this coming", 0), ("the coming", 0), ("coming", 0), ("next", 1), ("last", -1),
        ("past", -1), ("this past", -1), ("the following", 1), ("following", 1), ("the next", 0),
        ("a week from", 1), ("next next", 3),
    ])

    /// "Friday next week": the week shift after a weekday.
    static let weekAfterWeekday = PhraseTable<Int>([
        ("next week", 1), ("of next week", 1), ("this week", 0), ("of this week", 0), ("last week", -1),
        ("week after next", 2), ("the week after next", 2),
    ])

    static let months = PhraseTable<Int>([
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
        ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11),
        ("nov", 11), ("december", 12), ("dec", 12),
    ])

    /// Units of a count: 1 day, 2 week, 3 month, 4 year, 5 business day, 6 fortnight.
    static let units = PhraseTable<Int>([
        ("day", 1), ("days", 1), ("d", 1), ("week", 2), ("weeks", 2), ("wk", 2), ("wks", 2), ("w", 2),
        ("month", 3), ("months", 3), ("mo", 3), ("mos", 3), ("year", 4), ("years", 4), ("yr", 4),
        ("yrs", 4), ("business day", 5), ("business days", 5), ("working day", 5), ("working days", 5),
        ("workdays", 5), ("fortnight", 6), ("fortnights", 6),
    ])

    /// Months-of offsets after an ordinal ("the 5th of next month").
    static let monthOf = PhraseTable<Int>([
        ("of the month", 0), ("of this month", 0), ("this month", 0), ("of next month", 1),
        ("next month", 1), ("of the next month", 1), ("of the following month", 1),
    ])

    /// Named ranges and boundaries (codes interpreted by the range rule).
    static let ranges = PhraseTable<Int>([
        ("next week", 1), ("this week", 2), ("last week", 3), ("next month", 4), ("this month", 5),
        ("end of the month", 6), ("end of month", 6), ("end of this month", 6), ("eom", 6),
        ("month end", 6), ("month-end", 6), ("the end of the month", 6), ("end of the week", 7),
        ("end of week", 7), ("end of this week", 7), ("eow", 7), ("the end of the week", 7),
        ("end of next month", 8), ("the end of next month", 8), ("end of next week", 9),
        ("end of the year", 10), ("end of year", 10), ("end of this year", 10), ("eoy", 10),
        ("year end", 10), ("year-end", 10), ("beginning of next month", 11), ("start of next month", 11),
        ("early next month", 11), ("the beginning of next month", 11), ("the start of next month", 11),
        ("the weekend", 12), ("this weekend", 12), ("weekend", 12), ("next weekend", 13),
        ("next year", 15), ("mid month", 16), ("mid-month", 16), ("the middle of the month", 16),
        ("middle of the month", 16), ("mid next month", 17), ("mid-next month", 17),
        ("the middle of next month", 17), ("middle of next month", 17), ("last month", 18),
        ("the week after next", 19), ("week after next", 19), ("later this week", 20), ("later this month", 21),
        // Taskwarrior's start-of synonyms look ahead, like its end-of ones.
        ("sow", 22), ("start of next week", 22), ("beginning of next week", 22), ("som", 11), ("soy", 15),
        ("start of next year", 15), ("beginning of next year", 15),
    ])

    /// A part of a named month: "mid December" is the 15th, "end of March" its last day.
    static let partOfMonth = PhraseTable<Int>([
        ("mid", 15), ("mid -", 15), ("middle of", 15), ("the middle of", 15), ("in the middle of", 15),
        ("end of", 31), ("the end of", 31), ("late", 31), ("beginning of", 1), ("the beginning of", 1),
        ("start of", 1), ("the start of", 1), ("early", 1),
    ])

    static let afterCount = PhraseTable<Bool>([
        "from now", "from today", "later", "hence", "after today", "out", "from tomorrow",
    ])

    static let ampm = PhraseTable<Int>([
        ("am", 1), ("a.m.", 1), ("a.m", 1), ("pm", 2), ("p.m.", 2), ("p.m", 2),
        ("in the morning", 1), ("in the afternoon", 2), ("in the evening", 2), ("at night", 2),
    ])

    /// Parts of the day as times (minutes after midnight).
    static let periods = PhraseTable<Int>([
        ("morning", 9 * 60), ("afternoon", 14 * 60), ("evening", 19 * 60), ("night", 20 * 60),
        ("noon", 12 * 60), ("midday", 12 * 60), ("lunchtime", 12 * 60),
        ("midnight", 0), ("first thing", 9 * 60), ("close of business", 17 * 60), ("cob", 17 * 60),
        ("end of business", 17 * 60), ("eob", 17 * 60),
    ])

    /// Holidays by `DateMath.holiday` code: month*100+day for Gregorian dates, 10000 + lunar
    /// month*100+day for lunar feasts, 20000 for the lunar new year's eve.
    static let holidays = PhraseTable<Int>([
        ("christmas", 1225), ("xmas", 1225), ("christmas day", 1225), ("christmas eve", 1224),
        ("new year", 101), ("new year's day", 101), ("new years day", 101), ("new year's", 101),
        ("new years", 101), ("valentine's day", 214), ("valentines day", 214), ("valentine's", 214),
        ("halloween", 1031), ("national day", 1001), ("labor day", 501), ("labour day", 501),
        ("new year's eve", 1231), ("new years eve", 1231),
        ("chinese new year", 10101), ("lunar new year", 10101), ("spring festival", 10101),
        ("lantern festival", 10115), ("dragon boat festival", 10505), ("duanwu", 10505), ("qixi", 10707),
        ("qixi festival", 10707), ("mid-autumn festival", 10815), ("mid autumn festival", 10815),
        ("mid-autumn", 10815), ("moon festival", 10815), ("double ninth festival", 10909),
        ("chongyang festival", 10909), ("laba festival", 11208), ("chinese new year's eve", 20000),
        ("chinese new years eve", 20000), ("lunar new year's eve", 20000), ("lunar new years eve", 20000),
    ])

    /// Repeats as every*10 + unit (1 day, 2 week, 3 month): 11 daily, 12 weekly, 13 monthly…
    static let repeats = PhraseTable<Int>([
        ("daily", 11), ("every day", 11), ("each day", 11), ("everyday", 11), ("every single day", 11),
        ("once a day", 11), ("every morning", 11), ("every evening", 11), ("every night", 11),
        ("every weekday", 11), ("every workday", 11), ("weekly", 12), ("every week", 12), ("each week", 12),
        ("once a week", 12), ("monthly", 13), ("every month", 13), ("each month", 13), ("once a month", 13),
        ("biweekly", 22), ("bi-weekly", 22), ("fortnightly", 22), ("every other week", 22),
        ("every two weeks", 22), ("every fortnight", 22), ("every other day", 21), ("every other month", 23),
        ("quarterly", 33), ("every quarter", 33), ("each quarter", 33), ("yearly", 123), ("annually", 123),
        ("every year", 123), ("each year", 123), ("once a year", 123), ("twice a month", 0),
    ])

    /// Words that may precede a time expression and belong to it.
    static let leadIns = PhraseTable<Bool>([
        "on", "by", "before", "until", "till", "til", "no later than", "not later than", "from", "starting",
        "starting from", "beginning", "at", "around", "as of", "sometime", "some time", "on or before",
    ])
}
