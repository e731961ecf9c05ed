#include "io/CsvHeader.h"

namespace comptoir {

CsvHeader::CsvHeader(const QStringList &names) : m_names(names)
{
    for (int i = 0; i < m_names.size(); ++i) {
        const QString key = normalize(m_names.at(i));
        if (m_index.contains(key)) {
            if (!m_duplicates.contains(m_names.at(m_index.value(key))))
                m_duplicates.append(m_names.at(m_index.value(key)));
            continue;
        }
        m_index.insert(key, i);
    }
}

QString CsvHeader::normalize(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == QChar(0xFEFF))
            continue;
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.') {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key.append(u' ');
            pendingSpace = false;
        }
        if (c == QChar(0x0153) || c == QChar(0x0152)) // œ Œ: no decomposition
            key.append(QStringLiteral("oe"));
        else if (c == QChar(0x00E6) || c == QChar(0x00C6)) // æ Æ
            key.append(QStringLiteral("ae"));
        else
            key.append(c);
    }
    return key.toCaseFolded();
}

int CsvHeader::indexOf(QStringView name) const
{
    return m_index.value(normalize(name), -1);
}

int CsvHeader::indexOfAny(const QStringList &names) const
{
    for (const QString &name : names) {
        if (const int i = indexOf(name); i >= 0)
            return i;
    }
    return -1;
}

QString CsvHeader::value(const QStringList &fields, QStringView name) const
{
    const int i = indexOf(name);
    return i >= 0 && i < fields.size() ? fields.at(i) : QString();
}

} // namespace comptoir
