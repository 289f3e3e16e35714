#ifndef AFQ_CPREFETCH_H
#define AFQ_CPREFETCH_H

/// The CPU's prefetch hint, which Swift does not expose: asks for the cache line holding
/// `address` to be loaded, without waiting for it and without faulting on any address.
static inline void afq_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
