import FollowUpCore

extension Event {
    /// Writes the event as the journal keeps it (`{"type":"invoiceAdded","invoice":{…}}`), so
    /// tools that report changes (`followup say --json`) use the one encoding of events.
    public func writeJSON(_ w: inout JSONWriter) {
        EventCodec.write(self, &w)
    }
}
