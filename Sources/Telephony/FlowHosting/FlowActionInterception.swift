/// A resource a flow action is about to use, as a test runner observes and overrides it
/// (docs/connect-testing-language.md §2.3 FlowActionStarted, §2.4 OverrideSystemBehavior). References are
/// as the flow gave them (a name, an id or an ARN), or the working queue's name where the flow names none.
public enum FlowResourceUse: Sendable, Equatable {
    /// InvokeLambdaFunction: the function ARN.
    case invokeLambda(arn: String)
    /// CheckHoursOfOperation: the hours named, or the working queue's hours.
    case checkHours(hours: String)
    /// TransferContactToQueue: the working queue.
    case transferToQueue(queue: String)
    /// DequeueContactAndTransferToQueue from a customer queue flow: the queue named.
    case dequeueAndTransfer(queue: String)
    /// ConnectParticipantWithLexBot, when the caller's words reach the bot: the bot's alias ARN or name.
    case lexBot(bot: String)
}

/// What replaces the action's own outcome for one use (§2.4 table).
public enum FlowResourceOverride: Sendable, Equatable {
    /// SubstituteResource: the same action on another resource of the scenario (name or ARN).
    case substitute(String)
    /// A mocked Lambda or Lex result: key → value, in order (Lex: `IntentName`, `Slots.<name>`).
    case result([FlowResultValue])
    /// A mocked hours check.
    case hours(open: Bool)
    /// A mocked error: `NoMatchingError`, `TimeLimitExceeded`, `QueueAtCapacity`; the action takes its error branch.
    case error(String)
}

public struct FlowResultValue: Sendable, Equatable {
    public var key: String
    public var value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// Told about every resource a flow action uses, before it is used, and able to replace the outcome: how
/// `termccp test` observes flow actions and applies single-use overrides. Called on the engine's thread.
public protocol FlowActionInterceptor: AnyObject {
    /// The action starts using `use` for `contact`; nil lets it run as the scenario says.
    func starting(_ use: FlowResourceUse, contact: ContactID) -> FlowResourceOverride?
    /// The action finished on a non-error branch, with its result data (a Lambda's response, a Lex bot's
    /// `IntentName` and `Slots.<name>`; empty for the others).
    func completed(_ use: FlowResourceUse, contact: ContactID, results: [FlowResultValue])
    /// Virtual ms the use just overridden takes to answer (a mocked `DelaySeconds`), consumed; 0 by default.
    func takeResponseDelay(contact: ContactID) -> Millis
    /// The delayed answer arrived for `contact`'s flow, which goes on by a non-error branch when `completed`.
    func responseArrived(contact: ContactID, completed: Bool)
}

extension Engine {
    /// The override for a use by a flow on `contact`, after telling the interceptor it starts. The use is built
    /// only when an interceptor is set (a test case runs): copying the names it carries cost a retain and a
    /// release at every Transfer to queue and Check hours of every other run (issue 9).
    func intercept(_ use: @autoclosure () -> FlowResourceUse, contact: ContactID) -> FlowResourceOverride? {
        flowActionInterceptor?.starting(use(), contact: contact)
    }

    func interceptedCompletion(_ use: @autoclosure () -> FlowResourceUse, contact: ContactID,
                               results: @autoclosure () -> [FlowResultValue] = []) {
        flowActionInterceptor?.completed(use(), contact: contact, results: results())
    }

    /// A value a flow on `contact` would read for `path` (`$.Attributes.x`, `$.Queue.Name`, …), read between
    /// flow steps: what a test's Assert and LogData see (`$.FlowAttributes.*` of the contact's latest run).
    /// nil when the contact is unknown or the path does not resolve.
    public func value(of path: String, forContact contact: ContactID) -> String? {
        guard let c = contacts[contact] else { return nil }
        let run = runs.values.filter { $0.contactId == contact }.max { $0.id < $1.id }
        return systemAttribute(path, of: c, flowAttributes: run?.flowAttributes ?? [:])
    }

    /// The contacts of a call, oldest first: the caller's first contact, then each transfer's segment.
    public func contactIds(ofCall call: CallID) -> [ContactID] { calls[call]?.contacts ?? [] }

    /// The latest call placed or received, for a runner that just placed one.
    public var latestCallId: CallID? { callOrder.last }

    /// Whether the caller of this call is still on it.
    public func isCallerConnected(_ call: CallID) -> Bool { calls[call]?.customer.isActive ?? false }
}
