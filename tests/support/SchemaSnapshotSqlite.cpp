// SchemaSnapshot of a SQLite database: PRAGMA table_list / table_info / foreign_key_list /
// index_list / index_xinfo (as table-valued functions, so the table name is bound) and the
// DDL in sqlite_master for what the pragmas do not give (CHECK constraints, column
// collations, partial index conditions, index expressions, triggers).
#include "SchemaSnapshot.h"
#include "SchemaSnapshotSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir::test {

namespace {

using namespace snapshotsql;

/** SQLite's type affinity rules (https://sqlite.org/datatype3.html, 3.1). */
QString affinityClass(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QStringLiteral("integer");
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) || t.contains(QLatin1String("TEXT")))
        return QStringLiteral("text");
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return QStringLiteral("blob");
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("DOUB")))
        return QStringLiteral("real");
    return QStringLiteral("other");
}

QString sqliteCollation(const QString &name) { return name.isEmpty() ? QStringLiteral("binary") : name.toLower(); }

class SqliteReader {
public:
    explicit SqliteReader(const QSqlDatabase &db) : m_db(db) { m_snapshot.engine = QStringLiteral("SQLite"); }

    SchemaSnapshot read()
    {
        QSqlQuery q = query(QStringLiteral("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' "
                                           "AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"), {});
        while (q.next()) {
            const QString name = q.value(0).toString();
            TableShape &table = m_snapshot.tables[name.toLower()];
            table.kind = q.value(1).toString();
            readTable(name, table, q.value(2).toInt() == 1);
        }
        readTriggers();
        return m_snapshot;
    }

private:
    QSqlQuery query(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            m_snapshot.errors << QStringLiteral("SQLite: %1: %2").arg(sql, q.lastError().text());
        return q;
    }

    QString ddl(const QString &type, const QString &name)
    {
        QSqlQuery q = query(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = ? AND name = ?"), {type, name});
        return q.next() ? q.value(0).toString() : QString();
    }

    void readTable(const QString &name, TableShape &table, bool withoutRowid)
    {
        const Tokens create = tokenize(ddl(QStringLiteral("table"), name));
        const QMap<QString, QString> collations = readCreateTable(create, table);

        QSqlQuery q = query(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"),
                            {name});
        QMap<int, QString> keyColumns;
        QString keyType;
        while (q.next()) {
            ColumnShape c;
            c.name = q.value(0).toString().toLower();
            c.typeClass = affinityClass(q.value(1).toString());
            c.notNull = q.value(2).toInt() == 1;
            if (!q.value(3).isNull())
                c.defaultValue = canonicalExpression(q.value(3).toString());
            c.collation = collations.value(c.name, QStringLiteral("binary"));
            if (const int pk = q.value(4).toInt(); pk > 0) {
                keyColumns.insert(pk, c.name);
                keyType = q.value(1).toString().toUpper();
                // A WITHOUT ROWID table refuses NULL in its key; a rowid table accepts it
                // except in its rowid alias (where NULL means "the next id").
                c.notNull = c.notNull || withoutRowid;
            }
            table.columns << c;
        }
        table.primaryKey = keyColumns.values();
        const bool rowidAlias = !withoutRowid && table.kind == QLatin1String("table") && keyColumns.size() == 1
                                && keyType == QLatin1String("INTEGER");
        if (rowidAlias) {
            for (ColumnShape &c : table.columns) {
                if (c.name == table.primaryKey.first()) {
                    c.notNull = true;
                    c.generatedId = QStringLiteral("by default");
                }
            }
        }
        readForeignKeys(name, table);
        readIndexes(name, table);
    }

    /** The CHECK constraints and column collations written in CREATE TABLE. */
    QMap<QString, QString> readCreateTable(const Tokens &t, TableShape &table)
    {
        QMap<QString, QString> collations;
        int open = 0;
        while (open < t.size() && !t[open].isSymbol("("))
            ++open;
        const int close = closingBracket(t, open);
        if (close < 0)
            return collations; // a virtual table's USING module(...) has no columns here
        for (const Tokens &part : splitAtCommas(t, open + 1, close)) {
            for (int i = 0; i + 1 < part.size(); ++i) {
                if (part[i].isWord("check") && part[i + 1].isSymbol("(")) {
                    const int end = closingBracket(part, i + 1);
                    table.checks << canonicalExpression(part.mid(i + 2, end - i - 2));
                    i = end;
                } else if (part[i].isWord("collate") && i > 0 && !part.first().isWord("constraint")) {
                    collations.insert(part.first().text, part[i + 1].text.toLower());
                } else if (part[i].isSymbol("(")) {
                    i = closingBracket(part, i); // not inside a default or a check
                }
            }
        }
        table.checks.sort();
        return collations;
    }

    void readForeignKeys(const QString &name, TableShape &table)
    {
        QSqlQuery q = query(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                           "FROM pragma_foreign_key_list(?) ORDER BY id, seq"), {name});
        struct Key { QString parent, update, remove; QStringList from, to; };
        QMap<int, Key> keys;
        while (q.next()) {
            Key &k = keys[q.value(0).toInt()];
            k.parent = q.value(1).toString().toLower();
            k.from << q.value(2).toString().toLower();
            k.to << q.value(3).toString().toLower(); // empty: the parent's primary key
            k.update = q.value(4).toString().toUpper();
            k.remove = q.value(5).toString().toUpper();
        }
        for (Key &k : keys) {
            if (k.to.contains(QString())) {
                QSqlQuery pk = query(QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"), {k.parent});
                k.to.clear();
                while (pk.next())
                    k.to << pk.value(0).toString().toLower();
            }
            table.addForeignKey(k.from, k.parent, k.to, k.update, k.remove);
        }
        table.foreignKeys.sort();
    }

    void readIndexes(const QString &name, TableShape &table)
    {
        QSqlQuery q = query(QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list(?)"), {name});
        while (q.next()) {
            const QString index = q.value(0).toString();
            const QString origin = q.value(2).toString();
            if (origin == QLatin1String("pk"))
                continue; // the primary key is compared as such
            IndexShape shape;
            shape.method = QStringLiteral("btree");
            shape.unique = q.value(1).toInt() == 1;
            readIndexDdl(index, shape);
            if (shape.unique)
                table.uniqueKeys << shape.uniqueKey();
            if (origin == QLatin1String("c"))
                table.indexes.insert(index.toLower(), shape);
        }
        table.uniqueKeys.sort();
    }

    /** Keys from index_xinfo; expressions and the partial condition from CREATE INDEX. */
    void readIndexDdl(const QString &index, IndexShape &shape)
    {
        const Tokens t = tokenize(ddl(QStringLiteral("index"), index));
        QList<Tokens> written;
        int at = 0;
        while (at < t.size() && !t[at].isSymbol("("))
            ++at;
        if (const int close = at < t.size() ? closingBracket(t, at) : -1; close > 0) {
            written = splitAtCommas(t, at + 1, close);
            if (close + 1 < t.size() && t[close + 1].isWord("where"))
                shape.where = canonicalExpression(t.mid(close + 2));
        }
        QSqlQuery q = query(QStringLiteral("SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"),
                            {index});
        int n = 0;
        while (q.next()) {
            QString key;
            if (q.value(0).toInt() == -2) {
                Tokens expression = written.value(n);
                while (expression.size() > 2 && (expression.last().isWord("asc") || expression.last().isWord("desc")))
                    expression.removeLast();
                if (expression.size() > 2 && expression[expression.size() - 2].isWord("collate"))
                    expression.resize(expression.size() - 2);
                key = canonicalExpression(expression);
            } else {
                key = q.value(0).toInt() == -1 ? QStringLiteral("rowid") : q.value(1).toString().toLower();
            }
            if (const QString coll = sqliteCollation(q.value(3).toString()); coll != QLatin1String("binary"))
                key += QStringLiteral(" collate ") + coll;
            if (q.value(2).toInt() == 1)
                key += QStringLiteral(" DESC");
            shape.keys << key;
            ++n;
        }
    }

    void readTriggers()
    {
        QSqlQuery q = query(QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"), {});
        while (q.next()) {
            const QString table = q.value(1).toString().toLower();
            if (!m_snapshot.tables.contains(table))
                continue;
            m_snapshot.tables[table].triggers.insert(q.value(0).toString().toLower(), parseTrigger(tokenize(q.value(2).toString())));
        }
    }

    /** CREATE TRIGGER name [BEFORE|AFTER|INSTEAD OF] event ON table [FOR EACH ROW] [WHEN e] BEGIN ... END */
    static TriggerShape parseTrigger(const Tokens &t)
    {
        TriggerShape shape;
        int i = 0;
        while (i < t.size() && !t[i].isWord("trigger"))
            ++i;
        i += 2; // TRIGGER name
        if (i < t.size() && t[i - 1].isWord("if"))
            i += 3; // IF NOT EXISTS name
        while (i < t.size() && t[i].isSymbol("."))
            i += 2; // schema.name
        shape.timing = QStringLiteral("BEFORE");
        if (i < t.size() && (t[i].isWord("before") || t[i].isWord("after"))) {
            shape.timing = t[i++].text.toUpper();
        } else if (i < t.size() && t[i].isWord("instead")) {
            shape.timing = QStringLiteral("INSTEAD OF");
            i += 2;
        }
        QString event = i < t.size() ? t[i++].text.toUpper() : QString();
        if (i < t.size() && t[i].isWord("of")) {
            QStringList columns;
            for (++i; i < t.size() && !t[i].isWord("on"); ++i) {
                if (!t[i].isSymbol(","))
                    columns << t[i].text;
            }
            columns.sort();
            event += QStringLiteral(" OF ") + columns.join(QStringLiteral(", "));
        }
        shape.events << event;
        int begin = i;
        while (begin < t.size() && !t[begin].isWord("begin"))
            ++begin;
        for (int w = i; w < begin; ++w) {
            if (t[w].isWord("when"))
                shape.when = canonicalExpression(t.mid(w + 1, begin - w - 1));
        }
        // The body refuses when it is exactly SELECT RAISE(ABORT|FAIL|ROLLBACK, 'message');
        const Tokens body = t.mid(begin + 1, t.size() - begin - 1);
        const bool refuses = body.size() >= 9 && body[0].isWord("select") && body[1].isWord("raise") && body[2].isSymbol("(")
                             && (body[3].isWord("abort") || body[3].isWord("fail") || body[3].isWord("rollback"))
                             && body[4].isSymbol(",") && body[5].kind == Token::Kind::String && body[6].isSymbol(")")
                             && body[7].isSymbol(";") && body[8].isWord("end") && body.size() <= 10;
        if (refuses) {
            shape.refuses = true;
            shape.refusal = body[5].text;
        }
        return shape;
    }

    QSqlDatabase m_db;
    SchemaSnapshot m_snapshot;
};

} // namespace

SchemaSnapshot readSqliteSchema(const QSqlDatabase &db)
{
    return SqliteReader(db).read();
}

} // namespace comptoir::test
