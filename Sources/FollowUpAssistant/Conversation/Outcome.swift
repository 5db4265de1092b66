import FollowUpCore

/// What carrying out a line produced, before anything is saved.
enum Outcome {
    /// Changes to save, then the reply to show once they are saved.
    case change([Event], [Reply.Line])
    /// Takes back the step `seq` with its inverse events.
    case undo(seq: Int, [Event], [Reply.Line])
    /// A read-only answer that reports a failure (an import with nothing it could take).
    case failed([Reply.Line])
    /// A read-only answer.
    case show([Reply.Line])
    /// A question; the next line answers it.
    case ask(Question, [Reply.Line])
    /// A report as a table, for `--csv`: printed, or written to the file the line names.
    case table(ReportTable)
    /// The user asked to leave.
    case quit([Reply.Line])
}
