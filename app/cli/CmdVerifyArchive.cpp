// comptoir-cli verify-archive OUT: checks an archive folder from its files alone.
#include "Arguments.h"
#include "Command.h"

#include "services/ArchiveVerifier.h"

namespace comptoir::cli {
namespace {

int runVerifyArchive(const QStringList &argv, Io &io)
{
    Arguments args(argv, {}, {});
    if (!args.ok() || args.positional().size() != 1) {
        io.err << "usage: comptoir-cli verify-archive FOLDER\n";
        return 2;
    }
    const ArchiveCheck check = ArchiveVerifier::verify(args.positional().first());
    if (!check.ok()) {
        constexpr int kShown = 20;
        for (int i = 0; i < check.problems.size() && i < kShown; ++i)
            io.err << "BROKEN: " << check.problems.at(i).toString() << '\n';
        if (check.problems.size() > kShown)
            io.err << "... and " << (check.problems.size() - kShown) << " more\n";
        return 1;
    }
    io.out << "archive " << check.manifest.year << " of store " << check.manifest.storeCode << ": "
           << check.manifest.files.size() << " files, " << check.recordsChecked
           << " chained records, hashes and chains intact" << (check.manifest.yearClosed ? "" : " (provisional: year not closed)")
           << '\n';
    return 0;
}

const CommandRegistration verifyArchiveRegistration{{
    QStringLiteral("verify-archive"),
    QStringLiteral("check an archive written by `archive`"),
    QStringLiteral("Usage: comptoir-cli verify-archive FOLDER\n\n"
                   "Checks manifest.json against manifest.sha256, each file's SHA-256 and row count against the\n"
                   "manifest, then re-hashes every sale (with its lines and payments), credit note and closure and\n"
                   "re-links each chain from the hash the manifest starts from. Names the first file, line and record\n"
                   "that does not match and exits 1; exits 0 when everything matches. Needs no database nor sign-in."),
    runVerifyArchive,
}};

} // namespace
} // namespace comptoir::cli
