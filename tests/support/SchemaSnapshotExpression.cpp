// The canonical form of SQL expressions for SchemaSnapshot (declared in SchemaSnapshotSql.h):
// a recursive descent parser with SQLite's operator precedence (PostgreSQL's deparsed text
// is fully parenthesised, so it reads the same under either precedence) that prints what it
// reads fully parenthesised.
#include "SchemaSnapshotSql.h"

#include <QRegularExpression>
#include <QStringList>

namespace comptoir::test::snapshotsql {

namespace {

struct Expr {
    enum class Kind { Other, Number, String, List };
    QString text;
    Kind kind = Kind::Other;
    QStringList items; ///< of a List: ARRAY[...] or a parenthesised list
};

Expr other(const QString &text) { return {text, Expr::Kind::Other, {}}; }
QString quoted(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
QString commaList(const QStringList &items) { return items.join(QStringLiteral(", ")); }
QString notIf(bool negated) { return negated ? QStringLiteral("NOT ") : QString(); }

class ExpressionParser {
public:
    explicit ExpressionParser(const Tokens &tokens) : m_t(tokens) {}

    QString parse()
    {
        const Expr e = parseOr();
        if (m_failed || m_pos != m_t.size())
            return QStringLiteral("? ") + joined(m_t);
        return e.text;
    }

private:
    bool word(const char *w, int ahead = 0) const { return m_pos + ahead < m_t.size() && m_t[m_pos + ahead].isWord(w); }
    bool symbol(const char *s, int ahead = 0) const { return m_pos + ahead < m_t.size() && m_t[m_pos + ahead].isSymbol(s); }
    bool take(const char *s)
    {
        if (symbol(s) || word(s)) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expect(const char *s)
    {
        if (!take(s))
            m_failed = true;
    }
    Expr fail()
    {
        m_failed = true;
        m_pos = int(m_t.size());
        return other(QString());
    }

    Expr parseOr()
    {
        Expr left = parseAnd();
        while (!m_failed && take("or"))
            left = other(QStringLiteral("(%1 OR %2)").arg(left.text, parseAnd().text));
        return left;
    }

    Expr parseAnd()
    {
        Expr left = parseNot();
        while (!m_failed && take("and"))
            left = other(QStringLiteral("(%1 AND %2)").arg(left.text, parseNot().text));
        return left;
    }

    Expr parseNot()
    {
        if (take("not"))
            return other(QStringLiteral("(NOT %1)").arg(parseNot().text));
        return parseEquality();
    }

    /** = == != <> IS IN LIKE GLOB BETWEEN ISNULL NOTNULL, and their NOT forms (one level in SQLite). */
    Expr parseEquality()
    {
        Expr left = parseRelational();
        while (!m_failed && m_pos < m_t.size()) {
            const bool negated = word("not")
                                 && (word("in", 1) || word("like", 1) || word("glob", 1) || word("between", 1) || word("null", 1));
            if (negated)
                ++m_pos;
            if (symbol("=") || symbol("==") || symbol("!=") || symbol("<>")) {
                const bool equal = symbol("=") || symbol("==");
                ++m_pos;
                left = comparisonWith(left, equal ? QStringLiteral("=") : QStringLiteral("<>"));
            } else if (take("is")) {
                const bool isNot = take("not");
                if (take("null")) {
                    left = other(QStringLiteral("(%1 IS %2NULL)").arg(left.text, notIf(isNot)));
                } else {
                    const Expr right = parseRelational();
                    left = other(QStringLiteral("(%1 IS %2%3)").arg(left.text, notIf(isNot), right.text));
                }
            } else if (take("isnull") || (negated && take("null"))) {
                left = other(QStringLiteral("(%1 IS %2NULL)").arg(left.text, notIf(negated)));
            } else if (take("notnull")) {
                left = other(QStringLiteral("(%1 IS NOT NULL)").arg(left.text));
            } else if (take("in")) {
                const Expr list = parsePrimary();
                if (list.kind != Expr::Kind::List && list.kind != Expr::Kind::Other)
                    return fail();
                const QString items = list.kind == Expr::Kind::List ? commaList(list.items) : list.text;
                left = other(QStringLiteral("(%1 %2IN (%3))").arg(left.text, notIf(negated), items));
            } else if (word("like") || word("glob")) {
                const QString op = m_t[m_pos++].text.toUpper();
                QString text = QStringLiteral("%1 %2%3 %4").arg(left.text, notIf(negated), op, parseRelational().text);
                if (take("escape"))
                    text += QStringLiteral(" ESCAPE ") + parseRelational().text;
                left = other(QLatin1Char('(') + text + QLatin1Char(')'));
            } else if (take("between")) {
                const Expr low = parseRelational();
                expect("and");
                const Expr high = parseRelational();
                left = other(negated ? QStringLiteral("((%1 < %2) OR (%1 > %3))").arg(left.text, low.text, high.text)
                                     : QStringLiteral("((%1 >= %2) AND (%1 <= %3))").arg(left.text, low.text, high.text));
            } else {
                if (negated)
                    return fail();
                break;
            }
        }
        return left;
    }

    /** left = right, or PostgreSQL's left = ANY (ARRAY[...]) / left <> ALL (ARRAY[...]) for IN / NOT IN. */
    Expr comparisonWith(const Expr &left, const QString &op)
    {
        if ((word("any") || word("all")) && symbol("(", 1)) {
            const bool any = word("any");
            const QString quantifier = any ? QStringLiteral("ANY") : QStringLiteral("ALL");
            m_pos += 2;
            const Expr list = parseOr();
            expect(")");
            if (list.kind != Expr::Kind::List)
                return other(QStringLiteral("(%1 %2 %3 (%4))").arg(left.text, op, quantifier, list.text));
            if (any && op == QLatin1String("="))
                return other(QStringLiteral("(%1 IN (%2))").arg(left.text, commaList(list.items)));
            if (!any && op == QLatin1String("<>"))
                return other(QStringLiteral("(%1 NOT IN (%2))").arg(left.text, commaList(list.items)));
            return other(QStringLiteral("(%1 %2 %3 (ARRAY[%4]))").arg(left.text, op, quantifier, commaList(list.items)));
        }
        return other(QStringLiteral("(%1 %2 %3)").arg(left.text, op, parseRelational().text));
    }

    Expr parseRelational() { return parseBinary(0); }

    /** Binary levels from < <= > >= up to ||, as SQLite ranks them. */
    Expr parseBinary(int level)
    {
        static const QList<QStringList> kLevels = {
            {QStringLiteral("<"), QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")},
            {QStringLiteral("&"), QStringLiteral("|"), QStringLiteral("<<"), QStringLiteral(">>")},
            {QStringLiteral("+"), QStringLiteral("-")},
            {QStringLiteral("*"), QStringLiteral("/"), QStringLiteral("%")},
            {QStringLiteral("||"), QStringLiteral("->"), QStringLiteral("->>")},
        };
        if (level == kLevels.size())
            return parseUnary();
        Expr left = parseBinary(level + 1);
        while (!m_failed && m_pos < m_t.size() && m_t[m_pos].kind == Token::Kind::Symbol && kLevels[level].contains(m_t[m_pos].text)) {
            const QString op = m_t[m_pos++].text;
            left = other(QStringLiteral("(%1 %2 %3)").arg(left.text, op, parseBinary(level + 1).text));
        }
        return left;
    }

    Expr parseUnary()
    {
        if (take("-")) {
            const Expr operand = parseUnary();
            if (operand.kind == Expr::Kind::Number)
                return {operand.text.startsWith(QLatin1Char('-')) ? operand.text.mid(1) : QLatin1Char('-') + operand.text,
                        Expr::Kind::Number, {}};
            return other(QStringLiteral("(- %1)").arg(operand.text));
        }
        if (take("+"))
            return parseUnary();
        if (take("~"))
            return other(QStringLiteral("(~ %1)").arg(parseUnary().text));
        return parsePostfix(parsePrimary());
    }

    /** x::type (dropped), x COLLATE name. */
    Expr parsePostfix(Expr e)
    {
        while (!m_failed) {
            if (take("::")) {
                const QString type = parseTypeName();
                static const QRegularExpression numeric(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
                const bool numericType = type.contains(QLatin1String("int")) || type == QLatin1String("numeric")
                                         || type == QLatin1String("real") || type.startsWith(QLatin1String("double"));
                if (e.kind == Expr::Kind::String && numericType && numeric.match(e.items.value(0)).hasMatch())
                    e = {e.items.value(0), Expr::Kind::Number, {}};
                else if (e.kind == Expr::Kind::String && type.endsWith(QLatin1String("[]")))
                    e = arrayLiteral(e.items.value(0), numericType);
            } else if (take("collate")) {
                if (m_pos >= m_t.size())
                    return fail();
                e = other(QStringLiteral("(%1 COLLATE %2)").arg(e.text, m_t[m_pos++].text.toLower()));
            } else {
                return e;
            }
        }
        return e;
    }

    /** A type name after :: or AS: words (double precision, character varying...), (n), []. */
    QString parseTypeName()
    {
        QStringList words;
        while (m_pos < m_t.size() && (m_t[m_pos].kind == Token::Kind::Word || m_t[m_pos].kind == Token::Kind::Identifier)) {
            const QString w = m_t[m_pos].text;
            const bool continues = words.isEmpty()
                                   || (QStringList{QStringLiteral("varying"), QStringLiteral("precision"), QStringLiteral("with"),
                                                   QStringLiteral("without"), QStringLiteral("time"), QStringLiteral("zone")}.contains(w));
            if (!continues)
                break;
            words << w;
            ++m_pos;
            if (take("."))
                words.clear(); // pg_catalog.text: the schema is not part of the type
        }
        if (symbol("(")) {
            const int close = closingBracket(m_t, m_pos);
            if (close < 0)
                return fail().text;
            m_pos = close + 1;
        }
        QString type = words.join(QLatin1Char(' '));
        while (symbol("[") && symbol("]", 1)) {
            m_pos += 2;
            type += QStringLiteral("[]");
        }
        if (words.isEmpty())
            m_failed = true;
        return type;
    }

    /** PostgreSQL's '{a,b}'::text[] as a list. */
    static Expr arrayLiteral(const QString &value, bool numeric)
    {
        Expr list{QString(), Expr::Kind::List, {}};
        const QString inner = value.mid(1, value.size() - 2);
        for (QString item : inner.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (item.startsWith(QLatin1Char('"')) && item.endsWith(QLatin1Char('"')))
                item = item.mid(1, item.size() - 2);
            list.items << (numeric ? item : quoted(item));
        }
        list.text = QStringLiteral("ARRAY[%1]").arg(commaList(list.items));
        return list;
    }

    Expr parseList(const char *close)
    {
        Expr list{QString(), Expr::Kind::List, {}};
        if (!symbol(close)) {
            do
                list.items << parseOr().text;
            while (!m_failed && take(","));
        }
        expect(close);
        return list;
    }

    Expr parsePrimary()
    {
        if (m_failed || m_pos >= m_t.size())
            return fail();
        const Token t = m_t[m_pos++];
        switch (t.kind) {
        case Token::Kind::Number:
            return {t.text, Expr::Kind::Number, {}};
        case Token::Kind::String:
            return {quoted(t.text), Expr::Kind::String, {t.text}};
        case Token::Kind::Identifier:
            return parseName(t.text);
        case Token::Kind::Symbol:
            if (t.text == QLatin1String("(")) {
                Expr list = parseList(")");
                if (list.items.size() == 1)
                    return other(list.items.first()); // parentheses around one expression
                list.text = QStringLiteral("(%1)").arg(commaList(list.items));
                return list;
            }
            return fail();
        case Token::Kind::Word:
            break;
        }
        if (t.text == QLatin1String("null") || t.text == QLatin1String("true") || t.text == QLatin1String("false"))
            return other(t.text.toUpper());
        if (t.text == QLatin1String("array") && take("[")) {
            Expr list = parseList("]");
            list.text = QStringLiteral("ARRAY[%1]").arg(commaList(list.items));
            return list;
        }
        if (t.text == QLatin1String("cast") && take("(")) {
            Expr inner = parseOr();
            expect("as");
            const QString type = parseTypeName();
            expect(")");
            static const QRegularExpression numeric(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
            if (inner.kind == Expr::Kind::String && type.contains(QLatin1String("int")) && numeric.match(inner.items.value(0)).hasMatch())
                return {inner.items.value(0), Expr::Kind::Number, {}};
            return inner;
        }
        if (t.text == QLatin1String("case"))
            return parseCase();
        if (t.text == QLatin1String("exists") || t.text == QLatin1String("select"))
            return fail(); // subqueries: not in a schema we compare
        return parseName(t.text);
    }

    /** name, qualified.name, or name(arguments). */
    Expr parseName(QString name)
    {
        while (symbol(".") && m_pos + 1 < m_t.size()) {
            ++m_pos;
            name += QLatin1Char('.') + m_t[m_pos++].text;
        }
        if (!take("("))
            return other(name);
        if (take("*")) {
            expect(")");
            return other(name + QStringLiteral("(*)"));
        }
        const bool distinct = take("distinct");
        const Expr args = parseList(")");
        return other(QStringLiteral("%1(%2%3)").arg(name, distinct ? QStringLiteral("DISTINCT ") : QString(), commaList(args.items)));
    }

    Expr parseCase()
    {
        QString text = QStringLiteral("CASE");
        if (!word("when"))
            text += QLatin1Char(' ') + parseOr().text;
        while (!m_failed && take("when")) {
            text += QStringLiteral(" WHEN ") + parseOr().text;
            expect("then");
            text += QStringLiteral(" THEN ") + parseOr().text;
        }
        if (take("else"))
            text += QStringLiteral(" ELSE ") + parseOr().text;
        expect("end");
        return other(text + QStringLiteral(" END"));
    }

    const Tokens &m_t;
    int m_pos = 0;
    bool m_failed = false;
};

} // namespace

QString canonicalExpression(const Tokens &tokens)
{
    return ExpressionParser(tokens).parse();
}

QString canonicalExpression(const QString &sql)
{
    bool ok = true;
    const Tokens tokens = tokenize(sql, &ok);
    if (!ok)
        return QStringLiteral("? ") + sql.simplified();
    return canonicalExpression(tokens);
}

} // namespace comptoir::test::snapshotsql
