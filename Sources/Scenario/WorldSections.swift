import Telephony

/// The simulated world outside the instance: external numbers, customers, and the calls the
/// world places by itself.
extension ScenarioFile {
    func readExternal(_ v: Value) -> ExternalConfig? {
        let allowed = ["number", "name", "answer", "greeting", "ivr", "hangUpAfter"]
        guard let f = reader.fields(v, allowed: allowed) else { return nil }
        let number = declaredNumber(f, as: .externalNumber)
        let name = f["name"].flatMap(reader.text)
        let answer = f["answer"].map(readExternalAnswer) ?? .after(2000)
        let greeting = f["greeting"].flatMap(reader.text)
        let ivr = f["ivr"].map { each($0, readIVRRule) } ?? []
        let hangUp = f["hangUpAfter"].map { reader.duration($0, in: ScenarioLimits.hangUpAfter) }
        guard let number, let answer, hangUp != .some(nil) else { return nil }
        return ExternalConfig(number: number, name: name ?? number, answer: answer, greeting: greeting,
                              ivr: ivr, hangUpAfter: hangUp ?? nil)
    }

    /// A duration, `busy`, or `no answer`.
    private func readExternalAnswer(_ v: Value) -> ExternalConfig.Answer? {
        guard let text = reader.text(v) else { return nil }
        switch text.lowercased() {
        case "busy": return .busy
        case "no answer", "noanswer", "never": return .noAnswer
        default:
            let range = ScenarioLimits.answerAfter
            guard case .value(let ms) = DurationReader.read(text, in: range) else {
                reader.report(v, "\"\(Value.shortened(text))\" is not how a number answers",
                              fix: "write a delay \(range), or busy, or no answer")
                return nil
            }
            return .after(ms)
        }
    }

    private func readIVRRule(_ v: Value) -> ExternalConfig.IVRRule? {
        guard let f = reader.fields(v, allowed: ["digits", "says", "hangUp"]) else { return nil }
        let digitsValue = reader.require(f, "digits", hint: "the keys the caller presses, e.g. \"11362#\"")
        var digits = digitsValue.flatMap(reader.text)
        if let text = digits, let dv = digitsValue, !ValueFormats.isDigits(text) {
            reader.report(dv, "\"\(Value.shortened(text))\" is not a string of keypad digits",
                          fix: "use only 0-9, * and #, at most 50")
            digits = nil
        }
        let says = reader.require(f, "says", hint: "what the IVR says when it reads these digits").flatMap(reader.text)
        let hangUp = f["hangUp"].flatMap(reader.bool) ?? false
        guard let digits, let says else { return nil }
        return ExternalConfig.IVRRule(digits: digits, says: says, hangsUp: hangUp)
    }

    func readCustomer(_ v: Value) -> CustomerConfig? {
        guard let f = reader.fields(v, allowed: ["number", "name", "says", "patience", "answer"]) else { return nil }
        let number = declaredNumber(f, as: .customerNumber)
        let name = f["name"].flatMap(reader.text)
        let says = f["says"].map(reader.textList) ?? []
        let patience = f["patience"].map { reader.duration($0, in: ScenarioLimits.patience) }
        var answersAfter: Int? = 2000
        var answerReadable = true
        if let a = f["answer"] {
            switch readCustomerAnswer(a) {
            case .some(let delay): answersAfter = delay
            case .none: answerReadable = false
            }
        }
        guard let number, let says, patience != .some(nil), answerReadable else { return nil }
        return CustomerConfig(number: number, name: name, says: says, patience: patience ?? nil,
                              answersAfter: answersAfter)
    }

    /// How a customer answers an outbound call: a delay, or `no answer`. Nil means unreadable; an
    /// inner nil means never.
    private func readCustomerAnswer(_ v: Value) -> Int?? {
        guard let text = reader.text(v) else { return nil }
        switch text.lowercased() {
        case "no answer", "noanswer", "never": return .some(nil)
        default:
            let range = ScenarioLimits.answerAfter
            guard case .value(let ms) = DurationReader.read(text, in: range) else {
                reader.report(v, "\"\(Value.shortened(text))\" is not how a customer answers",
                              fix: "write a delay \(range), or no answer")
                return nil
            }
            return .some(ms)
        }
    }

    func readCall(_ v: Value) -> ScheduledCall? {
        guard let f = reader.fields(v, allowed: ["at", "from", "to"]) else { return nil }
        let at = reader.require(f, "at", hint: "when the call is placed, e.g. 2s").flatMap { reader.duration($0, in: ScenarioLimits.callAt) }
        let from = reader.require(f, "from").flatMap(reader.phoneNumber)
        let toValue = reader.require(f, "to", hint: "one of the numbers under phoneNumbers")
        let to = toValue.flatMap(reader.phoneNumber)
        if let to, let toValue { catalog.refer(to: .claimedNumber, to, at: toValue) }
        guard let at, let from, let to else { return nil }
        return ScheduledCall(at: at, from: from, to: to)
    }
}
