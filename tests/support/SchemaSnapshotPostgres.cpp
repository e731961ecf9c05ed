// SchemaSnapshot of a PostgreSQL database's current schema, from pg_catalog: pg_attribute
// (+ pg_attrdef, pg_collation), pg_constraint (primary, foreign and check), pg_index (+
// pg_get_indexdef per key, pg_get_expr of the predicate) and pg_trigger (+ the function's
// body, to tell a trigger that only refuses the change).
#include "SchemaSnapshot.h"
#include "SchemaSnapshotSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir::test {

namespace {

using namespace snapshotsql;

QString postgresTypeClass(const QString &type)
{
    if (type == QLatin1String("int2") || type == QLatin1String("int4") || type == QLatin1String("int8"))
        return QStringLiteral("integer");
    if (type == QLatin1String("text") || type == QLatin1String("varchar") || type == QLatin1String("bpchar"))
        return QStringLiteral("text");
    if (type == QLatin1String("float4") || type == QLatin1String("float8"))
        return QStringLiteral("real");
    if (type == QLatin1String("bytea"))
        return QStringLiteral("blob");
    return QStringLiteral("other");
}

QString actionName(const QString &code)
{
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

class PostgresReader {
public:
    explicit PostgresReader(const QSqlDatabase &db) : m_db(db) { m_snapshot.engine = QStringLiteral("PostgreSQL"); }

    SchemaSnapshot read()
    {
        readDefaultCollation();
        readColumns();
        readConstraints();
        readIndexes();
        readTriggers();
        return m_snapshot;
    }

private:
    QSqlQuery query(const QString &sql)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            m_snapshot.errors << QStringLiteral("PostgreSQL: %1: %2").arg(sql, q.lastError().text());
        return q;
    }

    /**
     * The database's default collation is SQLite's BINARY only when it sorts by code point
     * (C, POSIX, C.UTF-8 with libc); otherwise it is named as such and the diff shows it.
     */
    void readDefaultCollation()
    {
        QSqlQuery q = query(QStringLiteral("SELECT datlocprovider::text, datcollate FROM pg_database WHERE datname = current_database()"));
        if (!q.next())
            return;
        const QString provider = q.value(0).toString();
        const QString collate = q.value(1).toString();
        const bool byteOrder = provider == QLatin1String("c")
                               && (collate == QLatin1String("C") || collate == QLatin1String("POSIX")
                                   || collate.compare(QLatin1String("C.UTF-8"), Qt::CaseInsensitive) == 0
                                   || collate.compare(QLatin1String("C.utf8"), Qt::CaseInsensitive) == 0);
        m_defaultCollation = byteOrder ? QStringLiteral("binary") : QStringLiteral("default (%1)").arg(collate);
    }

    QString collation(const QVariant &name) const
    {
        const QString n = name.toString();
        if (n.isEmpty() || n == QLatin1String("C") || n == QLatin1String("POSIX"))
            return QStringLiteral("binary");
        if (n == QLatin1String("default"))
            return m_defaultCollation;
        return n.toLower();
    }

    void readColumns()
    {
        QSqlQuery q = query(QStringLiteral(
            "SELECT c.relname, a.attname, t.typname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid), "
            "       a.attidentity::text, coll.collname "
            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid "
            "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "LEFT JOIN pg_collation coll ON coll.oid = a.attcollation "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
            "ORDER BY c.relname, a.attnum"));
        while (q.next()) {
            ColumnShape c;
            c.name = q.value(1).toString();
            c.typeClass = postgresTypeClass(q.value(2).toString());
            c.notNull = q.value(3).toBool();
            const QString defaultValue = q.value(4).toString();
            const QString identity = q.value(5).toString();
            if (identity == QLatin1String("d"))
                c.generatedId = QStringLiteral("by default");
            else if (identity == QLatin1String("a"))
                c.generatedId = QStringLiteral("always");
            else if (defaultValue.startsWith(QLatin1String("nextval(")))
                c.generatedId = QStringLiteral("by default"); // serial
            else if (!q.value(4).isNull())
                c.defaultValue = canonicalExpression(defaultValue);
            c.collation = collation(q.value(6));
            m_snapshot.tables[q.value(0).toString()].columns << c;
        }
    }

    void readConstraints()
    {
        QSqlQuery q = query(QStringLiteral(
            "SELECT rel.relname, con.contype::text, "
            "       array_to_string(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) "
            "           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord), ','), "
            "       frel.relname, "
            "       array_to_string(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord) "
            "           JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord), ','), "
            "       con.confupdtype::text, con.confdeltype::text, pg_get_constraintdef(con.oid) "
            "FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid "
            "JOIN pg_namespace n ON n.oid = rel.relnamespace LEFT JOIN pg_class frel ON frel.oid = con.confrelid "
            "WHERE n.nspname = current_schema() AND rel.relkind IN ('r', 'p') AND con.contype IN ('p', 'f', 'c')"));
        while (q.next()) {
            TableShape &table = m_snapshot.tables[q.value(0).toString()];
            const QString type = q.value(1).toString();
            const QStringList columns = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (type == QLatin1String("p")) {
                table.primaryKey = columns;
            } else if (type == QLatin1String("f")) {
                table.addForeignKey(columns, q.value(3).toString(), q.value(4).toString().split(QLatin1Char(',')),
                                    actionName(q.value(5).toString()), actionName(q.value(6).toString()));
            } else {
                // "CHECK ((expression))" [NOT VALID]
                Tokens t = tokenize(q.value(7).toString());
                if (!t.isEmpty() && t.first().isWord("check"))
                    t.removeFirst();
                if (t.size() > 2 && t[t.size() - 2].isWord("not") && t.last().isWord("valid"))
                    t.resize(t.size() - 2);
                table.checks << canonicalExpression(t);
            }
        }
        for (TableShape &table : m_snapshot.tables) {
            table.foreignKeys.sort();
            table.checks.sort();
        }
    }

    void readIndexes()
    {
        QMap<qlonglong, QStringList> keys;
        QSqlQuery k = query(QStringLiteral(
            "SELECT i.indexrelid::bigint, pg_get_indexdef(i.indexrelid, k, true), coll.collname, (i.indoption[k - 1] & 1) = 1 "
            "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN generate_series(1, i.indnkeyatts) AS k "
            "LEFT JOIN pg_collation coll ON coll.oid = i.indcollation[k - 1] "
            "WHERE n.nspname = current_schema() ORDER BY 1, k"));
        while (k.next()) {
            QString key = canonicalExpression(k.value(1).toString());
            if (const QString coll = collation(k.value(2)); coll != QLatin1String("binary"))
                key += QStringLiteral(" collate ") + coll;
            if (k.value(3).toBool())
                key += QStringLiteral(" DESC");
            keys[k.value(0).toLongLong()] << key;
        }
        QSqlQuery q = query(QStringLiteral(
            "SELECT i.indexrelid::bigint, ic.relname, tc.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid), am.amname, "
            "       coalesce((SELECT con.contype::text FROM pg_constraint con WHERE con.conindid = i.indexrelid "
            "                 AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x') LIMIT 1), '') "
            "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid "
            "JOIN pg_namespace n ON n.oid = tc.relnamespace JOIN pg_am am ON am.oid = ic.relam "
            "WHERE n.nspname = current_schema() AND tc.relkind IN ('r', 'p')"));
        while (q.next()) {
            const QString constraint = q.value(6).toString();
            if (constraint == QLatin1String("p"))
                continue; // the primary key is compared as such
            TableShape &table = m_snapshot.tables[q.value(2).toString()];
            IndexShape shape;
            shape.method = q.value(5).toString();
            shape.unique = q.value(3).toBool();
            shape.keys = keys.value(q.value(0).toLongLong());
            if (!q.value(4).isNull())
                shape.where = canonicalExpression(q.value(4).toString());
            if (shape.unique)
                table.uniqueKeys << shape.uniqueKey();
            if (constraint.isEmpty())
                table.indexes.insert(q.value(1).toString(), shape);
        }
        for (TableShape &table : m_snapshot.tables)
            table.uniqueKeys.sort();
    }

    void readTriggers()
    {
        QSqlQuery q = query(QStringLiteral(
            "SELECT t.tgname, c.relname, t.tgtype::int, t.tgenabled::text, t.tgargs, p.prosrc, pg_get_triggerdef(t.oid), "
            "       array_to_string(ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = t.tgrelid "
            "                             AND a.attnum = ANY (t.tgattr::int2[]) ORDER BY a.attname), ', ') "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE n.nspname = current_schema() AND NOT t.tgisinternal"));
        while (q.next()) {
            const QString table = q.value(1).toString();
            if (!m_snapshot.tables.contains(table))
                continue;
            // tgtype bits: ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16, TRUNCATE 32, INSTEAD 64.
            const int type = q.value(2).toInt();
            TriggerShape shape;
            shape.forEachRow = (type & 1) != 0;
            shape.timing = (type & 64) ? QStringLiteral("INSTEAD OF") : (type & 2) ? QStringLiteral("BEFORE") : QStringLiteral("AFTER");
            if (type & 4)
                shape.events << QStringLiteral("INSERT");
            if (type & 8)
                shape.events << QStringLiteral("DELETE");
            if (type & 16) {
                const QString columns = q.value(7).toString();
                shape.events << (columns.isEmpty() ? QStringLiteral("UPDATE") : QStringLiteral("UPDATE OF ") + columns);
            }
            if (type & 32)
                shape.events << QStringLiteral("TRUNCATE");
            shape.events.sort();
            shape.enabled = q.value(3).toString() != QLatin1String("D");
            shape.when = whenOf(tokenize(q.value(6).toString()));
            readRefusal(q.value(4).toByteArray(), tokenize(q.value(5).toString()), shape);
            m_snapshot.tables[table].triggers.insert(q.value(0).toString(), shape);
        }
    }

    /** The WHEN (...) of pg_get_triggerdef, canonical; empty if none. */
    static QString whenOf(const Tokens &t)
    {
        for (int i = 0; i + 1 < t.size(); ++i) {
            if (t[i].isWord("when") && t[i + 1].isSymbol("(")) {
                const int close = closingBracket(t, i + 1);
                return canonicalExpression(t.mid(i + 2, close - i - 2));
            }
        }
        return {};
    }

    /**
     * A refusing function body is BEGIN RAISE EXCEPTION 'format' [, args] [USING ...]; END.
     * Its message: the trigger argument when the format is '%' of TG_ARGV[n], else the format.
     */
    static void readRefusal(const QByteArray &arguments, const Tokens &body, TriggerShape &shape)
    {
        int semicolon = 0;
        while (semicolon < body.size() && !body[semicolon].isSymbol(";"))
            ++semicolon;
        const bool refuses = body.size() > 4 && body[0].isWord("begin") && body[1].isWord("raise") && body[2].isWord("exception")
                             && body[3].kind == Token::Kind::String && semicolon + 1 < body.size() && body[semicolon + 1].isWord("end")
                             && semicolon + 3 >= body.size();
        if (!refuses)
            return;
        shape.refuses = true;
        shape.refusal = body[3].text;
        const QList<QByteArray> args = arguments.split('\0');
        if (body[3].text == QLatin1String("%") && body.size() > 8 && body[4].isSymbol(",") && body[5].isWord("tg_argv")
            && body[6].isSymbol("[") && body[7].kind == Token::Kind::Number)
            shape.refusal = QString::fromUtf8(args.value(body[7].text.toInt()));
    }

    QSqlDatabase m_db;
    SchemaSnapshot m_snapshot;
    QString m_defaultCollation = QStringLiteral("binary");
};

} // namespace

SchemaSnapshot readPostgresSchema(const QSqlDatabase &db)
{
    return PostgresReader(db).read();
}

} // namespace comptoir::test
