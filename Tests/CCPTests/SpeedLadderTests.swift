import CCP
import Testing

/// `+` and `-` reach the whole range `--speed` takes, 0.1 to 100 (README: they stopped at ×0.25 and ×32).
@Suite struct SpeedLadderTests {
    static func step(_ key: Character, from speed: Double, times: Int = 1) -> Double {
        var state = UIState(agents: ["john"], showCustomer: false, size: Size(columns: 80, rows: 24))
        state.speed = speed
        for _ in 0..<times { state = Reducer.reduce(state, .key(.char(key)), world: WorldSnapshot(now: 0)).0 }
        return state.speed
    }

    @Test func minusGoesDownToTheSlowestSpeedTheCommandLineTakes() {
        #expect(Self.step("-", from: 0.25) == 0.1)
        #expect(Self.step("-", from: 1, times: 10) == 0.1)
    }

    @Test func plusGoesUpToTheFastestSpeedTheCommandLineTakes() {
        #expect(Self.step("+", from: 32) == 100)
        #expect(Self.step("+", from: 1, times: 20) == 100)
    }

    @Test func theLadderSpansTheCommandLineRange() {
        #expect(UIState.speeds.first == 0.1 && UIState.speeds.last == 100)
    }
}
