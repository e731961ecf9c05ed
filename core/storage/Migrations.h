#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

/**
 * The numbered SQL files of db/migrations, embedded under :/db/migrations/. Each is
 * applied in its own transaction, in order, and recorded in schema_migration.
 */
class Migrations final {
public:
    struct Step {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /** The embedded steps, sorted by version. */
    static QList<Step> steps();
    static int latestVersion();

    /** Applies the missing steps; refuses a database newer than this program. */
    static Result<int> apply(Database &db);
    /** The version recorded in the database (0 for an empty one). */
    static Result<int> currentVersion(Database &db);
};

} // namespace comptoir
