#include "services/StoreService.h"

#include "storage/StoreRepository.h"

#include <QCoreApplication>

namespace comptoir {

Result<StoreInfo> StoreService::info()
{
    StoreRepository repo(m_db);
    auto store = repo.current();
    if (!store)
        return store.error();
    return store->value_or(StoreInfo{});
}

Result<StoreCounts> StoreService::counts(const Session &session)
{
    if (session.userId == 0)
        return Error{ErrorCode::PermissionDenied, QString(),
                     QCoreApplication::translate("comptoir::StoreService", "sign in first")};
    StoreRepository repo(m_db);
    return repo.counts();
}

} // namespace comptoir
