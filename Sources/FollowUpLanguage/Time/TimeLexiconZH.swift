import FollowUpCore

/// Chinese time words (Mandarin and Cantonese): relative days, weekdays, units, month offsets,
/// periods, holidays, repeats.
enum TimeLexiconZH {
    /// Traditional forms of characters in these words that the normaliser leaves as typed,
    /// so each word also matches when written traditionally (聽日, 聖誕節, 婦女節).
    static let traditional: [Character: Character] = {
        let pairs = Array("听聽寻尋昼晝圣聖诞誕妇婦儿兒军軍劳勞动動归歸费費权權阳陽际際国國")
        return Dictionary(uniqueKeysWithValues: stride(from: 0, to: pairs.count - 1, by: 2).map { (pairs[$0], pairs[$0 + 1]) })
    }()

    /// A table whose words match in simplified and in traditional writing.
    static func table<T: Sendable>(_ entries: [(String, T)]) -> PhraseTable<T> {
        var all = entries
        for (word, value) in entries {
            let other = String(word.map { traditional[$0] ?? $0 })
            if other != word { all.append((other, value)) }
        }
        return PhraseTable(all)
    }

    static let relativeDays: PhraseTable<Int> = table([
        ("今天", 0), ("今日", 0), ("今儿", 0), ("当天", 0), ("明天", 1), ("明日", 1), ("明儿", 1), ("听日", 1),
        ("后天", 2), ("后日", 2), ("大后天", 3), ("大后日", 3), ("昨天", -1), ("昨日", -1), ("寻日", -1), ("琴日", -1),
        ("前天", -2), ("前日", -2), ("大前天", -3), ("大前日", -3), ("马上", 0), ("立刻", 0),
    ])

    /// 周一 … 星期天 … 礼拜日.
    static let weekdays: PhraseTable<Weekday> = {
        var e: [(String, Weekday)] = []
        let names: [(String, Weekday)] = [("一", .monday), ("二", .tuesday), ("三", .wednesday), ("四", .thursday),
                                          ("五", .friday), ("六", .saturday), ("日", .sunday), ("天", .sunday),
                                          ("七", .sunday)]
        for prefix in ["周", "星期", "礼拜", "週"] {
            for (n, w) in names { e.append((prefix + n, w)) }
        }
        return PhraseTable(e)
    }()

    /// 这/本/今个 = this week's, 下 = next week's, 上 = last week's, 下下 = the week after next.
    static let weekModifiers = PhraseTable<WeekdayModifier>([
        ("这", .thisWeek), ("这个", .thisWeek), ("本", .thisWeek), ("今个", .thisWeek), ("今", .thisWeek),
        ("下", .nextWeek), ("下个", .nextWeek), ("下一个", .nextWeek), ("上", .last), ("上个", .last),
        ("上一个", .last), ("下下", .weekAfterNext), ("下下个", .weekAfterNext),
    ])

    /// Month offsets before a day (`下月15号`, `今个月廿号`).
    static let monthModifiers = PhraseTable<Int>([
        ("本月", 0), ("这个月", 0), ("这月", 0), ("当月", 0), ("今个月", 0), ("下月", 1), ("下个月", 1),
        ("下一个月", 1), ("上月", -1), ("上个月", -1), ("下下个月", 2),
    ])

    static let units = PhraseTable<TimeUnit>([
        ("天", .day), ("日", .day), ("周", .week), ("星期", .week), ("个星期", .week), ("礼拜", .week),
        ("个礼拜", .week), ("个月", .month), ("月", .month), ("年", .year), ("个工作日", .businessDay),
        ("工作日", .businessDay), ("小时", .hour), ("个小时", .hour), ("分钟", .minute), ("个钟", .hour),
        ("个钟头", .hour),
    ])

    /// After a count: later (1) or ago (-1).
    static let direction = PhraseTable<Int>([
        ("后", 1), ("以后", 1), ("之后", 1), ("过后", 1), ("内", 1), ("以内", 1), ("之内", 1), ("前", -1),
        ("以前", -1), ("之前", -1),
    ])

    static let ranges = PhraseTable<NamedSpan>([
        ("下周", .nextWeek), ("下星期", .nextWeek), ("下个星期", .nextWeek), ("下礼拜", .nextWeek),
        ("下个礼拜", .nextWeek), ("下一周", .nextWeek), ("本周", .thisWeek), ("这周", .thisWeek),
        ("这个星期", .thisWeek), ("这星期", .thisWeek), ("这礼拜", .thisWeek), ("这个礼拜", .thisWeek),
        ("今个礼拜", .thisWeek), ("今个星期", .thisWeek), ("上周", .lastWeek), ("上星期", .lastWeek),
        ("上个星期", .lastWeek), ("上礼拜", .lastWeek), ("上个礼拜", .lastWeek), ("下个月", .nextMonth),
        ("下月", .nextMonth), ("本月", .thisMonth), ("这个月", .thisMonth), ("今个月", .thisMonth),
        ("月底", .endOfMonth), ("本月底", .endOfMonth), ("这个月底", .endOfMonth), ("月末", .endOfMonth),
        ("本月末", .endOfMonth), ("下月底", .endOfNextMonth), ("下个月底", .endOfNextMonth),
        ("下月末", .endOfNextMonth), ("年底", .endOfYear), ("年末", .endOfYear), ("今年底", .endOfYear),
        ("今年年底", .endOfYear), ("月初", .startOfNextMonth), ("下月初", .startOfNextMonth),
        ("下个月初", .startOfNextMonth), ("本周末", .weekend), ("这周末", .weekend), ("周末", .weekend),
        ("这个周末", .weekend), ("下周末", .nextWeekend), ("下个周末", .nextWeekend), ("明年", .startOfNextYear),
        ("月中", .midMonth), ("下月中", .midNextMonth), ("下个月中", .midNextMonth), ("上个月", .lastMonth),
        ("上月", .lastMonth), ("下下周", .weekAfterNext), ("下下个星期", .weekAfterNext),
    ])

    /// Parts of the day before an hour.
    static let periods: PhraseTable<DayPeriod> = table([
        ("上午", .morning), ("早上", .morning), ("早晨", .morning), ("清早", .morning), ("凌晨", .morning),
        ("早", .morning), ("中午", .noon), ("下午", .afternoon), ("晏昼", .afternoon), ("傍晚", .afternoon),
        ("晚上", .night), ("晚", .night), ("夜里", .night),
    ])

    /// The same parts of the day alone, as times.
    static let periodTimes = PhraseTable<DayAtTime>([
        ("上午", DayAtTime(0, 9)), ("早上", DayAtTime(0, 9)), ("早晨", DayAtTime(0, 9)), ("中午", DayAtTime(0, 12)),
        ("下午", DayAtTime(0, 14)), ("傍晚", DayAtTime(0, 18)), ("晚上", DayAtTime(0, 20)),
    ])

    /// A relative day with a part of it (`今晚` = today 20:00).
    static let dayPeriods = PhraseTable<DayAtTime>([
        ("今晚", DayAtTime(0, 20)), ("今天晚上", DayAtTime(0, 20)), ("今早", DayAtTime(0, 9)), ("明早", DayAtTime(1, 9)),
        ("明晚", DayAtTime(1, 20)), ("昨晚", DayAtTime(-1, 20)),
    ])

    /// Minute words after the hour: 半 = 30, 一刻 = 15, 三刻 = 45.
    static let minuteWords = PhraseTable<Int>([("半", 30), ("一刻", 15), ("三刻", 45), ("整", 0)])

    static let holidays: PhraseTable<Holiday> = table([
        ("元旦", .fixed(month: 1, day: 1)), ("元旦节", .fixed(month: 1, day: 1)), ("阳历新年", .fixed(month: 1, day: 1)),
        ("国庆", .fixed(month: 10, day: 1)), ("国庆节", .fixed(month: 10, day: 1)), ("劳动节", .fixed(month: 5, day: 1)),
        ("五一", .fixed(month: 5, day: 1)), ("五一劳动节", .fixed(month: 5, day: 1)),
        ("五一国际劳动节", .fixed(month: 5, day: 1)), ("圣诞", .fixed(month: 12, day: 25)),
        ("圣诞节", .fixed(month: 12, day: 25)), ("平安夜", .fixed(month: 12, day: 24)),
        ("情人节", .fixed(month: 2, day: 14)), ("圣瓦伦丁节", .fixed(month: 2, day: 14)),
        ("妇女节", .fixed(month: 3, day: 8)), ("儿童节", .fixed(month: 6, day: 1)), ("国际儿童节", .fixed(month: 6, day: 1)),
        ("建军节", .fixed(month: 8, day: 1)), ("八一建军节", .fixed(month: 8, day: 1)),
        ("愚人节", .fixed(month: 4, day: 1)), ("万圣节", .fixed(month: 10, day: 31)),
        ("澳门回归纪念日", .fixed(month: 12, day: 20)), ("国际消费者权益日", .fixed(month: 3, day: 15)),
        ("三一五", .fixed(month: 3, day: 15)),
        ("春节", .lunar(month: 1, day: 1)), ("过年", .lunar(month: 1, day: 1)), ("大年初一", .lunar(month: 1, day: 1)),
        ("正月初一", .lunar(month: 1, day: 1)), ("农历新年", .lunar(month: 1, day: 1)), ("新春", .lunar(month: 1, day: 1)),
        ("正月正时", .lunar(month: 1, day: 1)), ("正月朔日", .lunar(month: 1, day: 1)),
        ("元宵", .lunar(month: 1, day: 15)), ("元宵节", .lunar(month: 1, day: 15)), ("正月十五", .lunar(month: 1, day: 15)),
        ("端午", .lunar(month: 5, day: 5)), ("端午节", .lunar(month: 5, day: 5)), ("七夕", .lunar(month: 7, day: 7)),
        ("七夕节", .lunar(month: 7, day: 7)), ("中秋", .lunar(month: 8, day: 15)), ("中秋节", .lunar(month: 8, day: 15)),
        ("八月十五", .lunar(month: 8, day: 15)), ("重阳", .lunar(month: 9, day: 9)), ("重阳节", .lunar(month: 9, day: 9)),
        ("腊八", .lunar(month: 12, day: 8)), ("腊八节", .lunar(month: 12, day: 8)), ("除夕", .lunarNewYearsEve),
        ("大年三十", .lunarNewYearsEve), ("年三十", .lunarNewYearsEve), ("大年夜", .lunarNewYearsEve),
    ])

    static let repeats = PhraseTable<Recurrence>([
        ("每天", .daily), ("每日", .daily), ("天天", .daily), ("每个工作日", .weekdays), ("每工作日", .weekdays),
        ("工作日每天", .weekdays), ("每逢工作日", .weekdays), ("周一到周五每天", .weekdays), ("每周", .weekly),
        ("每星期", .weekly), ("每个星期", .weekly), ("每礼拜", .weekly), ("每个礼拜", .weekly), ("每月", .monthly),
        ("每个月", .monthly), ("每两周", .every(2, .week)), ("每两个星期", .every(2, .week)), ("隔周", .every(2, .week)),
        ("每隔一周", .every(2, .week)), ("每季度", .every(3, .month)), ("每个季度", .every(3, .month)),
        ("每年", .every(12, .month)), ("每隔一天", .every(2, .day)), ("隔天", .every(2, .day)),
    ])

    /// The last day of every month.
    static let monthEndRepeats = PhraseTable<Bool>([
        "每月最后一天", "每个月最后一天", "每月的最后一天", "每个月的最后一天", "每月底", "每个月底", "每月月底", "每月末",
    ])

    /// Words before a time expression that belong to it.
    static let leadIns = PhraseTable<Bool>(["在", "于", "到", "截至", "截止", "从", "等到", "赶在"])

    /// Words after a day that belong to it (`周五前` = by Friday).
    static let trailers = PhraseTable<Bool>(["前", "之前", "以前", "左右", "前后", "当天", "那天"])
}
