extension Runde {
    /// The round the service shows as current on `today`: the newest round that has
    /// opened, or, before any has opened, the one that opens first.
    public static func gjeldende(blant runder: [Runde], today: Dato) -> Runde? {
        let opened = runder.filter { $0.frister.apner <= today }
        if let newest = opened.max(by: { $0.aar < $1.aar }) { return newest }
        return runder.min(by: { $0.frister.apner < $1.frister.apner })
    }
}
