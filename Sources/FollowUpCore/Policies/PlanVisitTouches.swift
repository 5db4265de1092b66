/// The touches a visit adds to a running plan (seed 004 篇1: a feedback call after each visit,
/// whether or not they ordered): each `afterVisit(days:)` touch of the plan's play, `days` after
/// the visit (today at the earliest, for a visit logged late; a call or visit on a working day),
/// on the channel the plan's
/// push-backs left it, repeating (when it does) slowed like the rest.
///
/// Nothing for a plan stopped or started after the visit, and no touch twice for one day: the
/// same visit logged again adds no second call.
public enum PlanVisitTouches {
    public static func schedule(_ touches: [PlanTouch], for plan: FollowUpPlan, visit: Day, today: Day,
                                open: [Reminder]) -> [PlanCadence.Scheduled] {
        guard plan.isActive, visit >= plan.started else { return [] }
        var out: [PlanCadence.Scheduled] = []
        for t in touches {
            guard case .afterVisit(let days) = t.when else { continue }
            let s = PlanCadence.Scheduled(t, of: plan, on: max(visit.adding(days: days), today))
            if open.contains(where: { $0.plan == plan.id && $0.isOpen && $0.touch == t.key && $0.due == s.due }) { continue }
            out.append(s)
        }
        return out
    }

    /// The open touches a visit has done (`endsWithVisit`: the call to book a visit), marked
    /// done on the visit's day; nothing for a plan stopped or started after the visit.
    public static func ended(_ touches: [PlanTouch], for plan: FollowUpPlan, visit: Day, open: [Reminder]) -> [(before: Reminder, after: Reminder)] {
        guard plan.isActive, visit >= plan.started else { return [] }
        let keys = Set(touches.filter(\.endsWithVisit).map(\.key))
        guard !keys.isEmpty else { return [] }
        return open.filter { $0.plan == plan.id && $0.isOpen && $0.touch.map(keys.contains) == true }.map { r in
            var done = r
            done.done = visit
            return (r, done)
        }
    }
}
