#pragma once

#include "io/CsvDialect.h"

#include <QByteArrayView>

#include <optional>

namespace comptoir {

/**
 * Guesses the dialect of a CSV file from its first bytes.
 *
 * Encoding: a UTF-8 BOM means UTF-8; otherwise bytes that are valid UTF-8 mean UTF-8,
 * anything else Windows-1252; pure ASCII leaves the choice open (see CsvDialect).
 *
 * Separator: for each candidate (';', TAB, ',') the separators outside quotes are
 * counted on the first complete lines (blank lines ignored). A candidate must appear
 * in the first line (the header); the one for which most lines have the header's count
 * wins, then the one with the larger count, then ';' before TAB before ','. With no
 * candidate in the header (a single column), ';' is returned.
 */
class CsvSniffer {
public:
    /** `head`: the first bytes of the file; `complete`: true when it is the whole file. */
    static CsvDialect sniff(QByteArrayView head, bool complete);
    /** The separator guessed from `head` (BOM already removed). */
    static char detectSeparator(QByteArrayView head, bool complete);
    /** The encoding shown by `head` (BOM already removed), nullopt when it is pure ASCII. */
    static std::optional<TextEncoding> detectEncoding(QByteArrayView head, bool complete);
    /** True when `bytes` starts with the UTF-8 byte order mark. */
    static bool hasUtf8Bom(QByteArrayView bytes);

    /** How many lines the separator detection looks at. */
    static constexpr int kSampleLines = 20;
};

} // namespace comptoir
