import FollowUpCore

/// What a complaint line says beyond the shared slots: the move it makes and the facts of it.
/// The customer, contact, invoice, amount, date and text stay in `Slots`; `Slots.id` is the
/// complaint's number when the line names one (`complaint 3`, `3号投诉`).
public struct ComplaintReading: Sendable, Equatable {
    /// What the line does to a complaint (`complaint.update`); nil on other intents.
    public var move: ComplaintMove?
    public var cause: ComplaintCause?
    public var remedy: Remedy?
    public var cooling: CoolingMove?
    public var severity: ComplaintSeverity?
    /// The words say the customer is angry (生气, furious, yelled).
    public var angry: Bool?
    /// The product it concerns, as typed (`AC unit`, `空调`).
    public var product: String?
    /// Who it is handed to (`service`, `售后部`).
    public var department: String?
    /// The answer to a satisfaction check-back.
    public var satisfied: Bool?
    /// The part of an invoice the customer disputes, when said (`disputes 1200 of INV-7`,
    /// 有3000有争议); also in `Slots.amount`.
    public var disputed: ParsedAmount?
    /// The line asks to move back to an earlier step (`complaint 3 back to listen`, 3号投诉退回第一步),
    /// which the steps never do.
    public var stepBack = false

    public init(move: ComplaintMove? = nil) { self.move = move }
}

/// The moves a line can make on an existing complaint (seeds 001, the six steps).
public enum ComplaintMove: String, Sendable, CaseIterable, Equatable {
    /// Step 2 done: the cause is found (`complaint 3: it was a product defect`).
    case cause
    /// Step 3 handed on: a department takes it (`handed #3 to service, they will visit Friday`).
    case handoff
    /// Step 3 done: a solution or remedy found (`#3 solution: replace the seal`).
    case solution
    /// Step 4: the solution told to the customer (`told Acme we'll replace the seal`).
    case told
    /// Step 5 done: carried out, resolved (`3号投诉已解决`).
    case resolved
    /// Step 6: the review written (`review #3: the installer skipped the pressure test`).
    case review
    /// Closed by hand.
    case close
    /// Opened again.
    case reopen
    /// A cooling move on an angry customer (`brought in my manager on #3`).
    case cooling
    /// A reply promised on a day (`told Zhang we'd reply by Friday`).
    case replyBy = "reply_by"
    /// The answer to the satisfaction check-back (`Acme is happy with the fix`, `张总不满意`).
    case checkBack = "check_back"
    /// Severity changed (`#3 is urgent`).
    case severity
    /// A remedy given, with money when it is a refund or credit note (`credit note 500 for #3`).
    case remedy
    /// A note added without moving the step.
    case note
    /// The invoice and the part of it disputed, said on a complaint already logged
    /// (`complaint 2 disputes 1200 of INV-2031`, 2号投诉争议金额1200).
    case dispute
}
