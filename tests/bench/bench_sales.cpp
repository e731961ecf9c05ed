// Records 10 000 sales through SaleService on a copy of the demo store, with the database's
// durable settings (WAL, synchronous=FULL, as Database opens it), and prints the time per
// sale (median, p95, p99, max) and the sales per second. Issue 4's target: p99 < 10 ms.
//
//   bench_sales DB [N]
// DB: a COPY of the demo store (cp demo/demo-store.db /work/tmp/ledger/demo.db): the run
// adds N (10 000) sales to it and sets stock.allow_negative = 1 so stock never runs out.
// Sales: 1 to 8 lines of random active products, about half with a random customer,
// paid by card, cash (rounded up: change) or split card + cash. Deterministic (seed 42).
#include "access/Session.h"
#include "domain/Clock.h"
#include "services/SaleService.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace comptoir;

namespace {

QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

double percentile(const QList<double> &sorted, double p)
{
    return sorted.at(qMin(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_sales DB [N]   (DB: a copy of the demo store; it is written to)\n";
        return 2;
    }
    const int count = args.size() > 2 ? args.at(2).toInt() : 10000;
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Database::open(args.at(1), Database::Mode::OpenExisting);
    if (!opened) {
        out << "cannot open " << args.at(1) << ": " << opened.error().toString() << '\n';
        return 1;
    }
    Database &db = **opened;
    out << "opened (and migrated) in " << openTimer.elapsed() << " ms\n";
    QSqlQuery setup(db.connection());
    setup.exec(QStringLiteral("UPDATE setting SET value = '1' WHERE key = 'stock.allow_negative'"));
    // COMPTOIR_BENCH_CHECKPOINT=N: WAL auto-checkpoint every N pages instead of 1000 (to see
    // how much of the tail is the checkpoint that a commit runs when the WAL is full).
    if (const QByteArray pages = qgetenv("COMPTOIR_BENCH_CHECKPOINT"); !pages.isEmpty())
        setup.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages.toInt()));
    for (const char *pragma : {"journal_mode", "synchronous", "wal_autocheckpoint"}) {
        setup.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma));
        setup.next();
        out << pragma << " = " << setup.value(0).toString() << '\n';
    }

    const QList<qint64> products = ids(db, QStringLiteral("SELECT id FROM product WHERE active = 1 ORDER BY id"));
    const QList<qint64> customers = ids(db, QStringLiteral("SELECT id FROM customer WHERE merged_into IS NULL ORDER BY id"));
    QHash<qint64, qint64> price;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, price_cents FROM product"));
        while (q.next())
            price.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    const QList<qint64> staff = ids(db, QStringLiteral("SELECT u.id FROM app_user u JOIN role r ON r.id = u.role_id "
                                                       "WHERE r.code = 'sales_associate' ORDER BY u.id"));
    if (products.isEmpty() || customers.isEmpty() || staff.isEmpty()) {
        out << "the database has no product, customer or sales associate: use the demo store\n";
        return 1;
    }
    out << products.size() << " products, " << customers.size() << " customers\n";
    Session session;
    session.userId = staff.first();
    session.login = QStringLiteral("bench");
    session.role = QStringLiteral("sales_associate");
    session.permissions = RoleRepository(db).permissionsOf(session.role).value();

    SystemClock clock;
    SaleService service(db, clock);
    std::mt19937_64 rng(42);
    const auto pick = [&rng](qsizetype n) { return qsizetype(rng() % quint64(n)); };
    QList<double> ms;
    ms.reserve(count);
    int failures = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < count; ++i) {
        SaleRequest r;
        const int lineCount = 1 + int(rng() % 8);
        qint64 due = 0;
        for (int l = 0; l < lineCount; ++l) {
            SaleLineRequest line;
            line.productId = products.at(pick(products.size()));
            line.quantity = 1 + qint64(rng() % 3);
            due += line.quantity * price.value(line.productId);
            r.lines.append(line);
        }
        if (rng() % 2)
            r.customerId = customers.at(pick(customers.size()));
        PaymentRequest card;
        card.method = PaymentMethod::Card;
        PaymentRequest cash;
        cash.method = PaymentMethod::Cash;
        switch (rng() % 3) {
        case 0:
            card.amountCents = due;
            r.payments = {card};
            break;
        case 1:
            cash.amountCents = (due / 1000 + 1) * 1000; // the next 10 €: change is given
            r.payments = {cash};
            break;
        default:
            card.amountCents = due / 2;
            cash.amountCents = due - card.amountCents;
            r.payments = card.amountCents > 0 ? QList<PaymentRequest>{card, cash} : QList<PaymentRequest>{cash};
            break;
        }
        QElapsedTimer t;
        t.start();
        auto sale = service.record(session, r);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!sale) {
            if (++failures <= 5)
                out << "sale " << i << " refused: " << sale.error().toString() << '\n';
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    out << count << " sales (" << failures << " refused) in " << QString::number(seconds, 'f', 2) << " s: "
        << QString::number(double(count) / seconds, 'f', 0) << " sales/s\n"
        << "per sale: median " << QString::number(percentile(ms, 0.5), 'f', 3) << " ms, p95 "
        << QString::number(percentile(ms, 0.95), 'f', 3) << " ms, p99 " << QString::number(percentile(ms, 0.99), 'f', 3)
        << " ms, max " << QString::number(ms.last(), 'f', 3) << " ms\n";
    return failures == 0 ? 0 : 1;
}
