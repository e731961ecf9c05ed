#pragma once

#include "access/Session.h"
#include "domain/Clock.h"

namespace comptoir {
class Database;
}

namespace comptoir::ui {

/**
 * What every screen needs: the open database, the clock and the signed-in session.
 * Screens build the (cheap, stateless) core services they use from it; nothing here is
 * a singleton, app/ creates it and passes it down.
 */
struct AppContext {
    Database *db = nullptr;
    const Clock *clock = nullptr;
    Session session;
};

} // namespace comptoir::ui
