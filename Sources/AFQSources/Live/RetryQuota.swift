/// The standard mode's retry quota (AWS SDKs and Tools Reference Guide, "Retry behavior"): 500
/// tokens; a retry costs 5 (10 after a timeout); a success returns what its retries cost, or 1 on
/// a first-attempt success. When a retry cannot be paid for, the call fails at once. Shared by all
/// calls of one fetch.
actor RetryQuota {
    private var tokens = 500

    /// Takes the cost of a retry, or false when the quota cannot pay.
    func acquire(afterTimeout: Bool) -> Int? {
        let cost = afterTimeout ? 10 : 5
        guard tokens >= cost else { return nil }
        tokens -= cost
        return cost
    }

    func release(_ amount: Int) {
        tokens = min(500, tokens + amount)
    }
}
