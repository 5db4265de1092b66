/// How a salesperson reaches a customer: for contacts, reminders and plan touches.
public enum Channel: String, Sendable, CaseIterable, Equatable {
    case call, visit, email, sms, letter
}
