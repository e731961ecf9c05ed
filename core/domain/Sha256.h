#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;
struct evp_md_ctx_st;

namespace comptoir {

/**
 * SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions when it has
 * them. Qt 6.4's QCryptographicHash is portable C: on this project's machine, hashing 400k
 * sales of 300 bytes takes it 642 ms and libcrypto 97 ms, and the sales chain hashes every
 * sale recorded, imported or verified.
 */
class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /** Reads `device` to its end; false if a read fails. */
    bool addData(QIODevice *device);
    /** The 32-byte digest of everything added; the object then starts over. */
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace comptoir
