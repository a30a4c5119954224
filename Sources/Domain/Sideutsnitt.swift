/// One page of a list shown a page at a time: its rows, in the list's order, and where they
/// stand in the whole.
public struct Sideutsnitt<Element: Sendable>: Sendable {
    /// The rows of this page.
    public let elementer: [Element]
    /// How many the list holds in all.
    public let antall: Int
    /// This page (from 1) of `sider` (at least 1, so an empty list is page 1 of 1).
    public let nummer: Int
    public let sider: Int
    /// The positions (from 1) of this page's first and last row in the list; 0 and 0 when it is empty.
    public let fra: Int
    public var til: Int { elementer.isEmpty ? 0 : fra + elementer.count - 1 }

    /// Page `side` of `alle`, `storrelse` rows to a page. A page before the first is the first,
    /// one past the last is the last: an address kept from a longer list still shows rows.
    public init(_ alle: [Element], side: Int, storrelse: Int) {
        let sidetall = Sidetall(side: side, antall: alle.count, storrelse: storrelse)
        (sider, nummer) = (sidetall.sider, sidetall.nummer)
        let start = (nummer - 1) * storrelse
        elementer = Array(alle[start ..< min(start + storrelse, alle.count)])
        antall = alle.count
        fra = elementer.isEmpty ? 0 : start + 1
    }
}

extension Sideutsnitt: Equatable where Element: Equatable {}

/// Which page of how many, for `antall` rows `storrelse` to a page when page `side` is asked for:
/// at least one page, so an empty list is page 1 of 1; a page before the first is the first, one
/// past the last is the last. `Sideutsnitt` cuts a list read whole by it; a list read a page at a
/// time from the database (the outbox) asks it which page to read.
public struct Sidetall: Sendable, Equatable {
    public let nummer: Int
    public let sider: Int

    public init(side: Int, antall: Int, storrelse: Int) {
        precondition(storrelse > 0)
        sider = max(1, (antall + storrelse - 1) / storrelse)
        nummer = min(max(side, 1), sider)
    }
}
