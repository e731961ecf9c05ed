#pragma once

#include <QList>
#include <QString>

/**
 * SQL text helpers of SchemaSnapshot: a tokenizer for the DDL SQLite keeps in sqlite_master
 * and the text PostgreSQL deparses, and a canonical form of expressions (CHECK constraints,
 * defaults, partial index conditions, index expressions) so that both engines' spellings of
 * one expression compare equal.
 */
namespace comptoir::test::snapshotsql {

struct Token {
    enum class Kind { Word, Identifier, String, Number, Symbol };
    Kind kind = Kind::Symbol;
    /** Words and identifiers in lower case; a string's value without quotes; a symbol as written. */
    QString text;

    bool isWord(const char *lower) const { return kind == Kind::Word && text == QLatin1String(lower); }
    bool isSymbol(const char *symbol) const { return kind == Kind::Symbol && text == QLatin1String(symbol); }
};
using Tokens = QList<Token>;

/** Splits SQL into tokens, comments dropped; sets *ok to false on text it cannot read. */
Tokens tokenize(const QString &sql, bool *ok = nullptr);

/** The index of the ")" (or "]") closing the bracket at `open`, or -1. */
int closingBracket(const Tokens &tokens, int open);

/** The tokens of [from, to) split at the commas outside brackets. */
QList<Tokens> splitAtCommas(const Tokens &tokens, int from, int to);

/** tokens[from, to) as one string (for messages and fallbacks). */
QString joined(const Tokens &tokens, int from = 0, int to = -1);

/**
 * The canonical form of an expression: fully parenthesised, keywords upper case, names
 * lower case, casts dropped ('5'::integer is 5), x BETWEEN a AND b as ((x >= a) AND (x <= b)),
 * x = ANY (ARRAY[a, b]) as (x IN (a, b)), == as =, != as <>, redundant parentheses dropped.
 * Text it cannot parse comes back as "?" followed by its tokens, which then compares unequal
 * to any canonical form (the diff shows both).
 */
QString canonicalExpression(const Tokens &tokens);
QString canonicalExpression(const QString &sql);

} // namespace comptoir::test::snapshotsql
