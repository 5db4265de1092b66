import FollowUpCore

/// What a rule can know when producing its value.
struct TimeContext: Sendable {
    let today: Day
}
