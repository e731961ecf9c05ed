// Screenshot harness of the Sale area (skipped unless COMPTOIR_SCREENSHOT_DIR is set): the
// counter with three lines and a customer, the payment dialog with a split payment, and
// the returns screen with a sale loaded, at 1280x800. With COMPTOIR_SCREENSHOT_DB (a copy
// of the demo store) they show its data; otherwise a small store is built. In French, the
// application's default language.
#include "OpsFixture.h"

#include "sale/PaymentDialog.h"
#include "sale/ReturnLinesModel.h"
#include "sale/ReturnsPage.h"
#include "sale/SaleCounter.h"
#include "sale/SalePage.h"
#include "services/SaleService.h"
#include "settings/Language.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "storage/RoleRepository.h"

#include <QLineEdit>
#include <QPainter>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

QString outDir()
{
    return qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
}

/** The window with `dialog` drawn over its centre, as the user sees a modal dialog. */
QPixmap withDialog(QWidget &window, QWidget &dialog)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    const QPixmap top = dialog.grab();
    painter.drawPixmap((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 2, top);
    return shot;
}

} // namespace

class SaleScreenshotsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        if (outDir().isEmpty())
            QSKIP("set COMPTOIR_SCREENSHOT_DIR to save the screenshots");
        QDir().mkpath(outDir());
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("fr")));
    }

    void counterPaymentAndReturns()
    {
        test::OpsFixture f;
        std::unique_ptr<Database> demo;
        Database *db = &f.t.db();
        Session session = f.associate;
        QStringList codes;
        qint64 customer = 0;
        qint64 saleNumber = 0;
        const QString demoPath = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DB");
        if (!demoPath.isEmpty()) {
            demo = std::move(Database::open(demoPath, Database::Mode::OpenExisting).value());
            db = demo.get();
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT u.id, u.display_name, r.code FROM app_user u JOIN role r ON r.id = u.role_id "
                                          "WHERE u.login = 'vendeur'")));
            QVERIFY(q.next());
            session.userId = q.value(0).toLongLong();
            session.login = QStringLiteral("vendeur");
            session.displayName = q.value(1).toString();
            session.role = q.value(2).toString();
            session.permissions = RoleRepository(*db).permissionsOf(session.role).value();
            // One article per VAT rate, the most loyal card holder, the last sale of 3+ lines.
            QVERIFY(q.exec(QStringLiteral("SELECT min(ean13) FROM product WHERE active = 1 AND ean13 IS NOT NULL "
                                          "GROUP BY vat_rate_bp ORDER BY vat_rate_bp LIMIT 3")));
            while (q.next())
                codes << q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM customer WHERE loyalty_card IS NOT NULL "
                                          "ORDER BY loyalty_points DESC LIMIT 1")));
            QVERIFY(q.next());
            customer = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT s.number FROM sale s JOIN sale_line l ON l.sale_id = s.id "
                                          "GROUP BY s.id HAVING count(l.id) >= 3 ORDER BY s.number DESC LIMIT 1")));
            QVERIFY(q.next());
            saleNumber = q.value(0).toLongLong();
        } else {
            const qint64 a = f.product(QStringLiteral("LIV-01"), QStringLiteral("Guide « Marchés de Provence »"), 1990, 0, 20);
            const qint64 b = f.product(QStringLiteral("MUG-01"), QStringLiteral("Mug en grès émaillé"), 1250, 0, 20);
            const qint64 c = f.product(QStringLiteral("ECH-02"), QStringLiteral("Écharpe en laine mérinos"), 3490, 0, 20);
            codes = {QStringLiteral("LIV-01"), QStringLiteral("MUG-01"), QStringLiteral("ECH-02")};
            customer = f.customer(QStringLiteral("Hélène"), QStringLiteral("Dupont"));
            SaleRequest r;
            r.lines = {SaleLineRequest{a, QString(), 1, std::nullopt, 0, QString()},
                       SaleLineRequest{b, QString(), 2, std::nullopt, 0, QString()},
                       SaleLineRequest{c, QString(), 1, std::nullopt, 0, QString()}};
            r.customerId = customer;
            r.payments = {PaymentRequest{PaymentMethod::Card, 1990 + 2500 + 3490, 0, 0}};
            saleNumber = SaleService(f.t.db(), f.t.clock()).record(f.associate, r).value().number;
        }
        QCOMPARE(codes.size(), 3);

        SystemClock clock;
        AppServices services(*db, clock);
        MainWindow window(services, session);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("sale")));
        auto *page = qobject_cast<SalePage *>(window.currentPage());
        QVERIFY(page);
        SaleCounter &counter = *page->counter();
        for (const QString &code : codes)
            QVERIFY2(counter.addCode(code), qPrintable(counter.codeMessage()));
        counter.addCode(codes.at(1)); // a second unit of one article
        page->attachCustomer(customer);
        QTest::qWait(50);
        QVERIFY(window.grab().save(outDir() + QStringLiteral("/sale-counter.png")));

        PaymentDialog *dialog = counter.pay();
        QVERIFY(dialog);
        QTest::keyClick(dialog->amountField(), Qt::Key_F6);
        QTest::keyClicks(dialog->amountField(), QStringLiteral("40"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QTest::keyClick(dialog->amountField(), Qt::Key_F5);
        QTest::keyClicks(dialog->amountField(), QStringLiteral("50"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QVERIFY(dialog->isCovered());
        QTest::qWait(50);
        QVERIFY(withDialog(window, *dialog).save(outDir() + QStringLiteral("/payment.png")));
        dialog->close();

        QVERIFY(page->showReturns());
        ReturnsPage &returns = *page->returns();
        QVERIFY(returns.loadSale(saleNumber));
        returns.saleNumberField()->setText(QString::number(saleNumber));
        returns.lines()->setToReturn(0, 1);
        returns.reasonField()->setText(QStringLiteral("Ne convient pas"));
        QTest::qWait(50);
        QVERIFY(window.grab().save(outDir() + QStringLiteral("/returns.png")));
    }
};

QTEST_MAIN(SaleScreenshotsTest)
#include "SaleScreenshotsTest.moc"
