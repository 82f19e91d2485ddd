/// How a test case's resource reference meets the scenario's (docs/connect-testing-language.md §5.3): a
/// Lambda function by the name after `:function:` (or the last `:`/`/` segment), every other resource by the
/// last path segment of its ARN, or as written. `arn:…:function:lookup-customer`, `lookup-customer` and
/// `I/function/lookup-customer` all name `lookup-customer`; `…/queue/Sales` and `Sales` name `Sales`.
enum ResourceName {
    static func key(_ reference: String, actionType: String) -> String {
        if actionType == "InvokeLambdaFunction" {
            if let range = reference.range(of: ":function:") {
                let rest = reference[range.upperBound...]
                // A qualified ARN (`…:function:name:alias`) names the same function.
                return String(rest.split(separator: ":").first ?? rest)
            }
        }
        return reference.split(separator: "/").last.map(String.init) ?? reference
    }

    static func same(_ a: String, _ b: String, actionType: String) -> Bool {
        a == b || key(a, actionType: actionType) == key(b, actionType: actionType)
    }
}
