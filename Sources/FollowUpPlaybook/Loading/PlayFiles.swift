import Foundation

/// Where user play files are read from: the disk, or a dictionary in tests.
public protocol PlayFileSource: Sendable {
    /// The play files in a folder (`*.yaml`, `*.yml`, not hidden), sorted by name; none when it is missing.
    func playFiles(in folder: String) -> [String]
    /// A file's bytes, or the reason it cannot be read. Files over `limit` bytes are not read.
    func read(_ path: String, limit: Int) throws -> [UInt8]
}

/// Why a file could not be read.
public enum PlayFileError: Error, Equatable {
    case missing
    case unreadable(String)
    case tooLarge(Int)
}

public enum PlayFiles {
    /// `$XDG_CONFIG_HOME/followup/plays`, else `$HOME/.config/followup/plays`; nil without either.
    public static func userFolder(environment env: [String: String]) -> String? {
        if let x = env["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/followup/plays" }
        if let h = env["HOME"], !h.isEmpty { return h + "/.config/followup/plays" }
        return nil
    }

    /// One file read and parsed; a file that cannot be read is an issue, never a crash.
    public static func read(_ path: String, files: any PlayFileSource, origin: PlayOrigin? = nil) -> PlayFile {
        do {
            let bytes = try files.read(path, limit: PlayFileParser.maxBytes)
            return PlayFileParser.parse(bytes, name: path, origin: origin ?? .user(path: path))
        } catch {
            let reason: PlayIssue.Reason
            switch error as? PlayFileError {
            case .missing: reason = .unreadable("no such file")
            case .unreadable(let why): reason = .unreadable(why)
            case .tooLarge(let n): reason = .tooLarge(bytes: n, limit: PlayFileParser.maxBytes)
            case nil: reason = .unreadable("\(error)")
            }
            return PlayFile(name: path, plays: [], issues: [PlayIssue(file: path, line: nil, reason: reason, skipsFile: true)])
        }
    }
}

/// Play files on disk; a relative path is taken from `base` when given (else the working folder).
public struct DiskPlayFiles: PlayFileSource {
    public var base: String?

    public init(base: String? = nil) { self.base = base }

    func resolve(_ path: String) -> String {
        guard let base, !path.hasPrefix("/") else { return path }
        return base + "/" + path
    }

    public func playFiles(in given: String) -> [String] {
        let folder = resolve(given)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted().map { base + $0 }
            .filter { var dir: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &dir) && !dir.boolValue }
    }

    public func read(_ given: String, limit: Int) throws -> [UInt8] {
        let path = resolve(given)
        var dir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &dir) else { throw PlayFileError.missing }
        if dir.boolValue { throw PlayFileError.unreadable("it is a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw PlayFileError.unreadable("permission denied") }
        defer { try? handle.close() }
        // Read one byte past the limit to know a file is too big without reading all of it.
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw PlayFileError.unreadable("\(error.localizedDescription)")
        }
        if data.count > limit {
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            throw PlayFileError.tooLarge(size ?? data.count)
        }
        return [UInt8](data)
    }
}

/// Play files held in memory, for tests.
public struct MemoryPlayFiles: PlayFileSource {
    public var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public func playFiles(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return files.keys.filter { path in
            path.hasPrefix(base) && !path.dropFirst(base.count).contains("/")
                && (path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
        }.sorted()
    }

    public func read(_ path: String, limit: Int) throws -> [UInt8] {
        guard let bytes = files[path] else { throw PlayFileError.missing }
        if bytes.count > limit { throw PlayFileError.tooLarge(bytes.count) }
        return bytes
    }
}
