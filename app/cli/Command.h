#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace comptoir::cli {

/** Where a command writes: normal output and error lines. */
struct Io {
    QTextStream &out;
    QTextStream &err;
};

/**
 * One `comptoir-cli NAME ...` command (or `comptoir-dev NAME ...`: the developer program of
 * tests/dev shares this framework). Each command file registers itself with a
 * static CommandRegistration, so adding a command touches no shared table.
 * `run` gets the arguments after the command name and returns the exit code
 * (0 success, 1 failure the command explained on err, 2 bad usage).
 */
struct Command {
    QString name;
    QString summary; ///< one line for `comptoir-cli --help`
    QString usage;   ///< full help for `comptoir-cli NAME --help`
    std::function<int(const QStringList &args, Io &io)> run;
    bool paints = false; ///< needs a QApplication (renders charts/PDF); offscreen unless QT_QPA_PLATFORM is set
};

class CommandRegistry {
public:
    static CommandRegistry &instance();
    void add(Command command);
    const Command *find(const QString &name) const;
    QList<Command> all() const; ///< sorted by name

private:
    QList<Command> m_commands;
};

struct CommandRegistration {
    explicit CommandRegistration(Command command) { CommandRegistry::instance().add(std::move(command)); }
};

/**
 * Runs `program COMMAND ARGS...` from `args` (the arguments after the program's name):
 * the list of commands for none, --help, -h or help; a command's usage for
 * `COMMAND --help`; otherwise the command. Returns the exit code.
 */
int runCommandLine(const QString &program, QStringList args, Io &io);

} // namespace comptoir::cli
