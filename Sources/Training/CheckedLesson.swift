import Telephony

/// A lesson that passed its validation, with the engine the validation built for it
/// (`LessonLoader.checked`): `termccp learn` starts this engine, so the lesson's scenario is read
/// and built once, and what runs is exactly what was checked.
public struct CheckedLesson {
    public var lesson: Lesson
    public let engine: Engine

    init(lesson: Lesson, engine: Engine) {
        self.lesson = lesson
        self.engine = engine
    }
}
