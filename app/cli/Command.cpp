#include "Command.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::cli {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const Command &c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all() const
{
    QList<Command> sorted = m_commands;
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

namespace {

void printHelp(const QString &program, QTextStream &out)
{
    // "or:" lines: the form help2man reads to write the man page's synopsis.
    out << "Usage: " << program << " COMMAND [ARGS...]\n"
        << "  or:  " << program << " COMMAND --help\n"
        << "  or:  " << program << " --version\n\nCommands:\n";
    for (const Command &c : CommandRegistry::instance().all())
        out << "  " << c.name.leftJustified(16) << c.summary << '\n';
}

} // namespace

int runCommandLine(const QString &program, QStringList args, Io &io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printHelp(program, io.out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        io.out << program << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    const Command *command = CommandRegistry::instance().find(name);
    if (!command) {
        io.err << program << ": unknown command \"" << name << "\"\n";
        printHelp(program, io.err);
        return 2;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << command->usage << '\n';
        return 0;
    }
    return command->run(args, io);
}

} // namespace comptoir::cli
