#include "services/StoreService.h"

#include "domain/StoreValidation.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/SettingsRepository.h"
#include "storage/StoreRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace comptoir {

Result<StoreInfo> StoreService::info()
{
    StoreRepository repo(m_db);
    BOOST_OUTCOME_TRY(store, repo.current());
    return store.value_or(StoreInfo{});
}

Result<StoreCounts> StoreService::counts(const Session &session)
{
    if (session.userId == 0)
        return Error{ErrorCode::PermissionDenied, QString(),
                     QCoreApplication::translate("comptoir::StoreService", "sign in first")};
    StoreRepository repo(m_db);
    return repo.counts();
}

Status StoreService::createFirstStore(const StoreInfo &store, const QString &createdAtIso)
{
    BOOST_OUTCOME_TRY(name, validation::requiredText(QStringLiteral("store_name"), store.name));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    StoreRepository repo(m_db);
    BOOST_OUTCOME_TRY(existing, repo.current());
    if (existing.has_value())
        return Error::conflict(QStringLiteral("store"),
                               QCoreApplication::translate("comptoir::StoreService", "this database already has a store"));
    StoreInfo named = store;
    named.name = name;
    if (named.code.isEmpty())
        named.code = QStringLiteral("STORE01");
    BOOST_OUTCOME_TRY(checked, validateStoreInfo(named));
    BOOST_OUTCOME_TRYV(repo.insert(checked, createdAtIso));
    return tx.commit();
}

const Clock &StoreService::clock() const
{
    static const SystemClock systemClock;
    return m_clock ? *m_clock : systemClock;
}

Status StoreService::updateStore(const Session &session, const StoreInfo &info)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("settings.write")));
    BOOST_OUTCOME_TRY(valid, validateStoreInfo(info));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    StoreRepository repo(m_db);
    BOOST_OUTCOME_TRY(existing, repo.current());
    if (!existing.has_value())
        return Error::notFound(QStringLiteral("store"), QCoreApplication::translate("comptoir::StoreService",
                                                                                     "this database has no store yet"));
    const StoreInfo &before = *existing;
    StoreInfo after = valid;
    after.id = before.id;
    after.code = before.code;
    BOOST_OUTCOME_TRYV(repo.update(after));

    ChangeSet changes;
    changes.add(QStringLiteral("name"), before.name, after.name);
    changes.add(QStringLiteral("address"), before.address, after.address);
    changes.add(QStringLiteral("postal_code"), before.postalCode, after.postalCode);
    changes.add(QStringLiteral("city"), before.city, after.city);
    changes.add(QStringLiteral("phone"), before.phone, after.phone);
    changes.add(QStringLiteral("siret"), before.siret, after.siret);
    AuditTrail audit(m_db, clock());
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("update"), QStringLiteral("store"), after.id, scope::system(),
                                    changes.toJson()));
    return tx.commit();
}

Result<int> StoreService::backupKeep(const Session &session)
{
    if (session.userId == 0)
        return Error{ErrorCode::PermissionDenied, QString(),
                     QCoreApplication::translate("comptoir::StoreService", "sign in first")};
    SettingsRepository settings(m_db);
    BOOST_OUTCOME_TRY(value, settings.get(QStringLiteral("backup.keep"), QStringLiteral("10")));
    bool ok = false;
    const int keep = value.toInt(&ok);
    return ok && keep > 0 ? keep : 10;
}

Status StoreService::setBackupKeep(const Session &session, int keep)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("settings.write")));
    if (keep < 1 || keep > 100)
        return Error::validation(QStringLiteral("backup.keep"),
                                 QCoreApplication::translate("comptoir::StoreService",
                                                             "must be between 1 and 100 (got %1)")
                                     .arg(keep));
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    SettingsRepository settings(m_db);
    BOOST_OUTCOME_TRY(before, settings.get(QStringLiteral("backup.keep"), QStringLiteral("10")));
    const QString after = QString::number(keep);
    BOOST_OUTCOME_TRYV(settings.set(QStringLiteral("backup.keep"), after));
    ChangeSet changes;
    changes.add(QStringLiteral("value"), before, after);
    AuditTrail audit(m_db, clock());
    BOOST_OUTCOME_TRYV(audit.record(session, QStringLiteral("update"), QStringLiteral("setting"), 0, scope::system(),
                                    QJsonObject{{QStringLiteral("key"), QStringLiteral("backup.keep")},
                                                {QStringLiteral("changes"), changes.toJson()}}));
    return tx.commit();
}

} // namespace comptoir
