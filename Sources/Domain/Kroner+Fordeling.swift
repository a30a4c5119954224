extension Kroner {
    /// `self × numerator / denominator`, rounded down, without overflow in the product.
    public func scaled(by numerator: Kroner, of denominator: Kroner) -> Kroner {
        Kroner(scaledWithRemainder(by: numerator, of: denominator).quotient)
    }

    /// Quotient and remainder of `self × numerator / denominator`, the product in full width.
    private func scaledWithRemainder(by numerator: Kroner, of denominator: Kroner) -> (quotient: Int, remainder: Int) {
        precondition(denominator.value > 0 && value >= 0 && numerator.value >= 0)
        let product = value.multipliedFullWidth(by: numerator.value)
        return denominator.value.dividingFullWidth((product.high, product.low))
    }

    /// Splits `self` in proportion to `weights`, each share at most its `cap`, the shares
    /// summing exactly to `self` (largest-remainder method). Shares start at the
    /// proportional amount rounded down; the kroner left go one each to the largest
    /// remainders, ties to the earlier index, never past a cap. Requires the caps to hold
    /// the whole amount.
    public func fordelt(etter weights: [Kroner], tak caps: [Kroner]) -> [Kroner] {
        precondition(weights.count == caps.count)
        precondition(caps.sum() >= self, "the caps cannot hold the amount")
        let totalWeight = weights.sum()
        guard value > 0, totalWeight > .zero else {
            // Nothing to weigh by: fill the caps in order.
            var left = self
            return caps.map { cap in
                let give = Swift.min(cap, left)
                left -= give
                return give
            }
        }
        let exact = weights.map { scaledWithRemainder(by: $0, of: totalWeight) }
        var shares = weights.indices.map { Swift.min(Kroner(exact[$0].quotient), caps[$0]) }
        var left = self - shares.sum()
        let order = weights.indices.sorted { lhs, rhs in
            exact[lhs].remainder != exact[rhs].remainder ? exact[lhs].remainder > exact[rhs].remainder : lhs < rhs
        }
        // Each share lost less than one krone to rounding: one krone each, largest remainder
        // first; then, where caps held some back, fill what room is left in the same order.
        for index in order where left > .zero && shares[index] < caps[index] {
            shares[index] += Kroner(1)
            left -= Kroner(1)
        }
        for index in order where left > .zero {
            let give = Swift.min(left, caps[index] - shares[index])
            shares[index] += give
            left -= give
        }
        return shares
    }
}
