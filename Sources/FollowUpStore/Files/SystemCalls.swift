#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls `BookFiles` writes through, replaceable in tests to simulate failures
/// such as a full disk. Each returns a non-negative result on success or `-errno` on failure.
struct SystemCalls: Sendable {
    /// `write(fd, bytes, count)`: bytes written, or -errno.
    var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int
    /// `fsync(fd)`: 0, or -errno.
    var fsync: @Sendable (_ fd: Int32) -> Int32

    /// The real system calls.
    static let system = SystemCalls(
        write: { fd, bytes, count in
            let n = systemWrite(fd, bytes, count)
            return n >= 0 ? n : -Int(errno)
        },
        fsync: { fd in
            systemFsync(fd) == 0 ? 0 : -errno
        }
    )
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

private func systemFsync(_ fd: Int32) -> Int32 {
    fsync(fd)
}

/// A short plain description of an `errno` value, for `StoreError` reasons.
func describeErrno(_ code: Int32) -> String {
    switch code {
    case ENOSPC: return IOReason.diskFull
    case EDQUOT: return IOReason.quotaExceeded
    case EACCES, EPERM: return IOReason.permissionDenied
    case EROFS: return IOReason.readOnly
    case EIO: return IOReason.ioError
    case ENOTDIR: return IOReason.notADirectory
    case EISDIR: return IOReason.isADirectory
    case ENOENT: return IOReason.doesNotExist
    default:
        guard let text = strerror(code) else { return "error \(code)" }
        let s = String(cString: text)
        guard let first = s.first else { return "error \(code)" }
        return first.lowercased() + s.dropFirst()
    }
}
