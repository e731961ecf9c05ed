// Times a search keystroke in the Customers list on a big store: the core's FTS search,
// then the whole keystroke as the list runs it (search + model reset + count label), the
// empty box (first page + count), and the customer page (identity + first timeline page).
//
//   bench_customer_search [DB]
// DB: a copy of the demo store (comptoir-cli demo DB --customers 100000 ...); it is
// migrated if needed. Without DB, 100 000 customers are generated in a temporary file.
#include "customers/CustomerListPage.h"
#include "customers/CustomerPage.h"
#include "services/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/RoleRepository.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

struct Stats {
    QList<double> ms;
    void add(qint64 ns) { ms.append(double(ns) / 1e6); }
    QString summary()
    {
        std::sort(ms.begin(), ms.end());
        if (ms.isEmpty())
            return QStringLiteral("-");
        const auto at = [this](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * double(ms.size())))); };
        return QStringLiteral("n=%1 median %2 ms, p95 %3 ms, max %4 ms")
            .arg(ms.size())
            .arg(at(0.5), 0, 'f', 2)
            .arg(at(0.95), 0, 'f', 2)
            .arg(ms.last(), 0, 'f', 2);
    }
};

bool generate(Database &db, int count)
{
    static const char *const first[] = {"Hélène", "Jean", "Marie", "Paul", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Noah"};
    static const char *const last[] = {"Dupont", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
                                       "Laurent", "Lefèvre", "Michel", "Garcia", "Roux", "Fournier", "Girard"};
    static const char *const city[] = {"Lyon", "Paris", "Marseille", "Lille", "Nantes", "Villeurbanne"};
    Transaction tx(db);
    CustomerRepository repo(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        CustomerInput in;
        in.firstName = QString::fromUtf8(first[i % 10]);
        in.lastName = QString::fromUtf8(last[(i / 10) % 15]) + QString::number(i / 150);
        in.email = QStringLiteral("client%1@example.fr").arg(i);
        in.phone = QStringLiteral("+336%1").arg(10000000 + i);
        in.city = QString::fromUtf8(city[i % 6]);
        if (!repo.insert(in, now, 0))
            return false;
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.filePath(QStringLiteral("bench.db"));
    auto opened = Database::open(path);
    if (!opened) {
        out << "cannot open " << path << ": " << opened.error().toString() << '\n';
        return 1;
    }
    Database &db = **opened;
    SystemClock clock;
    Session session;
    session.userId = 0;
    session.login = QStringLiteral("bench");
    session.role = QStringLiteral("sales_associate");
    session.permissions = RoleRepository(db).permissionsOf(session.role).value();
    CustomerService service(db, clock);
    if (service.count(session).value() == 0) {
        QElapsedTimer fill;
        fill.start();
        if (!generate(db, 100000)) {
            out << "cannot generate customers\n";
            return 1;
        }
        out << "generated 100000 customers in " << fill.elapsed() << " ms\n";
    }
    out << "customers: " << service.count(session).value() << " (" << path << ")\n";

    // What a person types, one keystroke at a time.
    const QStringList words{QStringLiteral("helene"), QStringLiteral("dupont"), QStringLiteral("martin lyon"),
                            QStringLiteral("0612"), QStringLiteral("lefevre"), QStringLiteral("marie b"),
                            QStringLiteral("client12@"), QStringLiteral("girard")};
    Stats core, keystroke, oneLetter;
    QList<std::pair<double, QString>> slowest;
    qint64 keystrokes = 0, rowsTotal = 0, rowsMax = 0;
    AppServices services(db, clock);
    AppContext ctx{&services, session};
    CustomerListPage list(ctx);
    list.resize(1200, 700);
    list.show();
    auto *box = list.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            for (int n = 1; n <= word.size(); ++n) {
                const QString typed = word.left(n);
                QElapsedTimer t;
                t.start();
                auto found = service.search(session, typed, CustomerListPage::kSearchLimit);
                (n < CustomerListPage::kMinSearchLength ? oneLetter : core).add(t.nsecsElapsed());
                if (round == 0)
                    slowest.append({double(t.nsecsElapsed()) / 1e6, typed});
                if (!found) {
                    out << "search failed: " << found.error().toString() << '\n';
                    return 1;
                }
                ++keystrokes;
                rowsTotal += found->size();
                rowsMax = qMax(rowsMax, qint64(found->size()));
                box->setText(typed);
                t.restart();
                list.searchNow();
                if (n >= CustomerListPage::kMinSearchLength)
                    keystroke.add(t.nsecsElapsed());
            }
            box->clear();
            list.searchNow();
        }
    }
    Stats empty;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        list.reload();
        empty.add(t.nsecsElapsed());
    }
    out << "core search (limit " << CustomerListPage::kSearchLimit << ", " << CustomerListPage::kMinSearchLength
        << "+ characters): " << core.summary() << '\n';
    out << "core search of one character (the list does not run it): " << oneLetter.summary() << '\n';
    out << "keystroke in the list, 2+ characters (search + model reset + label): " << keystroke.summary() << '\n';
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    out << "slowest keystrokes (core search):";
    for (int i = 0; i < qMin(8, int(slowest.size())); ++i)
        out << " \"" << slowest.at(i).second << "\" " << QString::number(slowest.at(i).first, 'f', 1) << " ms;";
    out << '\n';
    out << "rows per keystroke: mean " << (keystrokes ? rowsTotal / keystrokes : 0) << ", max " << rowsMax << '\n';
    out << "empty box (first page by name + count): " << empty.summary() << '\n';

    // The customer page of the customers with the longest histories.
    QSqlQuery busiest(db.connection());
    busiest.exec(QStringLiteral("SELECT customer_id FROM sale WHERE customer_id IS NOT NULL "
                                "GROUP BY customer_id ORDER BY count(*) DESC LIMIT 5"));
    QList<qint64> ids;
    while (busiest.next())
        ids << busiest.value(0).toLongLong();
    if (ids.isEmpty())
        ids << 1;
    Stats page;
    CustomerPage customerPage(ctx);
    customerPage.resize(1200, 700);
    customerPage.show();
    for (int round = 0; round < 4; ++round) {
        for (qint64 id : ids) {
            QElapsedTimer t;
            t.start();
            customerPage.setCustomer(id);
            page.add(t.nsecsElapsed());
        }
    }
    out << "customer page (identity + consents + first timeline page): " << page.summary() << '\n';
    return 0;
}
