#include "SchemaSnapshot.h"

#include <algorithm>

namespace comptoir::test {

namespace {

QString orNone(const QString &value) { return value.isEmpty() ? QStringLiteral("none") : value; }
QString listed(const QStringList &values) { return QStringLiteral("(%1)").arg(values.join(QStringLiteral(", "))); }

/** Builds the sentences of one diff: "<subject>: <what> in A, <what> in B". */
class DiffWriter {
public:
    DiffWriter(const QString &a, const QString &b, QStringList &out) : m_a(a), m_b(b), m_out(out) {}

    void differs(const QString &subject, const QString &inA, const QString &inB)
    {
        if (inA != inB)
            m_out << QStringLiteral("%1: %2 in %3, %4 in %5").arg(subject, inA, m_a, inB, m_b);
    }
    void onlyInA(const QString &subject) { m_out << QStringLiteral("%1: only in %2").arg(subject, m_a); }
    void onlyInB(const QString &subject) { m_out << QStringLiteral("%1: only in %2").arg(subject, m_b); }

    /** Items of two sorted lists that are in one only (as multisets). */
    void compareLists(const QString &subject, const QString &what, QStringList a, QStringList b)
    {
        for (qsizetype i = a.size() - 1; i >= 0; --i) {
            if (b.removeOne(a[i]))
                a.removeAt(i);
        }
        for (const QString &item : a)
            onlyInA(QStringLiteral("%1: %2 %3").arg(subject, what, item));
        for (const QString &item : b)
            onlyInB(QStringLiteral("%1: %2 %3").arg(subject, what, item));
    }

    void compareColumn(const QString &subject, const ColumnShape &a, const ColumnShape &b)
    {
        differs(subject, QStringLiteral("type ") + a.typeClass, QStringLiteral("type ") + b.typeClass);
        differs(subject, a.notNull ? QStringLiteral("NOT NULL") : QStringLiteral("nullable"),
                b.notNull ? QStringLiteral("NOT NULL") : QStringLiteral("nullable"));
        differs(subject, QStringLiteral("default ") + orNone(a.defaultValue), QStringLiteral("default ") + orNone(b.defaultValue));
        differs(subject, QStringLiteral("collation ") + a.collation, QStringLiteral("collation ") + b.collation);
        differs(subject, QStringLiteral("generated id ") + orNone(a.generatedId), QStringLiteral("generated id ") + orNone(b.generatedId));
    }

    void compareIndex(const QString &subject, const IndexShape &a, const IndexShape &b)
    {
        differs(subject, QStringLiteral("method ") + a.method, QStringLiteral("method ") + b.method);
        differs(subject, a.unique ? QStringLiteral("unique") : QStringLiteral("not unique"),
                b.unique ? QStringLiteral("unique") : QStringLiteral("not unique"));
        differs(subject, QStringLiteral("keys ") + listed(a.keys), QStringLiteral("keys ") + listed(b.keys));
        differs(subject, QStringLiteral("condition ") + orNone(a.where), QStringLiteral("condition ") + orNone(b.where));
    }

    void compareTrigger(const QString &subject, const TriggerShape &a, const TriggerShape &b)
    {
        const auto refusal = [](const TriggerShape &t) {
            return t.refuses ? QStringLiteral("refuses the change with '%1'").arg(t.refusal) : QStringLiteral("does not refuse the change");
        };
        const auto level = [](const TriggerShape &t) {
            return t.forEachRow ? QStringLiteral("FOR EACH ROW") : QStringLiteral("FOR EACH STATEMENT");
        };
        const auto events = [](const TriggerShape &t) { return QStringLiteral("on ") + t.events.join(QStringLiteral(" OR ")); };
        differs(subject, a.timing, b.timing);
        differs(subject, events(a), events(b));
        differs(subject, level(a), level(b));
        differs(subject, a.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                b.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
        differs(subject, QStringLiteral("WHEN ") + orNone(a.when), QStringLiteral("WHEN ") + orNone(b.when));
        differs(subject, refusal(a), refusal(b));
    }

    /** The keys of two maps, each compared by `compare` or named as in one only. */
    template<typename Map, typename Compare>
    void compareMaps(const QString &subject, const QString &what, const Map &a, const Map &b, Compare compare)
    {
        QStringList names = a.keys() + b.keys();
        names.sort();
        names.removeDuplicates();
        for (const QString &name : names) {
            const QString s = subject.isEmpty() ? QStringLiteral("%1 %2").arg(what, name)
                                                : QStringLiteral("%1: %2 %3").arg(subject, what, name);
            if (!b.contains(name))
                onlyInA(s);
            else if (!a.contains(name))
                onlyInB(s);
            else
                compare(s, a.value(name), b.value(name));
        }
    }

    void compareTable(const QString &subject, const TableShape &a, const TableShape &b)
    {
        differs(subject, QStringLiteral("kind ") + a.kind, QStringLiteral("kind ") + b.kind);
        QMap<QString, ColumnShape> columnsA, columnsB;
        QStringList orderA, orderB;
        for (const ColumnShape &c : a.columns)
            columnsA.insert(c.name, c);
        for (const ColumnShape &c : b.columns)
            columnsB.insert(c.name, c);
        compareMaps(subject, QStringLiteral("column"), columnsA, columnsB,
                    [this](const QString &s, const ColumnShape &x, const ColumnShape &y) { compareColumn(s, x, y); });
        for (const ColumnShape &c : a.columns) {
            if (columnsB.contains(c.name))
                orderA << c.name;
        }
        for (const ColumnShape &c : b.columns) {
            if (columnsA.contains(c.name))
                orderB << c.name;
        }
        const QString order = QStringLiteral("columns in the order ");
        differs(subject, order + listed(orderA), order + listed(orderB));
        differs(subject, QStringLiteral("primary key ") + listed(a.primaryKey), QStringLiteral("primary key ") + listed(b.primaryKey));
        compareLists(subject, QStringLiteral("foreign key"), a.foreignKeys, b.foreignKeys);
        compareLists(subject, QStringLiteral("unique"), a.uniqueKeys, b.uniqueKeys);
        compareLists(subject, QStringLiteral("check"), a.checks, b.checks);
        compareMaps(subject, QStringLiteral("index"), a.indexes, b.indexes,
                    [this](const QString &s, const IndexShape &x, const IndexShape &y) { compareIndex(s, x, y); });
        compareMaps(subject, QStringLiteral("trigger"), a.triggers, b.triggers,
                    [this](const QString &s, const TriggerShape &x, const TriggerShape &y) { compareTrigger(s, x, y); });
    }

private:
    QString m_a;
    QString m_b;
    QStringList &m_out;
};

} // namespace

QString IndexShape::uniqueKey() const
{
    return listed(keys) + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
}

void TableShape::addForeignKey(const QStringList &columns, const QString &parent, const QStringList &parentColumns,
                               const QString &onUpdate, const QString &onDelete)
{
    QString text = QStringLiteral("%1 -> %2%3").arg(listed(columns), parent, listed(parentColumns));
    if (onUpdate != QLatin1String("NO ACTION"))
        text += QStringLiteral(" ON UPDATE ") + onUpdate;
    if (onDelete != QLatin1String("NO ACTION"))
        text += QStringLiteral(" ON DELETE ") + onDelete;
    foreignKeys << text;
}

SchemaSnapshot SchemaSnapshot::read(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QSQLITE"))
        return readSqliteSchema(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        return readPostgresSchema(db);
    SchemaSnapshot none;
    none.errors << QStringLiteral("no schema reader for the driver %1").arg(db.driverName());
    return none;
}

SchemaSnapshot SchemaSnapshot::withoutTables(const QStringList &names) const
{
    SchemaSnapshot copy = *this;
    for (const QString &name : names)
        copy.tables.remove(name);
    return copy;
}

SchemaSnapshot SchemaSnapshot::withoutTruncateTriggers() const
{
    SchemaSnapshot copy = *this;
    for (TableShape &table : copy.tables) {
        for (auto it = table.triggers.begin(); it != table.triggers.end();) {
            it->events.removeAll(QStringLiteral("TRUNCATE"));
            it = it->events.isEmpty() ? table.triggers.erase(it) : std::next(it);
        }
    }
    return copy;
}

QStringList SchemaSnapshot::tablesRefusing(const QString &event) const
{
    QStringList out;
    for (auto table = tables.cbegin(); table != tables.cend(); ++table) {
        const bool refuses = std::any_of(table->triggers.cbegin(), table->triggers.cend(), [&](const TriggerShape &t) {
            return t.refuses && t.enabled && t.events.contains(event);
        });
        if (refuses)
            out << table.key();
    }
    return out; // QMap keys come sorted
}

QStringList SchemaSnapshot::diff(const SchemaSnapshot &a, const SchemaSnapshot &b)
{
    QStringList out;
    DiffWriter writer(a.engine, b.engine, out);
    writer.compareMaps(QString(), QStringLiteral("table"), a.tables, b.tables,
                       [&writer](const QString &s, const TableShape &x, const TableShape &y) { writer.compareTable(s, x, y); });
    return out;
}

} // namespace comptoir::test
