import Domain
import Foundation

/// An instant as people in Norway read it, in Europe/Oslo: "23.11.2026 kl. 12:00".
enum Tidspunkt {
    static func oslo(_ date: Date) -> String {
        let c = Calendar.oslo.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return "\(two(c.day)).\(two(c.month)).\(c.year ?? 0) kl. \(two(c.hour)):\(two(c.minute))"
    }
}
