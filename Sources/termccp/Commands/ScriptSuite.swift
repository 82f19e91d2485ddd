import ArgumentParser
import Foundation

/// `--shard K/N`: the K-th of N slices of a suite. Files are dealt round-robin in path order, so every
/// machine of a CI matrix computes the same partition whatever order the shell listed the files in.
struct Shard: Sendable, Equatable {
    let index: Int
    let count: Int

    /// The most slices a suite is cut into; CI matrices have tens of machines.
    static let maximumCount = 10_000

    /// Reads `K/N`, or says what is allowed.
    static func parse(_ argument: String) throws -> Shard {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw ValidationError("write K/N, two whole numbers with 1 ≤ K ≤ N ≤ \(maximumCount), like 2/4")
        }
        guard (1...maximumCount).contains(n) else {
            throw ValidationError("N, the number of slices, must be from 1 to \(maximumCount)")
        }
        guard (1...n).contains(k) else {
            throw ValidationError("K, the slice to run, must be from 1 to N (\(n))")
        }
        return Shard(index: k, count: n)
    }

    /// The files of this slice, in the order they were given.
    func select(_ files: [String]) -> [String] {
        let ranked = files.indices.sorted { (files[$0], $0) < (files[$1], $1) }
        let mine = Set(ranked.enumerated().filter { $0.offset % count == index - 1 }.map(\.element))
        return files.indices.filter(mine.contains).map { files[$0] }
    }
}

/// `-j N`: how many files run at once.
enum Jobs {
    /// More threads than this only wait on each other on any machine this runs on.
    static let maximum = 256

    static func check(_ jobs: Int) throws {
        guard (1...maximum).contains(jobs) else {
            throw ValidationError("-j takes a number of jobs from 1 to \(maximum); got \(jobs)")
        }
    }
}

/// Runs `work` for items 0..<count on up to `jobs` threads and hands each result to `emit` on the calling
/// thread in item order, as soon as it and all before it are done: output stays in file order, identical to a
/// run with one job.
enum OrderedParallel {
    static func run<Result: Sendable>(count: Int, jobs: Int, work: @escaping @Sendable (Int) -> Result, emit: (Result) -> Void) {
        guard jobs > 1, count > 1 else {
            for i in 0..<count { emit(work(i)) }
            return
        }
        let state = Shared<Result>(count: count)
        for _ in 0..<min(jobs, count) {
            let thread = Thread {
                while let i = state.claim() { state.finish(i, work(i)) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for i in 0..<count { emit(state.wait(for: i)) }
    }

    private final class Shared<Result: Sendable>: @unchecked Sendable {
        // Guarded by `condition`.
        private let condition = NSCondition()
        private var next = 0
        private var results: [Result?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        func finish(_ i: Int, _ result: Result) {
            condition.lock()
            results[i] = result
            condition.broadcast()
            condition.unlock()
        }

        func wait(for i: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while results[i] == nil { condition.wait() }
            let result = results[i]!
            results[i] = nil
            return result
        }
    }
}
