#include "access/PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct PasswordHasherText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::PasswordHasher)
};

/** sodium_init() is thread-safe and idempotent, but calling it once is enough. */
void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

PasswordCost PasswordCost::testMinimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordCost cost) : m_cost(cost)
{
    initSodium();
    // Hashes of 32 random bytes nobody kept: they cost a real verification and never match.
    // Precomputed for the usual costs so a CLI start does not pay one more hash.
    if (m_cost == PasswordCost::standard()) {
        m_dummyHash = QStringLiteral(
            "$argon2id$v=19$m=65536,t=2,p=1$wSzcqwG6NnReAN84F1omaQ$zbL/u4YtV2S332dUQCFleXHGpvC8MVpiPrDa1E0yx0U");
        return;
    }
    if (m_cost == PasswordCost::owaspMinimum()) {
        m_dummyHash = QStringLiteral(
            "$argon2id$v=19$m=19456,t=2,p=1$aAJxYQli6dMxNKK1u/YQug$b0ixUEpy3oqNHLDStGao9fKXGJJ6HQz8jQaTJYHviC0");
        return;
    }
    // Other costs: made now, not at the first unknown login, so that one is not slower.
    unsigned char secret[32];
    randombytes_buf(secret, sizeof secret);
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, reinterpret_cast<const char *>(secret), sizeof secret, m_cost.opsLimit,
                                   m_cost.memLimitBytes)
        == 0)
        m_dummyHash = QString::fromLatin1(out);
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const QByteArray bytes = passwordBytes(password);
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                                   m_cost.opsLimit, m_cost.memLimitBytes)
        != 0)
        return Error{ErrorCode::Authentication, QStringLiteral("password"),
                     PasswordHasherText::tr("hashing the password failed (out of memory?)")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    ++m_verifications;
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_argon2id_STRBYTES)
        return false;
    const QByteArray bytes = passwordBytes(password);
    return crypto_pwhash_argon2id_str_verify(stored.constData(), bytes.constData(),
                                             static_cast<unsigned long long>(bytes.size()))
           == 0;
}

bool PasswordHasher::verifyDummy(const QString &password) const
{
    (void)verify(m_dummyHash, password);
    return false;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_argon2id_str_needs_rehash(stored.constData(), m_cost.opsLimit, m_cost.memLimitBytes) != 0;
}

} // namespace comptoir
