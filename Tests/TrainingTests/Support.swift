import Scenario
import Telephony
import Training

enum EngineBuilderShim {
    static func engine(for lesson: Lesson) throws -> Engine {
        try EngineBuilder.build(try LessonSetup.scenario(for: lesson))
    }
}
