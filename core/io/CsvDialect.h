#pragma once

#include "io/TextCodec.h"

namespace comptoir {

/** How a CSV file is written: its separator, encoding and byte order mark. */
struct CsvDialect {
    /** ',', ';' or '\t'. */
    char separator = ';';
    TextEncoding encoding = TextEncoding::Utf8;
    /**
     * False while only ASCII bytes were seen: then UTF-8 and Windows-1252 read the same,
     * and the first non-ASCII field decides (valid UTF-8 → UTF-8, else Windows-1252).
     */
    bool encodingCertain = false;
    /** The file starts with a UTF-8 byte order mark (EF BB BF). */
    bool hasBom = false;
};

} // namespace comptoir
