#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstddef>

namespace comptoir {

/** Argon2id cost: iterations and memory. libsodium always uses one lane. */
struct PasswordCost {
    unsigned long long opsLimit = 2;
    std::size_t memLimitBytes = 19u * 1024u * 1024u;

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    static PasswordCost owaspMinimum() { return {2, 19u * 1024u * 1024u}; }
    /** What the application uses: above the OWASP minimum (64 MiB, 2 iterations). */
    static PasswordCost standard() { return {2, 64u * 1024u * 1024u}; }
    /** libsodium's smallest cost: tests only, so the suite stays fast. */
    static PasswordCost testMinimum();

    bool operator==(const PasswordCost &) const = default;
};

/**
 * Hashes and verifies passwords with Argon2id (libsodium's crypto_pwhash_str). The
 * hash string stores its own parameters, so raising the cost later only makes
 * needsRehash() true for the old hashes, which the sign-in then replaces.
 * Passwords are NFC-normalised first, so "é" typed as one or two code points match.
 * Safe to share between threads once built.
 */
class PasswordHasher final {
public:
    explicit PasswordHasher(PasswordCost cost = PasswordCost::standard());

    const PasswordCost &cost() const { return m_cost; }

    /** The "$argon2id$v=19$m=...,t=...,p=1$salt$hash" string of `password`. */
    Result<QString> hash(const QString &password) const;

    /** Does `password` match `hash`? False for a malformed hash too. */
    bool verify(const QString &hash, const QString &password) const;

    /**
     * Verifies `password` against a hash of a random secret made with the current cost,
     * always false: an unknown login then costs the same time as a wrong password.
     */
    bool verifyDummy(const QString &password) const;

    /** Was `hash` made with other parameters (or another algorithm) than the current cost? */
    bool needsRehash(const QString &hash) const;

    /** The hash verifyDummy() checks against (same cost as new hashes; its secret is unknown). */
    const QString &dummyHash() const { return m_dummyHash; }

    /** How many Argon2id verifications ran (real and dummy); lets tests see the dummy path. */
    int verifications() const { return m_verifications.load(); }

private:
    PasswordCost m_cost;
    QString m_dummyHash;
    mutable std::atomic<int> m_verifications{0};
};

} // namespace comptoir
