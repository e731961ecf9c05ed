#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace comptoir::test {

/** One column, normalised so that SQLite's and PostgreSQL's catalogues compare. */
struct ColumnShape {
    QString name;
    /** integer, text, real, blob or other (SQLite's affinity rules; PostgreSQL's type). */
    QString typeClass;
    /** NOT NULL as enforced: a SQLite primary key column counts when SQLite refuses NULL there. */
    bool notNull = false;
    /** The default expression in canonical form (SchemaSnapshotSql), empty if none. */
    QString defaultValue;
    /** "binary" (SQLite's BINARY, PostgreSQL's C or a byte-order database default), "nocase"... */
    QString collation;
    /** "by default" for a SQLite rowid alias or a PostgreSQL identity BY DEFAULT, "always", or empty. */
    QString generatedId;
};

/** One index made by CREATE INDEX (not one that backs a primary key or UNIQUE constraint). */
struct IndexShape {
    QString method; ///< btree (SQLite's only kind), gin...
    bool unique = false;
    /** Each key: column name or canonical expression, then " collate X" unless binary, " DESC". */
    QStringList keys;
    /** The partial index condition in canonical form, empty if none. */
    QString where;

    /** As TableShape::uniqueKeys lists a unique index: "(a, b collate nocase)" [+ " WHERE cond"]. */
    QString uniqueKey() const;
};

/** One trigger; `refusal` is set when its whole body refuses the change with that message. */
struct TriggerShape {
    QString timing; ///< BEFORE, AFTER, INSTEAD OF
    /** Sorted: DELETE, INSERT, TRUNCATE, UPDATE or "UPDATE OF a, b". */
    QStringList events;
    bool forEachRow = true;
    bool enabled = true;
    QString when; ///< canonical WHEN condition, empty if none
    bool refuses = false;
    QString refusal; ///< the message a refusing trigger raises
};

struct TableShape {
    QString kind = QStringLiteral("table"); ///< table, or virtual (SQLite)
    QList<ColumnShape> columns;
    QStringList primaryKey;
    /** "(a, b) -> parent(c, d)" plus " ON UPDATE x" / " ON DELETE y" unless NO ACTION; sorted. */
    QStringList foreignKeys;
    /** UNIQUE constraints and unique indexes: "(a, b collate nocase)" [+ " WHERE cond"]; sorted. */
    QStringList uniqueKeys;
    /** CHECK constraints, column or table ones, as canonical expressions; sorted. */
    QStringList checks;
    QMap<QString, IndexShape> indexes;
    QMap<QString, TriggerShape> triggers;

    /** Adds a foreign key as foreignKeys lists it; actions as SQL spells them ("NO ACTION"...). */
    void addForeignKey(const QStringList &columns, const QString &parent, const QStringList &parentColumns,
                       const QString &onUpdate, const QString &onDelete);
};

/**
 * A normalised description of the schema of an open database, QSQLITE or QPSQL (its
 * current schema): user tables, their columns in order, keys, checks, indexes and triggers.
 * Two snapshots of the same schema on the two engines are equal: diff() names every
 * difference in plain words. Not compared: constraint and implicit index names (each engine
 * names them its own way), table order, functions, sequences, views.
 */
class SchemaSnapshot {
public:
    /** Reads the schema of `db`; problems reading it are listed in errors. */
    static SchemaSnapshot read(const QSqlDatabase &db);

    QString engine; ///< "SQLite" or "PostgreSQL", as the diff names it
    QMap<QString, TableShape> tables;
    QStringList errors;

    /** The same snapshot without these tables (and their indexes and triggers). */
    SchemaSnapshot withoutTables(const QStringList &names) const;
    /** The same snapshot without TRUNCATE among trigger events (SQLite has no TRUNCATE). */
    SchemaSnapshot withoutTruncateTriggers() const;
    /** The tables with a trigger that refuses `event` ("UPDATE", "DELETE", "TRUNCATE"), sorted. */
    QStringList tablesRefusing(const QString &event) const;

    /** Every difference between `a` and `b`, one sentence each; empty when they are equal. */
    static QStringList diff(const SchemaSnapshot &a, const SchemaSnapshot &b);
};

/** The readers of each engine (SchemaSnapshotSqlite.cpp, SchemaSnapshotPostgres.cpp). */
SchemaSnapshot readSqliteSchema(const QSqlDatabase &db);
SchemaSnapshot readPostgresSchema(const QSqlDatabase &db);

} // namespace comptoir::test
