#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace comptoir {

/** The text encodings Comptoir reads and writes CSV files in. */
enum class TextEncoding {
    Utf8,        ///< UTF-8, with or without a byte order mark
    Windows1252, ///< the "ANSI" code page of French Windows spreadsheets
};

/**
 * UTF-8 validation and a table-driven Windows-1252 codec.
 *
 * Qt 6.4 on Debian can decode "Windows-1252" through ICU, but Qt builds without ICU
 * cannot; a 32-entry table is portable, faster per field and decodes the five bytes
 * Windows leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) to the matching C1 code
 * points, as the WHATWG encoding standard does, so every byte sequence decodes.
 */
class TextCodec {
public:
    /** "UTF-8" or "Windows-1252". */
    static QString name(TextEncoding encoding);
    /** Parses "utf-8", "utf8", "windows-1252", "cp1252" (case-insensitive); nullopt otherwise. */
    static std::optional<TextEncoding> fromName(QStringView name);

    /** True when every byte is below 0x80. */
    static bool isAscii(QByteArrayView bytes);
    /**
     * True when `bytes` is well-formed UTF-8: no overlong forms, no surrogates, nothing
     * above U+10FFFF. With `allowTruncatedEnd`, an incomplete sequence at the very end is
     * accepted (a read chunk may cut a character in two).
     */
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);

    /** Decodes Windows-1252 bytes. Never fails. */
    static QString decodeWindows1252(QByteArrayView bytes);
    /**
     * Appends `text` encoded in Windows-1252 to `out`. Each character the code page
     * cannot represent becomes '?' and is counted in `*unmappable` (if not null).
     */
    static void appendWindows1252(QByteArray &out, QStringView text, qint64 *unmappable);
};

} // namespace comptoir
