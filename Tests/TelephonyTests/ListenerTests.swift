@testable import Telephony
import Testing

/// Hold flows find an agent's own hold loop by its listener (`Listener.isAgent`): only a listener naming that agent
/// is that agent; a contact's side is not, even when that agent is on it.
@Suite struct ListenerTests {
    @Test func onlyAnAgentListenerOfThatNameIsThatAgent() {
        #expect(Listener.agent("john").isAgent("john"))
        #expect(!Listener.agent("jane").isAgent("john"))
        #expect(!Listener.customer(CallID(1)).isAgent("john"))
        #expect(!Listener.contactSide(ContactID(serial: 1)).isAgent("john"))
    }
}
