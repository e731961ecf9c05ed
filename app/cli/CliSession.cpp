#include "CliSession.h"

#include "services/AuthService.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace comptoir::cli {

namespace {

/** Reads one line from the terminal with echo off; nullopt if stdin is not a terminal. */
std::optional<QString> promptHidden(const QString &prompt, Io &io)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    io.err << prompt;
    io.err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    io.err << '\n';
    io.err.flush();
    if (!got)
        return std::nullopt;
    return QString::fromStdString(line);
}

} // namespace

CliSession::CliSession(QString command, std::unique_ptr<DatabaseLock> lock, std::unique_ptr<Database> db)
    : m_command(std::move(command)), m_lock(std::move(lock)), m_db(std::move(db))
{
}

int CliSession::fail(Io &io, const QString &message) const
{
    io.err << QCoreApplication::applicationName() << ' ' << m_command << ": " << message << '\n';
    return 1;
}

int CliSession::fail(Io &io, const Error &error) const
{
    return fail(io, error.code == ErrorCode::PermissionDenied ? error.message : error.toString());
}

std::unique_ptr<CliSession> CliSession::open(const QString &command, const QString &dbPath, Io &io)
{
    if (!QFileInfo(dbPath).isFile()) {
        io.err << QCoreApplication::applicationName() << ' ' << command << ": database file not found: " << dbPath << '\n';
        return nullptr;
    }
    auto lock = DatabaseLock::shared(dbPath);
    if (!lock) {
        io.err << QCoreApplication::applicationName() << ' ' << command << ": " << lock.error().message << '\n';
        return nullptr;
    }
    auto db = Database::open(dbPath, Database::Mode::OpenExisting);
    if (!db) {
        io.err << QCoreApplication::applicationName() << ' ' << command << ": " << db.error().toString() << '\n';
        return nullptr;
    }
    return std::unique_ptr<CliSession>(new CliSession(command, std::move(lock.value()), std::move(db.value())));
}

std::unique_ptr<CliSession> CliSession::signedIn(const QString &command, const QString &dbPath, const QString &login,
                                                 Io &io)
{
    if (login.isEmpty()) {
        const QString program = QCoreApplication::applicationName();
        io.err << program << ' ' << command << ": --user LOGIN is required (see " << program << ' ' << command
               << " --help)\n";
        return nullptr;
    }
    auto cli = open(command, dbPath, io);
    if (!cli || !cli->signIn(login, io))
        return nullptr;
    return cli;
}

bool CliSession::signIn(const QString &login, Io &io)
{
    auto password = readPassword(QStringLiteral("Password for %1: ").arg(login), "COMPTOIR_PASSWORD", io);
    if (!password) {
        fail(io, QStringLiteral("no password: set COMPTOIR_PASSWORD or run in a terminal"));
        return false;
    }
    AuthService auth(*m_db, m_clock, m_hasher);
    auto session = auth.signIn(login, *password);
    if (!session) {
        fail(io, session.error().message);
        return false;
    }
    m_session = *session;
    return true;
}

void CliSession::close()
{
    m_db.reset();
    m_lock.reset();
}

std::optional<QString> CliSession::readPassword(const QString &prompt, const char *envVar, Io &io)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    return promptHidden(prompt, io);
}

std::optional<QString> CliSession::readNewPassword(const QString &whose, Io &io)
{
    if (qEnvironmentVariableIsSet("COMPTOIR_NEW_PASSWORD"))
        return qEnvironmentVariable("COMPTOIR_NEW_PASSWORD");
    auto first = promptHidden(QStringLiteral("New password for %1 (12 characters or more): ").arg(whose), io);
    if (!first)
        return std::nullopt;
    auto second = promptHidden(QStringLiteral("Same password again: "), io);
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        io.err << "the two passwords differ\n";
        return std::nullopt;
    }
    return first;
}

} // namespace comptoir::cli
