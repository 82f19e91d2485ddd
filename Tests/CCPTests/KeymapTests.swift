import CCP
import Foundation
import Testing

@Suite struct KeymapTests {
    @Test func noKeyIsBoundTwiceOrHidden() {
        #expect(Keymap.conflicts == [])
    }

    @Test func everyActionHasAKey() {
        let bound = Set(Keymap.bindings.map(\.action))
        #expect(Set(Action.allCases).subtracting(bound).isEmpty)
    }

    @Test func helpOverlayListsEveryKeymapEntry() {
        let session = FakeSession()
        let controller = CCPController(session: session, agents: ["john"], showCustomer: false,
                                       size: Size(columns: 100, rows: 80))
        controller.handle(.key(.char("?")))
        // The list is longer than a screen: read it page by page, as a user scrolls it.
        var text = controller.render().screen.glyphText
        for _ in 0..<Keymap.bindings.count {
            controller.handle(.key(.down))
            text += controller.render().screen.glyphText
        }
        for binding in Keymap.bindings {
            #expect(text.contains(binding.displayKeys) && text.contains(binding.help), "\(binding.action) missing")
        }
    }

    @Test func keysMarkdownMatchesTheKeymap() {
        let url = Golden.repoRoot.appendingPathComponent("Sources/CCP/KEYS.md")
        Golden.checkFile(Keymap.markdown, at: url)
    }
}
