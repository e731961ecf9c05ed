#include "SchemaSnapshotSql.h"

#include <QRegularExpression>
#include <QStringList>

namespace comptoir::test::snapshotsql {

namespace {

bool isWordStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isWordPart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$'); }

/** Reads a quoted run starting at sql[i] (the quote), doubling as the escape; returns its value. */
QString readQuoted(const QString &sql, qsizetype &i, QChar close, bool *ok)
{
    QString value;
    for (++i; i < sql.size(); ++i) {
        if (sql[i] == close) {
            if (i + 1 < sql.size() && sql[i + 1] == close) {
                value.append(close);
                ++i;
                continue;
            }
            ++i;
            return value;
        }
        value.append(sql[i]);
    }
    *ok = false;
    return value;
}

} // namespace

Tokens tokenize(const QString &sql, bool *ok)
{
    static const QStringList kLongSymbols = {QStringLiteral("->>"), QStringLiteral("::"), QStringLiteral("||"),
                                             QStringLiteral("<="),  QStringLiteral(">="), QStringLiteral("<>"),
                                             QStringLiteral("!="),  QStringLiteral("=="), QStringLiteral("->"),
                                             QStringLiteral("<<"),  QStringLiteral(">>")};
    bool fine = true;
    Tokens out;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            while (i < sql.size() && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else if (c == QLatin1Char('\'')) {
            out.append({Token::Kind::String, readQuoted(sql, i, QLatin1Char('\''), &fine)});
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            out.append({Token::Kind::Identifier, readQuoted(sql, i, c, &fine).toLower()});
        } else if (c == QLatin1Char('[') && !out.isEmpty() && out.last().isWord("array")) {
            out.append({Token::Kind::Symbol, QStringLiteral("[")});
            ++i;
        } else if (c == QLatin1Char('[') && (out.isEmpty() || out.last().kind == Token::Kind::Symbol)
                   && sql.indexOf(QLatin1Char(']'), i) > i) {
            // SQLite's [name] quoting (PostgreSQL's subscripts follow a name or a bracket).
            const qsizetype end = sql.indexOf(QLatin1Char(']'), i);
            out.append({Token::Kind::Identifier, sql.mid(i + 1, end - i - 1).toLower()});
            i = end + 1;
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < sql.size() && sql[i + 1].isDigit())) {
            static const QRegularExpression number(QStringLiteral("\\G[0-9]*\\.?[0-9]*(?:[eE][+-]?[0-9]+)?"));
            const QRegularExpressionMatch m = number.match(sql, i);
            out.append({Token::Kind::Number, m.captured(0)});
            i += m.capturedLength(0);
        } else if (isWordStart(c)) {
            const qsizetype start = i;
            while (i < sql.size() && isWordPart(sql[i]))
                ++i;
            out.append({Token::Kind::Word, sql.mid(start, i - start).toLower()});
        } else {
            QString symbol(c);
            for (const QString &s : kLongSymbols) {
                if (sql.mid(i, s.size()) == s) {
                    symbol = s;
                    break;
                }
            }
            if (!QStringLiteral("(),;.[]+-*/%=<>&|~:^@#!").contains(symbol[0]))
                fine = false;
            out.append({Token::Kind::Symbol, symbol});
            i += symbol.size();
        }
    }
    if (ok)
        *ok = fine;
    return out;
}

int closingBracket(const Tokens &tokens, int open)
{
    int depth = 0;
    for (int i = open; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol("(") || tokens[i].isSymbol("["))
            ++depth;
        else if ((tokens[i].isSymbol(")") || tokens[i].isSymbol("]")) && --depth == 0)
            return i;
    }
    return -1;
}

QList<Tokens> splitAtCommas(const Tokens &tokens, int from, int to)
{
    QList<Tokens> parts(1);
    int depth = 0;
    for (int i = from; i < to; ++i) {
        const Token &t = tokens[i];
        if (t.isSymbol("(") || t.isSymbol("["))
            ++depth;
        else if (t.isSymbol(")") || t.isSymbol("]"))
            --depth;
        if (depth == 0 && t.isSymbol(","))
            parts.append(Tokens());
        else
            parts.last().append(t);
    }
    return parts;
}

QString joined(const Tokens &tokens, int from, int to)
{
    if (to < 0)
        to = int(tokens.size());
    QStringList parts;
    for (int i = from; i < to; ++i) {
        const Token &t = tokens[i];
        if (t.kind == Token::Kind::String)
            parts << QLatin1Char('\'') + QString(t.text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        else if (t.kind == Token::Kind::Identifier)
            parts << QLatin1Char('"') + t.text + QLatin1Char('"');
        else
            parts << t.text;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace comptoir::test::snapshotsql
