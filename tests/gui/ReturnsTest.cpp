// Returns at the counter: absent for an intern; an associate returns one line (credit note,
// stock back, receipt); above the threshold a manager approves on the same screen.
#include "OpsFixture.h"

#include "sale/ReceiptPanel.h"
#include "sale/ReturnLinesModel.h"
#include "sale/ReturnsPage.h"
#include "sale/SalePage.h"
#include "services/ReturnService.h"
#include "services/SaleService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

struct SoldStore {
    test::OpsFixture f;
    qint64 mug = 0;
    qint64 scarf = 0;
    qint64 saleNumber = 0;

    SoldStore()
    {
        mug = f.product(QStringLiteral("MUG-01"), QStringLiteral("Mug en grès"), 1250, 0, 10);
        scarf = f.product(QStringLiteral("ECH-02"), QStringLiteral("Écharpe en laine"), 2400, 0, 10);
        SaleRequest r;
        r.lines = {SaleLineRequest{mug, QString(), 2, std::nullopt, 0, QString()},
                   SaleLineRequest{scarf, QString(), 1, std::nullopt, 0, QString()}};
        r.payments = {PaymentRequest{PaymentMethod::Card, 4900, 0, 0}};
        auto sale = SaleService(f.t.db(), f.t.clock()).record(f.associate, r);
        if (sale)
            saleNumber = sale->number;
    }

    qint64 level(qint64 product) { return *StockService(f.t.db(), f.t.clock()).level(f.manager, product); }
};

} // namespace

class ReturnsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void anInternIsNotOfferedTheRefundAction()
    {
        test::OpsFixture f;
        AppContext internContext = f.context(f.intern);
        SalePage intern(internContext);
        QVERIFY(!intern.returns());
        QVERIFY(!intern.findChild<ReturnsPage *>());
        QCOMPARE(intern.tabs()->count(), 1);
        QVERIFY(!intern.showReturns());

        AppContext associateContext = f.context(f.associate);
        SalePage associate(associateContext);
        QVERIFY(associate.returns());
        QCOMPARE(associate.tabs()->count(), 2);
    }

    void anAssociateReturnsOneLineAndACreditNoteRestocksIt()
    {
        SoldStore s;
        QVERIFY(s.saleNumber > 0);
        QCOMPARE(s.level(s.mug), qint64(8));
        AppContext context = s.f.context(s.f.associate);
        SalePage page(context);
        page.show();
        QVERIFY(page.showReturns());
        ReturnsPage &returns = *page.returns();
        QAbstractItemModelTester tester(returns.lines(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTest::keyClicks(returns.saleNumberField(), QString::number(s.saleNumber));
        QTest::keyClick(returns.saleNumberField(), Qt::Key_Return);
        QCOMPARE(returns.lines()->rowCount(), 2);
        QCOMPARE(returns.lines()->returnable(0), qint64(2));

        // From the keyboard: the "To return" cell of the first line is current; type 1, Enter.
        QTableView *view = returns.linesView();
        QCOMPARE(view->currentIndex().column(), int(ReturnLinesModel::ToReturnColumn));
        QTest::keyClicks(view, QStringLiteral("1"));
        if (QWidget *editor = view->focusWidget(); editor && editor != view)
            QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(returns.lines()->requests().size(), 1);
        QCOMPARE(returns.lines()->requests().at(0).quantity, qint64(1));
        QTest::keyClicks(returns.reasonField(), QStringLiteral("Casse a la livraison"));
        QTest::mouseClick(returns.findChild<QPushButton *>(QStringLiteral("recordReturn")), Qt::LeftButton);
        QVERIFY2(returns.lastNote().has_value(), qPrintable(returns.errorText()));

        QCOMPARE(s.f.t.count(QStringLiteral("credit_note")), qint64(1));
        QCOMPARE(s.f.t.scalar(QStringLiteral("SELECT quantity FROM credit_note_line")).toLongLong(), qint64(1));
        QCOMPARE(s.f.t.scalar(QStringLiteral("SELECT restock FROM credit_note_line")).toLongLong(), qint64(1));
        QCOMPARE(s.f.t.scalar(QStringLiteral("SELECT total_cents FROM credit_note")).toLongLong(), qint64(1250));
        QCOMPARE(s.level(s.mug), qint64(9)); // back on the shelf

        // The screen reloaded the sale: one already returned, one left; a second click adds nothing.
        QCOMPARE(returns.lines()->data(returns.lines()->index(0, ReturnLinesModel::ReturnedColumn)).toLongLong(), qint64(1));
        QCOMPARE(returns.lines()->returnable(0), qint64(1));
        QTest::mouseClick(returns.findChild<QPushButton *>(QStringLiteral("recordReturn")), Qt::LeftButton);
        QCOMPARE(s.f.t.count(QStringLiteral("credit_note")), qint64(1));

        // Its receipt.
        QVERIFY(returns.receiptPanel()->isVisible());
        const QString text = returns.receiptPanel()->receipt()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("n° %1").arg(returns.lastNote()->number)), qPrintable(text));
        QVERIFY2(QString(text).replace(QChar(0xA0), QLatin1Char(' ')).contains(QStringLiteral("12,50 €")), qPrintable(text));
    }

    void damagedGoodsAndStoreCredit()
    {
        SoldStore s;
        AppContext context = s.f.context(s.f.associate);
        SalePage page(context);
        ReturnsPage &returns = *page.returns();
        QVERIFY(returns.loadSale(s.saleNumber));
        returns.lines()->setToReturn(1, 5); // clamped to the 1 sold
        QCOMPARE(returns.lines()->requests().at(0).quantity, qint64(1));
        returns.damagedBox()->setChecked(true);
        returns.refundChoice()->setCurrentIndex(1);
        returns.reasonField()->setText(QStringLiteral("Trou"));
        QVERIFY(returns.recordReturn());
        QCOMPARE(returns.lastNote()->refundMethod, QStringLiteral("store_credit"));
        QCOMPARE(s.f.t.scalar(QStringLiteral("SELECT restock FROM credit_note_line")).toLongLong(), qint64(0));
        QCOMPARE(s.level(s.scarf), qint64(9)); // not back on the shelf
        QCOMPARE(*ReturnService(s.f.t.db(), s.f.t.clock()).remainingCredit(s.f.associate, returns.lastNote()->id), qint64(2400));
    }

    void aboveTheThresholdAManagerApprovesOnTheSameScreen()
    {
        SoldStore s;
        QSqlQuery q(s.f.t.db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE setting SET value = '1000' WHERE key = 'refund.approval_threshold'")));
        AppContext context = s.f.context(s.f.associate);
        SalePage page(context);
        ReturnsPage &returns = *page.returns();

        int asked = 0;
        returns.setApproverSource([&](QWidget *) -> std::optional<Session> {
            ++asked;
            return std::nullopt; // the manager is not there
        });
        QVERIFY(returns.loadSale(s.saleNumber));
        returns.lines()->setToReturn(0, 1);
        returns.reasonField()->setText(QStringLiteral("Erreur de couleur"));
        QVERIFY(!returns.recordReturn());
        QCOMPARE(asked, 1);
        QVERIFY(!returns.errorText().isEmpty());
        QCOMPARE(s.f.t.count(QStringLiteral("credit_note")), qint64(0));

        const Session manager = s.f.manager;
        returns.setApproverSource([&](QWidget *) -> std::optional<Session> {
            ++asked;
            return manager;
        });
        QVERIFY(returns.recordReturn());
        QCOMPARE(asked, 2);
        QCOMPARE(returns.lastNote()->approvedBy, manager.userId);
        QCOMPARE(s.f.t.count(QStringLiteral("credit_note")), qint64(1));
    }

    void anUnknownSaleNumberSaysSo()
    {
        SoldStore s;
        AppContext context = s.f.context(s.f.associate);
        SalePage page(context);
        QVERIFY(!page.returns()->loadSale(999));
        QVERIFY(page.returns()->errorText().contains(QStringLiteral("999")));
        QCOMPARE(page.returns()->lines()->rowCount(), 0);
    }
};

QTEST_MAIN(ReturnsTest)
#include "ReturnsTest.moc"
