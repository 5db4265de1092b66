import FollowUpCore

/// What a rule can know when producing its value.
struct TimeContext: Sendable {
    let today: Day
    /// Read `12/10` as 12 October (a book setting); month first otherwise.
    var dayFirst = false
}
