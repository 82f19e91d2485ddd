import Scenario
import Telephony
import Training

enum EngineBuilderShim {
    static func engine(for lesson: Lesson) throws -> Engine {
        try LessonSetup.engine(for: lesson)
    }
}
