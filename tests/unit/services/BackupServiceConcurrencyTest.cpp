#include "BackupFixture.h"
#include "TestDatabase.h"

#include "services/BackupService.h"
#include "storage/AuditRepository.h"
#include "storage/BackupStore.h"

#include <QFileInfo>

#include <atomic>
#include <chrono>
#include <thread>

using namespace comptoir;
using namespace comptoir::test;

namespace {

void waitFor(const std::atomic<int> &counter, int atLeast)
{
    for (int i = 0; i < 12000 && counter.load() < atLeast; ++i) // 60 s at most, on a loaded machine
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

} // namespace

TEST_CASE("A backup taken while another connection keeps writing restores consistently", "[backup][concurrency]")
{
    TestDatabase t(TestDatabase::Kind::File);
    const Session associate = t.associate();
    const QString path = t.path();

    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<bool> writerFailed{false};
    std::thread writer([&] {
        // Its own connection, opened and closed in this thread (Qt SQL connections are per thread).
        auto db = Database::open(path, Database::Mode::OpenExisting);
        if (!db) {
            writerFailed = true;
            return;
        }
        SystemClock clock;
        CustomerService customers(**db, clock);
        for (int i = 0; !stop.load(); ++i) {
            if (customers.create(associate, person(i)).ok())
                ++written;
            else
                writerFailed = true;
            // A pause between sales, as at a counter: back to back, this connection took the
            // write lock again at once each time, and the backup's own audit entry could wait
            // out the 10 s busy timeout behind it.
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    // The writer is stopped and joined however the test ends (a failed REQUIRE throws).
    struct JoinWriter {
        std::atomic<bool> &stop;
        std::thread &writer;
        ~JoinWriter()
        {
            stop = true;
            if (writer.joinable())
                writer.join();
        }
    } joinWriter{stop, writer};

    BackupService backups(t.db(), t.clock());
    const Session tech = t.technician();
    QStringList files;
    for (int round = 1; round <= 3; ++round) {
        waitFor(written, round * 15);
        const QString out = QDir(t.dir()).filePath(QStringLiteral("during-%1.db").arg(round));
        auto made = backups.backup(tech, out);
        INFO((made.ok() ? QString() : made.error().toString()).toStdString());
        REQUIRE(made.ok());
        files << out;
    }
    const int duringLastBackup = written.load();
    stop = true;
    writer.join();
    REQUIRE_FALSE(writerFailed.load());
    REQUIRE(written.load() >= 45);
    INFO("customers written by the other connection: " << written.load());

    qint64 previous = 0;
    for (const QString &file : files) {
        INFO(file.toStdString());
        // Restore the backup as a new database and check it.
        const QString restored = file + QStringLiteral(".restored");
        auto report = BackupService::restore(tech, file, restored, t.clock());
        REQUIRE(report.ok());
        auto db = openDb(restored);
        CHECK(BackupStore::checkIntegrity(*db, false).ok());
        const qint64 customers = scalar(*db, QStringLiteral("SELECT count(*) FROM customer"));
        // Every customer came with its audit entry in the same transaction: none half-copied.
        CHECK(customers == scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer' "
                                                      "AND action = 'create'")));
        CHECK(customers == scalar(*db, QStringLiteral("SELECT count(*) FROM customer_fts")));
        CHECK(customers >= previous); // later backups hold more
        CHECK(customers > 0);
        CHECK(customers <= duringLastBackup + 1);
        previous = customers;
        AuditRepository audit(*db);
        auto chain = audit.verifyChain();
        REQUIRE(chain.ok());
        CHECK_FALSE(chain->firstBadId.has_value());
    }
    CHECK(t.count(QStringLiteral("customer")) == written.load());
}
