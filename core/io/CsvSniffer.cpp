#include "io/CsvSniffer.h"

#include <array>
#include <vector>

namespace comptoir {

namespace {

constexpr std::array<char, 3> kCandidates = {';', '\t', ','};

struct LineCounts {
    std::array<int, kCandidates.size()> count{};
    bool blank = true;
};

/** Counts the candidates outside quotes in the first complete logical lines of `head`. */
std::vector<LineCounts> sampleLines(QByteArrayView head, bool complete)
{
    std::vector<LineCounts> lines;
    LineCounts current;
    bool inQuotes = false;
    for (qsizetype i = 0; i < head.size() && int(lines.size()) < CsvSniffer::kSampleLines; ++i) {
        const char c = head[i];
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            current.blank = false;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == '\n' || c == '\r') {
            if (!current.blank)
                lines.push_back(current);
            current = LineCounts();
            continue;
        }
        if (c != ' ')
            current.blank = false;
        for (std::size_t k = 0; k < kCandidates.size(); ++k) {
            if (c == kCandidates[k])
                ++current.count[k];
        }
    }
    // The last line counts only if it is whole, or if there is nothing else to go on.
    if (!current.blank && int(lines.size()) < CsvSniffer::kSampleLines && (complete || lines.empty()))
        lines.push_back(current);
    return lines;
}

} // namespace

bool CsvSniffer::hasUtf8Bom(QByteArrayView bytes)
{
    return bytes.size() >= 3 && bytes[0] == '\xEF' && bytes[1] == '\xBB' && bytes[2] == '\xBF';
}

CsvDialect CsvSniffer::sniff(QByteArrayView head, bool complete)
{
    CsvDialect dialect;
    if (hasUtf8Bom(head)) {
        dialect.hasBom = true;
        dialect.encoding = TextEncoding::Utf8;
        dialect.encodingCertain = true;
        head = head.sliced(3);
    } else if (const auto encoding = detectEncoding(head, complete)) {
        dialect.encoding = *encoding;
        dialect.encodingCertain = true;
    }
    dialect.separator = detectSeparator(head, complete);
    return dialect;
}

std::optional<TextEncoding> CsvSniffer::detectEncoding(QByteArrayView head, bool complete)
{
    if (TextCodec::isAscii(head))
        return std::nullopt;
    return TextCodec::isValidUtf8(head, !complete) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

char CsvSniffer::detectSeparator(QByteArrayView head, bool complete)
{
    const std::vector<LineCounts> lines = sampleLines(head, complete);
    if (lines.empty())
        return ';';
    int best = -1;
    int bestAgree = 0;
    int bestCount = 0;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        const int headerCount = lines.front().count[k];
        if (headerCount == 0)
            continue;
        int agree = 0;
        for (const LineCounts &line : lines)
            agree += line.count[k] == headerCount ? 1 : 0;
        // Strictly better only: earlier candidates win ties (';' before TAB before ',').
        if (agree > bestAgree || (agree == bestAgree && headerCount > bestCount)) {
            best = int(k);
            bestAgree = agree;
            bestCount = headerCount;
        }
    }
    return best < 0 ? ';' : kCandidates[std::size_t(best)];
}

} // namespace comptoir
