/// Chinese time words: relative days, weekdays, units, month offsets, periods, holidays, repeats.
enum TimeLexiconZH {
    static let relativeDays = PhraseTable<Int>([
        ("今天", 0), ("今日", 0), ("今儿", 0), ("今晚", 0), ("今早", 0), ("今天晚上", 0), ("当天", 0),
        ("明天", 1), ("明日", 1), ("明儿", 1), ("明早", 1), ("明晚", 1), ("后天", 2), ("大后天", 3),
        ("昨天", -1), ("昨日", -1), ("昨晚", -1), ("前天", -2), ("大前天", -3), ("马上", 0), ("立刻", 0),
    ])

    /// 周一 … 星期天 … 礼拜日, weekday index Monday = 0.
    static let weekdays: PhraseTable<Int> = {
        var e: [(String, Int)] = []
        let names = ["一", "二", "三", "四", "五", "六"]
        for prefix in ["周", "星期", "礼拜", "週"] {
            for (i, n) in names.enumerated() { e.append((prefix + n, i)) }
            e.append((prefix + "日", 6)); e.append((prefix + "天", 6)); e.append((prefix + "七", 6))
        }
        return PhraseTable(e)
    }()

    /// 这/本 = this week's, 下 = next week's, 上 = last week's, 下下 = the week after next.
    static let weekModifiers = PhraseTable<Int>([
        ("这", 2), ("这个", 2), ("本", 2), ("下", 1), ("下个", 1), ("下一个", 1), ("上", -1), ("上个", -1),
        ("上一个", -1), ("下下", 3), ("下下个", 3),
    ])

    /// Month offsets before a day (`下月15号`).
    static let monthModifiers = PhraseTable<Int>([
        ("本月", 0), ("这个月", 0), ("这月", 0), ("当月", 0), ("下月", 1), ("下个月", 1), ("下一个月", 1),
        ("上月", -1), ("上个月", -1), ("下下个月", 2),
    ])

    static let dayMarkers = PhraseTable<Bool>(["号", "日"])

    /// Units of a count: 1 day, 2 week, 3 month, 4 year, 7 half month.
    static let units = PhraseTable<Int>([
        ("天", 1), ("日", 1), ("周", 2), ("星期", 2), ("个星期", 2), ("礼拜", 2), ("个礼拜", 2), ("个月", 3),
        ("月", 3), ("年", 4), ("个工作日", 5), ("工作日", 5),
    ])

    /// After a count: later (1) or ago (-1).
    static let direction = PhraseTable<Int>([
        ("后", 1), ("以后", 1), ("之后", 1), ("过后", 1), ("内", 1), ("以内", 1), ("之内", 1), ("前", -1),
        ("以前", -1), ("之前", -1),
    ])

    /// Named ranges (codes shared with the English range rule where the meaning is the same).
    static let ranges = PhraseTable<Int>([
        ("下周", 1), ("下星期", 1), ("下个星期", 1), ("下礼拜", 1), ("下个礼拜", 1), ("下一周", 1),
        ("本周", 2), ("这周", 2), ("这个星期", 2), ("这星期", 2), ("这礼拜", 2), ("这个礼拜", 2),
        ("上周", 3), ("上星期", 3), ("上个星期", 3), ("下个月", 4), ("下月", 4), ("本月", 5), ("这个月", 5),
        ("月底", 6), ("本月底", 6), ("这个月底", 6), ("月末", 6), ("本月末", 6), ("下月底", 8),
        ("下个月底", 8), ("下月末", 8), ("年底", 10), ("年末", 10), ("今年底", 10), ("今年年底", 10),
        ("月初", 11), ("下月初", 11), ("下个月初", 11), ("本周末", 12), ("这周末", 12), ("周末", 12),
        ("这个周末", 12), ("下周末", 13), ("下个周末", 13), ("明年", 15), ("月中", 16), ("下月中", 17),
        ("下个月中", 17), ("上个月", 18), ("上月", 18), ("下下周", 19), ("下下个星期", 19),
    ])

    /// Parts of the day: 1 morning, 2 afternoon/evening, 3 noon, 4 night.
    static let periods = PhraseTable<Int>([
        ("上午", 1), ("早上", 1), ("早晨", 1), ("清早", 1), ("凌晨", 1), ("早", 1), ("中午", 3), ("下午", 2),
        ("傍晚", 2), ("晚上", 4), ("晚", 4), ("夜里", 4), ("今晚", 4), ("明早", 1), ("明晚", 4),
    ])

    /// The same parts of the day alone, as times (minutes after midnight).
    static let periodTimes = PhraseTable<Int>([
        ("上午", 9 * 60), ("早上", 9 * 60), ("早晨", 9 * 60), ("中午", 12 * 60), ("下午", 14 * 60),
        ("傍晚", 18 * 60), ("晚上", 20 * 60), ("今晚", 20 * 60), ("明早", 9 * 60), ("明晚", 20 * 60),
    ])

    static let hourMarkers = PhraseTable<Bool>(["点", "点钟", "时"])

    /// Minute words after the hour: 半 = 30, 一刻 = 15, 三刻 = 45.
    static let minuteWords = PhraseTable<Int>([("半", 30), ("一刻", 15), ("三刻", 45), ("整", 0)])

    /// Holidays by `DateMath.holiday` code: month*100+day for Gregorian dates, 10000 + lunar
    /// month*100+day for lunar feasts, 20000 for 除夕.
    static let holidays = PhraseTable<Int>([
        ("元旦", 101), ("国庆", 1001), ("国庆节", 1001), ("劳动节", 501), ("五一", 501), ("五一劳动节", 501),
        ("圣诞", 1225), ("圣诞节", 1225), ("平安夜", 1224), ("情人节", 214), ("妇女节", 308), ("儿童节", 601),
        ("春节", 10101), ("过年", 10101), ("大年初一", 10101), ("正月初一", 10101), ("农历新年", 10101),
        ("元宵", 10115), ("元宵节", 10115), ("正月十五", 10115), ("端午", 10505), ("端午节", 10505),
        ("七夕", 10707), ("七夕节", 10707), ("中秋", 10815), ("中秋节", 10815), ("八月十五", 10815),
        ("重阳", 10909), ("重阳节", 10909), ("腊八", 11208), ("腊八节", 11208), ("除夕", 20000),
        ("大年三十", 20000), ("年三十", 20000), ("大年夜", 20000),
    ])

    /// Repeats as every*10 + unit (1 day, 2 week, 3 month).
    static let repeats = PhraseTable<Int>([
        ("每天", 11), ("每日", 11), ("天天", 11), ("每个工作日", 11), ("每周", 12), ("每星期", 12),
        ("每个星期", 12), ("每礼拜", 12), ("每个礼拜", 12), ("每月", 13), ("每个月", 13), ("每两周", 22),
        ("隔周", 22), ("每隔一周", 22), ("每季度", 33), ("每个季度", 33), ("每年", 123), ("每隔一天", 21),
        ("隔天", 21),
    ])

    /// Words before a time expression that belong to it.
    static let leadIns = PhraseTable<Bool>(["在", "于", "到", "截至", "截止", "从", "等到", "赶在"])

    /// Words after a day that belong to it (`周五前` = by Friday).
    static let trailers = PhraseTable<Bool>(["前", "之前", "以前", "左右", "前后", "当天", "那天"])
}
