#pragma once
// Lets Catch print QString and QStringList in failure messages (instead of "{?}").

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l)
    {
        std::string out = "{";
        for (qsizetype i = 0; i < l.size(); ++i)
            out += (i ? ", \"" : "\"") + l.at(i).toStdString() + '"';
        return out + "}";
    }
};
} // namespace Catch
