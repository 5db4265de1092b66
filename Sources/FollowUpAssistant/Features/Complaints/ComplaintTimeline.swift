import FollowUpCore
import FollowUpLanguage

/// The timeline of `complaint 3`: the day it was logged, then each move worded in the line's
/// language (the record keeps the changes, not words), with the step it moved to.
enum ComplaintTimeline {
    static func lines(_ x: Complaint, _ c: Context) -> [String] {
        var out = ["\(c.day(x.received)) · " + c.t("logged at step 1 of 6: listen and record", "记录投诉，第1/6步：倾听并记录")]
        var stage = ComplaintStage.listen
        for e in x.timeline {
            var s = "\(c.day(e.day)) · \(ComplaintMoveWording.change(e.change, c))"
            if e.stage != stage { s += " → " + ComplaintWording.step(e.stage, c.lang) }
            stage = e.stage
            out.append(s)
        }
        return out
    }
}
