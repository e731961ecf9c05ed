#include "domain/ChainHash.h"
#include "domain/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>

#include <catch2/catch.hpp>

using comptoir::Sha256;

TEST_CASE("SHA-256 gives the FIPS 180-2 digests", "[sha256]")
{
    CHECK(Sha256::hash("").toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hash("abc").toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex()
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 million;
    const QByteArray a1000(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.addData(a1000);
    CHECK(million.result().toHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 agrees with QCryptographicHash at every length around the block size", "[sha256]")
{
    QByteArray data;
    for (int n = 0; n <= 300; ++n) {
        INFO("length " << n);
        CHECK(Sha256::hash(data) == QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        // Fed in uneven pieces, and reused after result().
        Sha256 pieces;
        for (int at = 0; at < n; at += 7)
            pieces.addData(QByteArrayView(data).sliced(at, std::min(7, n - at)));
        CHECK(pieces.result() == QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        pieces.addData(data);
        CHECK(pieces.result() == QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        data.append(char(n * 37 + 11));
    }
}

TEST_CASE("SHA-256 of a device reads it to its end", "[sha256]")
{
    QByteArray content(300 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 131 + (i >> 9));
    QBuffer buffer(&content);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    Sha256 sha;
    REQUIRE(sha.addData(&buffer));
    CHECK(sha.result() == QCryptographicHash::hash(content, QCryptographicHash::Sha256));

    QBuffer closed;
    Sha256 unread;
    CHECK_FALSE(unread.addData(&closed)); // not open: the read fails
}

TEST_CASE("The chain hash is the SHA-256 of the previous hash and the fields, separated by 0x1F", "[sha256]")
{
    const QString prev = comptoir::genesisHash();
    const QStringList fields{QStringLiteral("12"), QStringLiteral("Hélène"), QString()};
    const QByteArray input = prev.toUtf8() + "\x1f" + QStringLiteral("12").toUtf8() + "\x1f" +
                             QStringLiteral("Hélène").toUtf8() + "\x1f";
    CHECK(comptoir::chainHash(prev, fields) ==
          QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()));
}
