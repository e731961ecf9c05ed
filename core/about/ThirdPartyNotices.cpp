#include "about/ThirdPartyNotices.h"

#include <QCoreApplication>

#include <csv.h>
#include <openssl/crypto.h>
#include <sodium/version.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zlib.h>

namespace comptoir {

namespace {

/** The translation context of this file's texts (lupdate reads it). */
struct ThirdPartyText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ThirdPartyNotices)
};

} // namespace

QString ProjectLicence::summary()
{
    return ThirdPartyText::tr(
        "Comptoir is free software: you can redistribute it and/or modify it under the terms of the GNU General "
        "Public License as published by the Free Software Foundation, either version 3 of the License, or (at "
        "your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY "
        "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.");
}

QString ProjectLicence::copyright()
{
    return ThirdPartyText::tr("Copyright © 2026 the Comptoir authors");
}

QList<ThirdPartyComponent> thirdPartyComponents()
{
    const QString libcsv = QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
         ThirdPartyText::tr("windows, database access, printing"), QStringLiteral("https://www.qt.io")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-only"),
         ThirdPartyText::tr("the dashboard's charts"), QStringLiteral("https://www.qt.io")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("public domain"),
         ThirdPartyText::tr("the store's database"), QStringLiteral("https://www.sqlite.org")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
         ThirdPartyText::tr("password hashing"), QStringLiteral("https://libsodium.org")},
        {QStringLiteral("OpenSSL libcrypto"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral("Apache-2.0"), ThirdPartyText::tr("SHA-256 of the record chains and archives"),
         QStringLiteral("https://www.openssl.org")},
        {QStringLiteral("libcsv"), libcsv, QStringLiteral("LGPL-2.1-or-later"),
         ThirdPartyText::tr("reading CSV files"), QStringLiteral("https://github.com/rgamble/libcsv")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION),
         QStringLiteral("BSD-2-Clause AND Zlib AND MPL-2.0"), ThirdPartyText::tr("writing XLSX files"),
         QStringLiteral("https://libxlsxwriter.github.io")},
        {QStringLiteral("zlib"), QStringLiteral(ZLIB_VERSION), QStringLiteral("Zlib"),
         ThirdPartyText::tr("compression inside XLSX files"), QStringLiteral("https://zlib.net")},
    };
}

} // namespace comptoir
