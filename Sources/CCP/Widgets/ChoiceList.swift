/// A titled, filterable list with a cursor, scrolled to keep the cursor in view. Quick connects and
/// the status menu are both drawn with it.
enum ChoiceList {
    struct Entry {
        var label: String
        var detail: String
    }

    static func draw(title: String, filter: String, entries: [Entry], selected: Int, panel: Int, in rect: Rect,
                     on canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        let g = canvas.glyphs
        var x = canvas.put(title + "  ", x: rect.x, y: rect.y, role: .title, clip: rect)
        if filter.isEmpty {
            canvas.put("type to filter", x: x, y: rect.y, role: .hint, clip: rect)
        } else {
            x = canvas.put("filter: ", x: x, y: rect.y, role: .hint, clip: rect)
            canvas.put(filter + "_", x: x, y: rect.y, role: .input, clip: rect)
        }
        let hint = "Enter choose \(g.separator) Esc close"
        canvas.put(hint, x: rect.x, y: rect.maxY - 1, width: rect.width, role: .hint, clip: rect)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
        if entries.isEmpty {
            canvas.put("No match", x: body.x + 2, y: body.y, role: .hint, clip: body)
            return
        }
        let first = max(0, min(selected - body.height + 1, entries.count - body.height))
        for (row, index) in (first..<min(entries.count, first + body.height)).enumerated() {
            let line = body.row(row)
            let isSelected = index == selected
            let role: StyleRole = isSelected ? .listSelected : .listItem
            canvas.fill(line, role: role)
            canvas.put(isSelected ? g.pointer : " ", x: line.x, y: line.y, role: role, clip: line)
            let detailX = canvas.putRight(entries[index].detail + " ", y: line.y, role: isSelected ? role : .hint, clip: line)
            canvas.put(entries[index].label, x: line.x + 2, y: line.y, width: detailX - line.x - 3, role: role, clip: line)
            canvas.hit(line, .listEntry(panel: panel, index: index))
        }
    }
}
