import TextFit

/// Draws the lesson menu: a header, two rows per lesson (its title, with its name on the right when
/// there is room, then its story's first sentence), the whole story of the selected lesson under the
/// list when the terminal has rows to spare, a note row and the keys. Text is cut after a whole word
/// with an ellipsis, never wrapped inside one, so the menu reads at 80 columns and wider.
enum LessonMenuView {
    static let rowsPerEntry = 2
    /// Below this the menu shows only "terminal too small".
    static let minimum = Size(columns: 30, rows: 6)

    struct Geometry {
        var listTop: Int
        var listRows: Int
        var storyTop: Int?
        var noteRow: Int
        var footerRow: Int
    }

    static func geometry(_ menu: LessonMenu) -> Geometry {
        let size = menu.size
        let needed = menu.entries.count * rowsPerEntry
        let roomy = size.rows - 3 >= needed + 1
        let listTop = roomy ? 2 : 1
        let listRows = max(0, size.rows - 2 - listTop)
        let listUsed = min(listRows, needed)
        // The story pane needs a rule, a blank row and at least three rows of prose.
        let spare = listRows - listUsed
        let storyTop = spare >= 5 ? listTop + listUsed + 1 : nil
        return Geometry(listTop: listTop, listRows: listRows, storyTop: storyTop, noteRow: size.rows - 2,
                        footerRow: size.rows - 1)
    }

    static func visibleEntries(_ menu: LessonMenu) -> Int { geometry(menu).listRows / rowsPerEntry }

    /// The first entry shown: the selected one is kept in view, near the middle once the list scrolls.
    static func firstShown(_ menu: LessonMenu) -> Int {
        let visible = visibleEntries(menu)
        guard visible > 0, menu.entries.count > visible else { return 0 }
        return min(max(0, menu.selected - visible / 2), menu.entries.count - visible)
    }

    static func render(_ menu: LessonMenu, glyphs: Glyphs) -> Frame {
        let size = menu.size
        var canvas = Canvas(frame: Frame(screen: Screen(width: max(0, size.columns), height: max(0, size.rows))), glyphs: glyphs)
        guard size.columns >= minimum.columns, size.rows >= minimum.rows else {
            let text = WordWrap.fit("terminal too small", width: max(0, size.columns), ellipsis: glyphs.ellipsis)
            canvas.put(text, x: max(0, (size.columns - CellWidth.of(text)) / 2), y: max(0, size.rows / 2), role: .error,
                       clip: canvas.frame.screen.bounds)
            return canvas.frame
        }
        let g = glyphs, width = size.columns, screen = canvas.frame.screen.bounds
        let geo = geometry(menu)
        let e = g.ellipsis

        canvas.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .header)
        let count = "\(menu.entries.count) lesson\(menu.entries.count == 1 ? "" : "s")"
        let countX = canvas.putRight(count + " ", y: 0, role: .header, clip: screen)
        canvas.put(" termccp \(g.separator) Lessons", x: 0, y: 0, width: max(0, countX - 1), role: .header, clip: screen)

        let first = firstShown(menu)
        let shown = menu.entries.indices.dropFirst(first).prefix(geo.listRows / rowsPerEntry)
        for (row, index) in shown.enumerated() {
            let entry = menu.entries[index]
            let y = geo.listTop + row * rowsPerEntry
            let selected = index == menu.selected
            let body = Rect(x: 1, y: y, width: width - 2, height: rowsPerEntry)
            if selected { canvas.fill(body, role: .listSelected) }
            let titleRole: StyleRole = selected ? .listSelected : .listItem
            // Numbers right-aligned, so titles and stories start in one column.
            let number = String(index + 1)
            let digits = String(menu.entries.count).count
            let lead = (selected ? g.pointer : " ") + " " + String(repeating: " ", count: max(0, digits - number.count)) + number + ". "
            let leadWidth = CellWidth.of(lead)
            var titleRoom = body.width - 1 - leadWidth
            // The name goes on the right only when the title keeps most of the row.
            if body.width - CellWidth.of(entry.name) - 2 >= leadWidth + 40 {
                let nameX = canvas.putRight(entry.name + " ", y: y, role: selected ? .listSelected : .hint, clip: body)
                titleRoom = nameX - 2 - (body.x + 1 + leadWidth)
            }
            canvas.put(lead, x: body.x + 1, y: y, role: titleRole, clip: body)
            canvas.put(WordWrap.line(entry.title, width: titleRoom, ellipsis: e), x: body.x + 1 + leadWidth, y: y,
                       role: titleRole, clip: body)
            let storyRoom = body.width - 2 - leadWidth
            canvas.put(WordWrap.line(entry.storyLine, width: storyRoom, ellipsis: e), x: body.x + 1 + leadWidth, y: y + 1,
                       role: selected ? .listSelected : .hint, clip: body)
        }

        if let top = geo.storyTop, menu.entries.indices.contains(menu.selected) {
            let entry = menu.entries[menu.selected]
            let lead = "\(g.horizontal)\(g.horizontal) "
            let ruleText = lead + WordWrap.line(entry.title, width: width - 4 - CellWidth.of(lead), ellipsis: e) + " "
            canvas.put(ruleText + String(repeating: g.horizontal, count: max(0, width - 2 - CellWidth.of(ruleText))),
                       x: 1, y: top, role: .hint, clip: screen)
            let prose = Rect(x: 3, y: top + 2, width: width - 6, height: geo.noteRow - 1 - (top + 2))
            var rows: [String] = []
            for (i, paragraph) in entry.story.components(separatedBy: "\n\n").enumerated() {
                if i > 0 { rows.append("") }
                rows += WordWrap.rows(paragraph, width: prose.width, ellipsis: e)
            }
            if rows.count > prose.height, prose.height > 0 {
                rows = WordWrap.rows(entry.story, width: prose.width, limit: prose.height, ellipsis: e)
            }
            for (i, text) in rows.prefix(max(0, prose.height)).enumerated() {
                canvas.put(text, x: prose.x, y: prose.y + i, role: .text, clip: prose)
            }
        }

        if let note = menu.note {
            canvas.put(" " + WordWrap.line(note, width: width - 2, ellipsis: e), x: 0, y: geo.noteRow,
                       role: menu.noteIsProblem ? .error : .info, clip: screen)
        }

        canvas.fill(Rect(x: 0, y: geo.footerRow, width: width, height: 1), role: .header)
        let visible = geo.listRows / rowsPerEntry
        var position = ""
        if menu.entries.count > visible, visible > 0 {
            position = "\(first + 1)-\(min(first + visible, menu.entries.count)) of \(menu.entries.count) "
        }
        let positionX = canvas.putRight(position, y: geo.footerRow, role: .header, clip: screen)
        let keys = [" Up/Down or j/k move", "Enter starts", "q quits", "termccp learn NAME starts one directly"]
        var footer = ""
        for part in keys {
            let next = footer.isEmpty ? part : footer + " \(g.separator) " + part
            if CellWidth.of(next) > positionX - 1 { break }
            footer = next
        }
        canvas.put(footer, x: 0, y: geo.footerRow, role: .header, clip: screen)
        return canvas.frame
    }
}
