import Telephony
import Testing

@Suite struct WhoHearsWhom {
    @Test func aMutedAgentIsHeardByNoOneButStillHears() throws {
        let desk = try Desk()
        desk.connected(then: """
        mute
        expect customer not hears john
        expect john hears customer
        say Can you hear me?
        expect customer not heard "Can you hear me?"
        unmute
        expect customer hears john
        """)
        #expect(desk.engine.view(of: "john")?.muted == false)
    }

    @Test func aHeldCallerHearsHoldMusicInsteadOfTheAgent_docs6_rule19() throws {
        let desk = try Desk()
        desk.connected(then: """
        hold customer
        say This is private.
        expect customer not heard "This is private."
        expect customer heard "hold music"
        expect banner "On hold"
        expect john heard "You are on hold"
        """)
        let lines = desk.engine.transcript(of: .customer(1)).filter { $0.text.contains("hold music") }
        #expect(lines.count == 1)
    }

    @Test func holdLoopsFoldIntoOneLineWithACount() throws {
        let desk = try Desk()
        desk.connected(then: """
        hold customer
        wait 2m
        """)
        let music = desk.engine.transcript(of: .customer(1)).filter { $0.text.contains("hold music") }
        #expect(music.count == 1)
        // 30 s of music a loop: heard at 0, 30, 60, 90 and 120 s.
        #expect(music.first?.count == 5)
    }
}

@Suite struct TimeValues {
    @Test func durationsParseInTheirUnits() {
        #expect(TimeText.parseDuration("20s") == 20_000)
        #expect(TimeText.parseDuration("1m30s") == 90_000)
        #expect(TimeText.parseDuration("500ms") == 500)
        #expect(TimeText.parseDuration("2") == 2000)
        #expect(TimeText.parseDuration("1h") == 3_600_000)
        for bad in ["", "5q", "-3s", "inf", "1e300", "nan", "s", "3s4"] { #expect(TimeText.parseDuration(bad) == nil, "\(bad)") }
    }

    @Test func clocksShowMinutesAndSeconds() {
        #expect(TimeText.clock(0) == "0:00")
        #expect(TimeText.clock(65_000) == "1:05")
        #expect(TimeText.clock(3_725_000) == "1:02:05")
    }

    @Test func hoursOfOperationFollowTheWeekdayAndOffset() {
        let hours = HoursOfOperationConfig(name: "h", utcOffsetMinutes: -300, ranges: [.init(weekday: 0, start: 9 * 60, end: 17 * 60)])
        // Monday 2026-11-23 14:00 UTC is 09:00 at UTC-5.
        #expect(hours.isOpen(at: Timestamp.parse("2026-11-23T14:00:00Z")!))
        #expect(!hours.isOpen(at: Timestamp.parse("2026-11-23T13:59:00Z")!))
        #expect(!hours.isOpen(at: Timestamp.parse("2026-11-24T14:00:00Z")!))
    }
}
