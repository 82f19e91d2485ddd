import Training

extension Layout {
    /// The layout moved down under the header to make room for the lesson's rows, which are drawn
    /// there (the layout was computed for the terminal less those rows).
    func makingRoom(below lesson: LessonProgress, toMenu: Bool = false, rows: Int, on canvas: inout Canvas) -> Layout {
        let out = shifted(down: rows)
        LessonBar.draw(lesson, toMenu: toMenu, in: Rect(x: header.x, y: header.maxY, width: header.width, height: rows), on: &canvas)
        return out
    }
}
