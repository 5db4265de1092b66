import FollowUpCore
#if canImport(Glibc)
import Glibc
#endif

/// Today from the system clock, in the local time zone.
struct SystemClock: Clock {
    func today() -> Day {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            // localtime_r only fails for times far outside any calendar a book uses.
            return Day(ordinal: now / 86_400)
        }
        return day
    }

    func now() -> TimeOfDay? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        return TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
    }
}
