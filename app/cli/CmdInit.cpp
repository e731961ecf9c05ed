// comptoir-cli init DB: creates an empty store database (schema at the latest version).
#include "Arguments.h"
#include "Command.h"

#include "storage/Database.h"

#include <QFileInfo>

namespace comptoir::cli {
namespace {

int runInit(const QStringList &argv, Io &io)
{
    Arguments args(argv, {}, {});
    if (!args.ok() || args.positional().size() != 1) {
        io.err << "usage: comptoir-cli init DB\n";
        return 2;
    }
    const QString path = args.positional().first();
    if (QFileInfo::exists(path)) {
        io.err << "comptoir-cli init: " << path << " already exists (init never overwrites a database)\n";
        return 1;
    }
    auto db = Database::open(path, Database::Mode::OpenOrCreate);
    if (!db) {
        io.err << "comptoir-cli init: " << db.error().toString() << '\n';
        return 1;
    }
    io.out << "created " << path << " (schema version " << (*db)->schemaVersion() << ")\n";
    return 0;
}

const CommandRegistration initRegistration{{
    QStringLiteral("init"),
    QStringLiteral("create an empty store database"),
    QStringLiteral("Usage: comptoir-cli init DB\n\n"
                   "Creates the SQLite database DB with the latest schema. Refuses to touch an existing file."),
    runInit,
}};

} // namespace
} // namespace comptoir::cli
