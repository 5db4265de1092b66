import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// Why an import cannot start: no file, a file that is not a CSV this reads, or no columns.
enum ImportProblem: Error, Equatable {
    case noFile
    case badOption(String)
    case file(FileProblem, path: String)
    /// An Excel workbook (`.xlsx`, `.xls`) rather than CSV.
    case workbook(String)
    case utf16(String)
    case binary(String)
    case notUTF8(String)
    case empty(String)
    case unreadable(String)
    case tooManyRows(Int, limit: Int)
    case columnsMissing([ImportField], path: String, firstRow: [String])
    case namedColumnMissing(ImportField, name: String, path: String, firstRow: [String])
}

/// `import invoices FILE.csv [customer=… amount=… dates=day-month]`: reads the file, shows what
/// it will do, and asks; the answer yes saves every new customer and invoice as one step.
enum ImportCommand {
    static func run(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        do {
            return try prepare(p, c)
        } catch {
            throw Problem.importing(error)
        }
    }

    /// Reads the file and works out the plan; every way it can fail is an `ImportProblem`.
    static func prepare(_ p: ParsedLine, _ c: Context) throws(ImportProblem) -> Outcome {
        let args = try ImportArguments.parse(p.slots.text)
        let bytes: [UInt8]
        do {
            bytes = try c.files.read(args.path, limit: ImportText.maxBytes)
        } catch {
            throw .file(error, path: args.path)
        }
        let (text, encoding) = try ImportText.decode(bytes, path: args.path)
        let sheet = try ImportSheet.read(text, path: args.path, named: args.columns)
        let plan = ImportPlan(sheet: sheet, args: args, c)
        return outcome(plan, sheet: sheet, args: args, encoding: encoding, p, c)
    }

    static func outcome(_ plan: ImportPlan, sheet: ImportSheet, args: ImportArguments, encoding: String,
                        _ p: ParsedLine, _ c: Context) -> Outcome {
        let lines = ImportWording.preview(plan, sheet: sheet, path: args.path, encoding: encoding, c)
        guard !plan.invoices.isEmpty else {
            if plan.errors.isEmpty {
                return .show(lines + [Reply.Line(ImportWording.nothingNew(args.path, c.lang), tone: .muted)])
            }
            return .failed(lines + [Reply.Line(ImportWording.nothingImported(c.lang), tone: .error)])
        }
        let question = ImportWording.question(customers: plan.newCustomers.count, invoices: plan.invoices.count, c.lang)
        let done = [Reply.Line(ImportWording.done(customers: plan.newCustomers.count, invoices: plan.invoices.count,
                                                  path: args.path, c.lang), tone: .success)]
        return .ask(.confirmImport(plan.events, done: done, resume: p), lines + [Reply.Line(question, tone: .warning)])
    }
}
