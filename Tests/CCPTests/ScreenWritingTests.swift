import CCP
import Testing
import TextFit

/// How text lands in cells (issue 12: ASCII, most of what the CCP writes, takes a path without grapheme
/// breaking; box edges are written without building their strings). These pin what both paths write.
@Suite struct ScreenWritingTests {
    @Test func asciiIsAColumnAByteAndControlsTakeNone() {
        #expect(CellWidth.of("Call > 12") == 9)
        #expect(CellWidth.of("a\tb\r\nc\u{7F}") == 3)
        #expect(CellWidth.of("") == 0)
        // Mixed text takes the grapheme path: wide characters count two, combining marks none of their own.
        #expect(CellWidth.of("ab通e\u{301}") == 5)
        #expect(CellWidth.of(Character("\r\n")) == 0)
        #expect(CellWidth.of(Character("~")) == 1)
    }

    @Test func asciiTextSkipsControlsAndIsClippedAtBothEdges() {
        var screen = Screen(width: 8, height: 2)
        let end = screen.put("a\tbc\r\nd", x: 0, y: 0, role: .error)
        #expect(end == 4)
        let clip = Rect(x: 2, y: 1, width: 3, height: 1)
        let clippedEnd = screen.put("0123456", x: 0, y: 1, role: .hint, clip: clip)
        #expect(clippedEnd == 5)
        #expect(screen.glyphText == "abcd    \n  234   ")
        #expect(screen[0, 0].role == .error && screen[4, 0].role == .text)
        #expect(screen[1, 1].role == .text && screen[2, 1].role == .hint && screen[5, 1].role == .text)
        // Off the screen to the left: nothing written, the column still counted.
        #expect(screen.put("xy", x: -2, y: 0, role: .text) == 0)
        #expect(screen.put("xyz", x: 6, y: 0, role: .text) == 8)
        #expect(screen.glyphText.hasPrefix("abcd  xy\n"))
    }

    @Test func asciiOverAWideGraphemeBlanksItsOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("通話", x: 0, y: 0, role: .text)
        screen.put("x", x: 3, y: 0, role: .text)
        #expect(screen.glyphText == "通 x  ")
        #expect(!screen[2, 0].isContinuation && screen[2, 0].width == 1)
    }

    @Test(arguments: [Glyphs.unicode, Glyphs.ascii])
    func aBoxPartlyOffTheScreenDrawsTheEdgesThatAreOnIt(_ glyphs: Glyphs) {
        var screen = Screen(width: 6, height: 4)
        screen.box(Rect(x: -2, y: 1, width: 6, height: 3), role: .border, glyphs: glyphs)
        screen.box(Rect(x: 4, y: 0, width: 5, height: 2), role: .borderFocused, glyphs: glyphs)
        let h = glyphs.horizontal, v = glyphs.vertical
        #expect(screen.glyphText.split(separator: "\n").map(String.init) == [
            "    \(glyphs.topLeft)\(h)",
            "\(h)\(h)\(h)\(glyphs.topRight)\(glyphs.bottomLeft)\(h)",
            "   \(v)  ",
            "\(h)\(h)\(h)\(glyphs.bottomRight)  ",
        ])
        #expect(screen.roleText.split(separator: "\n")[1] == "\(String(repeating: StyleRole.border.legend, count: 4))\(StyleRole.borderFocused.legend)\(StyleRole.borderFocused.legend)")
    }
}
