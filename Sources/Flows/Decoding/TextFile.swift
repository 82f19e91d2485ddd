import Foundation

/// Reads a text input (flow, scenario, script, theme) whole, refusing with the exact cause what cannot be read
/// as UTF-8 text. Only regular files are read: a FIFO with no writer would block forever and a
/// device such as /dev/zero never ends.
public enum TextFile {
    /// Larger inputs are refused before they are read; the largest real flow export or scenario is
    /// a few hundred kilobytes.
    public static let maximumBytes = 16 << 20

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missing
        case folder
        case notRegular
        case tooLarge(bytes: Int)
        case unreadable(reason: String)
        /// `line` counts LF, CRLF and CR as line ends; `offset` is the 0-based byte offset.
        case notUTF8(line: Int, offset: Int, byte: UInt8)

        /// The line a message should point at, when there is one.
        public var line: Int? {
            if case .notUTF8(let line, _, _) = self { return line }
            return nil
        }

        public var description: String {
            switch self {
            case .missing: return "cannot read the file: it does not exist"
            case .folder: return "cannot read the file: it is a folder"
            case .notRegular: return "cannot read the file: it is not a regular file (a FIFO, device or socket)"
            case .tooLarge(let bytes): return "cannot read the file: it is \(bytes) bytes, more than the \(maximumBytes) allowed"
            case .unreadable(let reason): return "cannot read the file: \(reason)"
            case .notUTF8(_, let offset, let byte):
                return "the file is not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset)"
            }
        }

        /// The problem for `termccp check` and the other commands, at the bad byte's line when there is one.
        public func problem(file: String) -> Problem {
            Problem(file: file, line: line, message: description, fix: fix)
        }

        /// What to change.
        public var fix: String {
            switch self {
            case .missing: return "check the path"
            case .folder: return "name a file inside it"
            case .notRegular, .tooLarge: return "save the content to an ordinary file and name that"
            case .unreadable: return "check the file's permissions"
            case .notUTF8: return "save it as UTF-8"
            }
        }
    }

    public static func read(_ path: String) -> Result<String, Failure> {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        } catch {
            return .failure(FileManager.default.fileExists(atPath: path) ? .unreadable(reason: reason(error)) : .missing)
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeDirectory?: return .failure(.folder)
        case .typeRegular?: break
        default: return .failure(.notRegular)
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumBytes { return .failure(.tooLarge(bytes: size)) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.unreadable(reason: reason(error)))
        }
        return decode([UInt8](data))
    }

    /// The text of `bytes`, or where the first byte that is not UTF-8 is: the start of the first
    /// sequence that is invalid (RFC 3629 §4: no overlong forms, surrogates or values past U+10FFFF).
    /// A leading byte order mark is not part of the text (RFC 3629 §6): editors on Windows save one, and
    /// the YAML reader took it for the first key's first character, failing every scenario and lesson so saved.
    public static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: bom), let text = String(validating: bytes.dropFirst(bom.count), as: UTF8.self) {
            return .success(text)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var i = 0, line = 1
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 10 || (b == 13 && (i + 1 == bytes.count || bytes[i + 1] != 10)) { line += 1 }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else { return .failure(.notUTF8(line: line, offset: i, byte: b)) }
            i += length
        }
        // Unreachable when String(validating:) and this scan agree; kept total rather than trapping.
        return .failure(.notUTF8(line: line, offset: max(0, bytes.count - 1), byte: bytes.last ?? 0))
    }

    /// The length of the valid multi-byte sequence starting at `i`, or 0.
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let length: Int, second: ClosedRange<UInt8>
        switch b {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return 0
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return 0 }
        for j in (i + 2)..<(i + length) where !(0x80...0xBF).contains(bytes[j]) { return 0 }
        return length
    }

    private static func reason(_ error: any Error) -> String {
        let cocoa = error as NSError
        if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if cocoa.domain == NSCocoaErrorDomain, cocoa.code == NSFileReadNoPermissionError { return "permission denied" }
        return cocoa.localizedDescription
    }
}
