import Flows

enum CoverageReport {
    static func print(_ coverage: FlowCoverage) {
        Swift.print("\nFlow coverage")
        for r in coverage.reports() {
            let percent = r.branches.isEmpty ? 100 : r.branchesTaken.count * 100 / r.branches.count
            Swift.print("  \(r.flow) (\(r.source)): actions \(r.actionsRun.count)/\(r.actions.count), branches \(r.branchesTaken.count)/\(r.branches.count) (\(percent)%)")
            if !r.actionsNeverRun.isEmpty {
                Swift.print("    never ran: \(r.actionsNeverRun.joined(separator: ", "))")
            }
            for b in r.branchesNeverTaken {
                Swift.print("    never taken: \(b.action) —\(b.label)→ \(b.target)")
            }
        }
    }
}
