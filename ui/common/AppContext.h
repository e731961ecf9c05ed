#pragma once

#include "access/Session.h"
#include "domain/Clock.h"
#include "services/AppServices.h"

namespace comptoir::ui {

class Navigator;

/**
 * What the screens are handed: the signed-in session, core's services (built once, see
 * AppServices) and the navigator through which a screen asks for another one. Screens
 * call the services they use through it (each includes the headers of those services);
 * they never build a service or open a database. Nothing here is a singleton: the shell
 * makes it when it opens the main window and passes it down.
 */
struct AppContext {
    AppServices *services = nullptr;
    Session session;
    Navigator *navigator = nullptr; ///< null when a screen stands alone (tests): requests go nowhere

    /** The clock of the services (the application's time: "today", "overdue"). */
    const Clock &clock() const { return services->clock(); }
};

} // namespace comptoir::ui
