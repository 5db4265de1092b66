/// How a contact went. No answer, a voicemail, a switched-off phone or a busy line mean the
/// customer was not reached, so the call is tried again.
public enum ContactOutcome: String, Sendable, CaseIterable, Equatable {
    case reached
    case noAnswer = "no_answer"
    case voicemail
    case phoneOff = "phone_off"
    case busy
    case promised
    case refused

    /// The customer was not spoken to: the call should be tried again.
    public var needsRetry: Bool {
        switch self {
        case .noAnswer, .voicemail, .phoneOff, .busy: return true
        case .reached, .promised, .refused: return false
        }
    }
}
