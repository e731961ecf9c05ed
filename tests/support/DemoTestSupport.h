#pragma once

// Shared by the demo tests: generate a small demo store into a fresh database.

#include "demo/DemoGenerator.h"
#include "demo/DemoStoreWriter.h"
#include "domain/Validation.h"
#include "storage/ComplaintRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <stdexcept>

namespace comptoir::test {

/** The end date every demo test uses (a Tuesday). */
inline QDate demoEndDate()
{
    return QDate(2026, 11, 24);
}

inline demo::DemoOptions smallDemoOptions(quint64 seed = 7)
{
    demo::DemoOptions o;
    o.customers = 500;
    o.products = 80;
    o.sales = 2000;
    o.seed = seed;
    o.endDate = demoEndDate();
    return o;
}

/** The tables the demo store fills (besides store and app_user). */
inline const QStringList kContentTables{
    QStringLiteral("customer"), QStringLiteral("product"), QStringLiteral("sale"), QStringLiteral("sale_line"),
    QStringLiteral("payment"), QStringLiteral("stock_move"), QStringLiteral("stock_level"), QStringLiteral("appointment"),
    QStringLiteral("complaint"), QStringLiteral("complaint_event"), QStringLiteral("consent"), QStringLiteral("interaction"),
};

/** A database file with a generated demo store in it. */
struct DemoStore {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    demo::DemoCounts counts;
};

inline std::unique_ptr<DemoStore> generateDemoStore(demo::DemoOptions options)
{
    auto store = std::make_unique<DemoStore>();
    auto opened = Database::open(store->dir.filePath(QStringLiteral("demo.db")));
    if (!opened)
        throw std::runtime_error(opened.error().toString().toStdString());
    store->db = std::move(opened.value());
    options.complaintCategories = ComplaintRepository(*store->db).categories().value();
    demo::DemoStoreWriter writer(*store->db);
    if (Status s = writer.checkEmpty(); !s)
        throw std::runtime_error(s.error().toString().toStdString());
    if (Status s = writer.begin(); !s)
        throw std::runtime_error(s.error().toString().toStdString());
    demo::DemoGenerator generator(options, writer);
    if (Status s = generator.run(); !s)
        throw std::runtime_error(s.error().toString().toStdString());
    store->counts = generator.counts();
    if (Status s = writer.commit(QDateTime(demoEndDate(), QTime(8, 0), Qt::UTC), {}); !s)
        throw std::runtime_error(s.error().toString().toStdString());
    return store;
}

/** One demo store (the small options, seed 7) shared by the read-only tests. */
inline DemoStore &sharedDemoStore()
{
    static std::unique_ptr<DemoStore> store = generateDemoStore(smallDemoOptions());
    return *store;
}

/** Runs `sql` and returns all rows, each as a list of values. */
inline QList<QVariantList> rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw std::runtime_error((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        out.append(row);
    }
    return out;
}

inline QVariant value(Database &db, const QString &sql)
{
    const QList<QVariantList> r = rows(db, sql);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}

/** SHA-256 over every value of `table` in id order (NULL distinguished from ''). */
inline QByteArray tableHash(Database &db, const QString &table)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1")))
        throw std::runtime_error(q.lastError().text().toStdString());
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            sha.addData(v.isNull() ? QByteArray("\x01NULL") : v.toString().toUtf8());
            sha.addData(QByteArrayView("\x1f", 1));
        }
        sha.addData(QByteArrayView("\x1e", 1));
    }
    return sha.result();
}

} // namespace comptoir::test
