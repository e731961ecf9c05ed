#pragma once

#include "Command.h"

#include "access/PasswordHasher.h"
#include "access/Session.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <memory>
#include <optional>

namespace comptoir::cli {

/**
 * What a CLI command works with: the database, opened and locked ("<db>.lock", so a
 * restore cannot replace it meanwhile), the system clock, the password hasher and,
 * after signIn(), the acting session. Commands that need a user call
 * `CliSession::signedIn(...)`; the password comes from $COMPTOIR_PASSWORD, else from
 * a prompt on the terminal with echo off.
 */
class CliSession final {
public:
    /** Opens an existing database and takes its lock; prints the reason and returns null on failure. */
    static std::unique_ptr<CliSession> open(const QString &command, const QString &dbPath, Io &io);
    /** open() then signIn(); `login` empty prints a usage error. */
    static std::unique_ptr<CliSession> signedIn(const QString &command, const QString &dbPath, const QString &login,
                                                Io &io);

    /** Signs in as `login`; prints the refusal and returns false on failure. */
    bool signIn(const QString &login, Io &io);

    Database &db() { return *m_db; }
    const Session &session() const { return m_session; }
    const Clock &clock() const { return m_clock; }
    const PasswordHasher &hasher() const { return m_hasher; }
    const QString &command() const { return m_command; }

    /** Closes the database and releases its lock (restore needs it closed). */
    void close();

    /** "comptoir-cli COMMAND: message" (the program's name) on err; returns 1 for `return fail(...)`. */
    int fail(Io &io, const QString &message) const;
    /** The same for a core error ("field: message", or the message alone for a refusal). */
    int fail(Io &io, const Error &error) const;

    /** A password from $`envVar`, else asked on the terminal without echo. */
    static std::optional<QString> readPassword(const QString &prompt, const char *envVar, Io &io);
    /** A new password: $COMPTOIR_NEW_PASSWORD, else asked twice on the terminal. */
    static std::optional<QString> readNewPassword(const QString &whose, Io &io);

private:
    CliSession(QString command, std::unique_ptr<DatabaseLock> lock, std::unique_ptr<Database> db);

    QString m_command;
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    PasswordHasher m_hasher;
    Session m_session;
};

} // namespace comptoir::cli
