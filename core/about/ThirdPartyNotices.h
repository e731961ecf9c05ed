#pragma once

#include <QList>
#include <QString>

namespace comptoir {

/** One library the programs use, for the About box's notices. */
struct ThirdPartyComponent {
    QString name;    ///< e.g. "SQLite"
    QString version; ///< the version in use: the loaded library's when it can tell, else the headers' of this build
    QString licence; ///< SPDX expression (e.g. "ISC"), or "public domain" (SQLite)
    QString usedFor; ///< translated, one line
    QString url;     ///< the project's home page
};

/** Comptoir's own licence (SPDX) and copyright line. */
struct ProjectLicence {
    static QString spdx() { return QStringLiteral("GPL-3.0-or-later"); }
    /** Why GPL: the Qt Charts library it links is GPL-3 in Debian. Translated. */
    static QString summary();
    static QString copyright();
};

/**
 * The libraries whose code is in comptoir and comptoir-cli, with their versions and
 * licences. Not among them: Catch2 (tests only) and Boost (found by the build, but no file
 * includes it, so none of its code is in the programs). Versions come from the libraries themselves
 * where they report one (Qt, SQLite, libsodium, OpenSSL), else from the headers built against.
 */
QList<ThirdPartyComponent> thirdPartyComponents();

} // namespace comptoir
