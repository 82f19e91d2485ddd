import CCP
import CNcurses

/// What wget_wch delivered, in the CCP's terms.
enum TerminalInput {
    case key(Key)
    case mouse(x: Int, y: Int, button: MouseButton)
    case resize
    case none

    enum MouseButton { case left, wheelUp, wheelDown }
}

enum KeyDecoder {
    static func read() -> TerminalInput {
        var wch: wint_t = 0
        let rc = wget_wch(shim_stdscr(), &wch)
        if rc == KEY_CODE_YES { return functionKey(Int32(wch)) }
        if rc == OK { return character(UInt32(wch)) }
        return .none
    }

    static func character(_ code: UInt32) -> TerminalInput {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(UnicodeScalar(UInt8(code) + 96))))
        default:
            guard let scalar = UnicodeScalar(code) else { return .none }
            return .key(.char(Character(scalar)))
        }
    }

    static func functionKey(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return mouse()
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .key(.function(Int(code - KEY_F0)))
        default: return .none
        }
    }

    static func mouse() -> TerminalInput {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .none }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & shim_wheel_up() != 0 { return .mouse(x: x, y: y, button: .wheelUp) }
        if event.bstate & shim_wheel_down() != 0 { return .mouse(x: x, y: y, button: .wheelDown) }
        if event.bstate & shim_button1() != 0 { return .mouse(x: x, y: y, button: .left) }
        return .none
    }
}
