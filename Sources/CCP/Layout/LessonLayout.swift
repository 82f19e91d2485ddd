import Training

extension Layout {
    /// The layout moved down under the header to make room for the lesson's rows, which are drawn
    /// there (the layout was computed for the terminal less those rows).
    func makingRoom(below lesson: LessonProgress, rows: Int, on canvas: inout Canvas) -> Layout {
        var out = self
        for i in out.slots.indices { out.slots[i].rect.y += rows }
        out.footer.y += rows
        out.side?.y += rows
        LessonBar.draw(lesson, in: Rect(x: header.x, y: header.maxY, width: header.width, height: rows), on: &canvas)
        return out
    }
}
