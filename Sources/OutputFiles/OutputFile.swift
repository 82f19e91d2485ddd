import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an output path was refused or could not be written; the message names the flag and the path.
public struct OutputFileError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}

/// An output file (`--events`, `--records`) that appears whole or not at all.
///
/// Opening it checks the path before anything runs: an existing path must be a regular file that may be written
/// (a folder, FIFO, device, socket or symbolic link is refused, never replaced), and its folder must take a new file,
/// proved by creating the partial file `PATH.partial-PID` beside it. Everything is written to the partial file;
/// `commit` renames it over the target, so the target is replaced in one step or left as it was. The first write
/// error (disk full, file too large) is kept and reported by `commit`, which then removes the partial file.
/// While open, the partial file is listed with `PartialFiles` so that a signal ending the process removes it.
public final class OutputFile {
    public let flag: String
    public let path: String
    public let partial: String
    private var descriptor: Int32
    private var writeError: Int32 = 0

    /// Throws `OutputFileError` when the path cannot be the target of an output file.
    public init(flag: String, path: String) throws(OutputFileError) {
        self.flag = flag
        self.path = path
        partial = path + ".partial-\(getpid())"
        if let refusal = Self.refusal(flag: flag, path: path) { throw refusal }
        var existing = stat()
        let exists = lstat(path, &existing) == 0
        descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let why = errno == ENOENT ? "its folder does not exist" : Self.reason(errno)
            throw OutputFileError(description: "\(flag) \(path): cannot be written (\(why))")
        }
        // A replaced file keeps its permissions.
        if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
        PartialFiles.add(partial)
    }

    /// Why what is at `path` now rules it out as a target (no name, a folder, FIFO, device, socket or link, a file
    /// that may not be written), or nil. Options that read the name's extension (`--diagram`) ask this first, so a
    /// folder is called a folder and not a name without an extension.
    public static func refusal(flag: String, path: String) -> OutputFileError? {
        guard !path.isEmpty else { return OutputFileError(description: "\(flag) needs a file name") }
        var existing = stat()
        if lstat(path, &existing) == 0 {
            if let kind = refusedKind(existing.st_mode) {
                return OutputFileError(description: "\(flag) \(path): is \(kind); termccp only replaces regular files, so give a new file name")
            }
            if access(path, W_OK) != 0 {
                return OutputFileError(description: "\(flag) \(path): cannot be written (\(reason(errno)))")
            }
        } else if errno != ENOENT {
            return OutputFileError(description: "\(flag) \(path): cannot be written (\(reason(errno)))")
        }
        return nil
    }

    /// Appends bytes; after the first error nothing more is written and `commit` reports it.
    public func write(_ data: Data) {
        guard writeError == 0, descriptor >= 0 else { return }
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    writeError = errno
                    return
                }
                offset += n
            }
        }
    }

    /// Puts the written file in place of the target. Throws (and removes the partial file) on a write error or when
    /// the target became something other than a regular file during the run.
    public func commit() throws(OutputFileError) {
        if writeError == 0, fsync(descriptor) != 0 { writeError = errno }
        if close(descriptor) != 0, writeError == 0 { writeError = errno }
        descriptor = -1
        guard writeError == 0 else {
            remove()
            throw OutputFileError(description: "\(flag) \(path): write failed (\(Self.reason(writeError))); the file was left as it was")
        }
        var now = stat()
        if lstat(path, &now) == 0, let kind = Self.refusedKind(now.st_mode) {
            remove()
            throw OutputFileError(description: "\(flag) \(path): became \(kind) during the run; nothing was written")
        }
        guard rename(partial, path) == 0 else {
            let why = Self.reason(errno)
            remove()
            throw OutputFileError(description: "\(flag) \(path): cannot be replaced (\(why)); the file was left as it was")
        }
        PartialFiles.forget(partial)
    }

    /// Drops what was written; the target is left as it was.
    public func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        remove()
    }

    private func remove() {
        unlink(partial)
        PartialFiles.forget(partial)
    }

    /// The same file named twice (also through another spelling or a hard link), or an input named as output.
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        return canonical(a) == canonical(b)
    }

    /// The path with its folder resolved (the file itself may not exist yet).
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return url.standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + url.lastPathComponent
    }

    private static func refusedKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "no space left on the device"
        case EFBIG: return "file too large"
        case EDQUOT: return "disk quota exceeded"
        case EROFS: return "read-only file system"
        case ENOTDIR: return "a part of the path is not a folder"
        case ENAMETOOLONG: return "the name is too long"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
