#include "domain/Sha256.h"

#include <QIODevice>

#include <openssl/evp.h>

#include <new>

namespace comptoir {

namespace {

/** The SHA-256 implementation, looked up once (EVP_sha256() would look it up on every digest). */
const EVP_MD *sha256Method()
{
    static const EVP_MD *const method = [] {
        const EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return method;
}

} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || !EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr))
        throw std::bad_alloc(); // libcrypto fails here only when it cannot allocate
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice *device)
{
    char buffer[64 * 1024];
    for (;;) {
        const qint64 read = device->read(buffer, sizeof buffer);
        if (read < 0)
            return false;
        if (read == 0)
            return device->atEnd();
        addData(QByteArrayView(buffer, read));
    }
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char *>(digest.data()), &size);
    digest.truncate(int(size));
    EVP_DigestInit_ex(m_ctx, sha256Method(), nullptr);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()), &size,
                    sha256Method(), nullptr))
        throw std::bad_alloc();
    digest.truncate(int(size));
    return digest;
}

} // namespace comptoir
