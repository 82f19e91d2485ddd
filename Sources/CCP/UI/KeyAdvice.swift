/// What a refusal advises, in the words of the CCP it is shown on. The engine words its refusals for
/// every front end, and its advice names commands of the script language ("hold customer"), which the
/// `:` line and scripts keep; on an agent CCP panel the same advice names the keys to press (issue 11
/// review: a trainee at the CCP has no `hold customer` to type). Only the advice clause is changed: the
/// reason is the engine's, and `KeyAdviceTests` fails when an engine wording here no longer occurs.
enum KeyAdvice {
    /// Each engine advice clause in command words, and the same advice in keys.
    static var clauses: [(commandWords: String, keys: String)] {
        let key = { (action: Action) in Keymap.mnemonic(action, in: .agent) }
        return [
            // Hold.swift: Hold all with the caller alone on the call.
            ("to hold the caller, hold customer.",
             "to hold the caller, press \(key(.toggleHoldParty)) (Hold on the caller's row)."),
            // Hold.swift: Hold all with the caller alone on the call and on hold.
            ("to resume the caller, resume customer.",
             "to resume the caller, press \(key(.toggleHoldParty)) (Resume on the caller's row)."),
            // QuickConnect.swift (liveCallFirst): a move that needs a connected call, by the agent's state.
            ("make a call first, or wait for one to ring.",
             "make one first (\(key(.numberPad)) Number pad), or wait for one to ring."),
            ("accept the ringing call first.", "accept the ringing call first (\(key(.accept)) Accept call)."),
            ("Clear contact first.", "press \(key(.clear)) (Clear contact) first."),
            // Dial.swift: a number dialled while Offline.
            ("choose Available or another status to make calls.",
             "choose Available or another status (\(key(.statusMenu))) to make calls."),
            ("you're Offline: choose a status first.", "you're Offline: choose a status first (\(key(.statusMenu)))."),
        ]
    }

    /// `reason` as an agent CCP panel shows it: each advice clause in keys.
    static func onCCP(_ reason: String) -> String {
        clauses.reduce(reason) { $0.replacingOccurrences(of: $1.commandWords, with: $1.keys) }
    }
}
