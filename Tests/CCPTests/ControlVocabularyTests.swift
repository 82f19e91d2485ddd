import CCP
import Telephony
import Testing

/// One vocabulary for a CCP control from key to engine (issue 9 point 2): a button's key, its name in
/// scripts and the engine command it issues all come from `Control` (docs §1.7).
@Suite struct ControlVocabulary {
    @Test func everyButtonHasAnAgentKeyThatPressesIt() {
        for control in Control.allCases {
            #expect(Keymap.binding(for: control.action, in: .agent) != nil, "\(control)")
            // Resume all shares Hold all's key: the key presses whichever of the two the CCP shows.
            #expect(control.action.control == (control == .resumeAll ? .holdAll : control), "\(control)")
        }
    }

    @Test func everyButtonHasOneScriptNameThatReadsBack() {
        for control in Control.allCases { #expect(Control.scriptNames[control.scriptName] == control) }
        #expect(Control.scriptNames["end"] == .endCall)
    }

    @Test func aButtonThatActsIssuesOneCommandAndOnlyThePanelButtonsIssueNone() {
        #expect(Control.allCases.filter { $0.command(muted: false) == nil } == [.quickConnects, .numberPad])
        #expect(Control.holdAll.command(muted: false) == .hold(.all))
        #expect(Control.resumeAll.command(muted: false) == .resume(.all))
        #expect(Control.mute.command(muted: false) == .mute)
        #expect(Control.mute.command(muted: true) == .unmute)
    }
}
