/// What a sequence diagram draws, whatever it is written as (Mermaid text or SVG): the participants, each with
/// a lifeline, and the steps between them from top to bottom.
public struct SequenceModel: Equatable, Sendable {
    public struct Participant: Equatable, Sendable {
        /// Short and unique: letters and digits (`Connect`, `C1`, `F2`, `A1`, `X3`), as Mermaid wants it.
        public var id: String
        /// What the participant's box says, e.g. `Agent john`.
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public enum Step: Equatable, Sendable {
        /// An arrow between two lifelines (indices into `participants`).
        case message(from: Int, to: Int, text: String)
        /// A note spanning the lifelines it is over (one or two indices into `participants`).
        case note(over: [Int], text: String)
    }

    public var participants: [Participant]
    public var steps: [Step]

    public init(participants: [Participant], steps: [Step]) {
        self.participants = participants
        self.steps = steps
    }
}
