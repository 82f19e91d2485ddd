/// The scenario's queues, numbered when it is loaded: each queue's configuration and the agents whose routing profile
/// serves it, read by number (issue 9: names resolved to indices at load). A class: reading a struct held by the engine
/// copies it whole, retaining every one of its tables, where a reference is retained once.
final class QueueTable {
    /// The configured queues, numbered from 0; the queues a routing profile names but the scenario does not
    /// configure come after them.
    private let configs: [QueueConfig]
    /// Every queue's name, by number.
    let names: [String]
    // What flows read at every contact, per configured number, kept apart from the configurations: reading a field of
    // a whole configuration copies all of it (its caller ID too), which cost more than finding the queue.
    private let capacities: [Int?]
    private let hoursNames: [String?]
    /// Per number: the indices of the agents whose routing profile serves the queue, in agent order.
    private let servingAgents: [[Int]]
    /// Every configured queue's name, then every other name a routing profile gives.
    private let numbers: [String: Int]

    /// `profileQueues`: per agent (by index), the queues its routing profile serves. A name configured twice keeps
    /// its first configuration.
    init(_ queues: [QueueConfig], profileQueues: [[String]]) {
        var configs: [QueueConfig] = []
        var numbers: [String: Int] = [:]
        for q in queues where numbers[q.name] == nil {
            numbers[q.name] = configs.count
            configs.append(q)
        }
        var names = configs.map(\.name)
        var serving: [[Int]] = Array(repeating: [], count: configs.count)
        for (agent, profile) in profileQueues.enumerated() {
            for name in profile {
                let n = numbers[name] ?? names.count
                if n == names.count {
                    numbers[name] = n
                    names.append(name)
                    serving.append([])
                }
                serving[n].append(agent)
            }
        }
        self.configs = configs
        self.names = names
        self.capacities = configs.map(\.maxContacts)
        self.hoursNames = configs.map(\.hours)
        self.numbers = numbers
        self.servingAgents = serving
    }

    /// The number of the queue named `name`, configured or served by some routing profile; nil for any other name.
    func number(of name: String) -> Int? { numbers[name] }

    func isConfigured(_ number: Int) -> Bool { number < configs.count }

    func name(_ number: Int) -> String { names[number] }

    /// Queue `number`'s maximum contacts in queue; nil for no limit, or a queue the scenario does not configure.
    func maxContacts(_ number: Int) -> Int? { isConfigured(number) ? capacities[number] : nil }

    /// The name of queue `number`'s hours of operation; nil for always open, or a queue the scenario does not
    /// configure.
    func hours(_ number: Int) -> String? { isConfigured(number) ? hoursNames[number] : nil }

    /// The configuration of the queue named `name`, hashing the name: for lookups off the flows' path.
    subscript(name: String) -> QueueConfig? { numbers[name].flatMap { isConfigured($0) ? configs[$0] : nil } }

    /// The indices of the agents whose routing profile serves queue `number`.
    func agents(serving number: Int) -> [Int] { servingAgents[number] }
}
