// The sale counter: scanning, the keyboard split payment, double activation, inline
// service errors, the receipt (PDF and text) and the area's place in the sidebar.
#include "OpsFixture.h"

#include "sale/PaymentDialog.h"
#include "sale/ReceiptDocument.h"
#include "sale/ReceiptPanel.h"
#include "sale/ReceiptPrinter.h"
#include "sale/SaleCounter.h"
#include "sale/SaleCustomerBar.h"
#include "sale/SaleLinesModel.h"
#include "sale/SalePage.h"
#include "sale/SaleTotalsView.h"
#include "services/SaleService.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

const QString kMugEan = QStringLiteral("3760000000017");
const QString kScarfEan = QStringLiteral("3760000000024");

qint64 productWithEan(test::OpsFixture &f, const QString &sku, const QString &name, const QString &ean, qint64 cents,
                      qint64 stock)
{
    ProductService products(f.t.db(), f.t.clock());
    ProductInput p;
    p.sku = sku;
    p.name = name;
    p.ean13 = ean;
    p.price = Money::fromCents(cents);
    auto id = products.create(f.manager, p);
    if (!id)
        return 0;
    if (stock > 0 && !StockService(f.t.db(), f.t.clock()).recordDelivery(f.manager, *id, stock, QStringLiteral("Stock initial")))
        return 0;
    return *id;
}

void scan(SaleCounter &counter, const QString &code)
{
    QTest::keyClicks(counter.codeField(), code);
    QTest::keyClick(counter.codeField(), Qt::Key_Return);
}

qint64 quantityAt(SaleCounter &counter, int row)
{
    return counter.lines()->lines().at(row).quantity;
}

} // namespace

class SaleCounterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void scanningAddsThenIncrementsAndAnUnknownCodeAddsNothing()
    {
        test::OpsFixture f;
        productWithEan(f, QStringLiteral("MUG-01"), QStringLiteral("Mug en grès"), kMugEan, 1250, 10);
        productWithEan(f, QStringLiteral("ECH-02"), QStringLiteral("Écharpe en laine"), kScarfEan, 2400, 10);
        AppContext context = f.context(f.associate);
        SaleCounter counter(context);
        QAbstractItemModelTester tester(counter.lines(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        counter.show();

        scan(counter, kMugEan);
        QCOMPARE(counter.lines()->rowCount(), 1);
        QCOMPARE(quantityAt(counter, 0), qint64(1));
        QVERIFY(counter.codeField()->text().isEmpty());
        scan(counter, kMugEan);
        QCOMPARE(counter.lines()->rowCount(), 1);
        QCOMPARE(quantityAt(counter, 0), qint64(2));

        // A well-formed EAN that no product has: says so, adds nothing.
        scan(counter, QStringLiteral("3012345678902"));
        QCOMPARE(counter.lines()->rowCount(), 1);
        QCOMPARE(quantityAt(counter, 0), qint64(2));
        QVERIFY2(counter.codeMessage().contains(QStringLiteral("Unknown barcode: 3012345678902")), qPrintable(counter.codeMessage()));
        QVERIFY(counter.findChild<QLabel *>(QStringLiteral("codeError"))->isVisible());

        // A bad check digit is not "unknown": it is a misread barcode.
        counter.codeField()->clear();
        scan(counter, QStringLiteral("3760000000018"));
        QCOMPARE(counter.lines()->rowCount(), 1);
        QVERIFY2(counter.codeMessage().contains(QStringLiteral("check digit")), qPrintable(counter.codeMessage()));

        // A SKU adds its product; keys on the empty code field act on the selected line.
        counter.codeField()->clear();
        scan(counter, QStringLiteral("ech-02"));
        QCOMPARE(counter.lines()->rowCount(), 2);
        QVERIFY(counter.codeMessage().isEmpty());
        QTest::keyClick(counter.codeField(), Qt::Key_Plus);
        QCOMPARE(quantityAt(counter, 1), qint64(2));
        QTest::keyClick(counter.codeField(), Qt::Key_Minus);
        QCOMPARE(quantityAt(counter, 1), qint64(1));
        QTest::keyClick(counter.codeField(), Qt::Key_Up);
        QTest::keyClick(counter.codeField(), Qt::Key_Delete);
        QCOMPARE(counter.lines()->rowCount(), 1);
        QCOMPARE(counter.lines()->lines().at(0).product.sku, QStringLiteral("ECH-02"));

        // Typing a number in the table sets the quantity.
        counter.linesView()->setFocus();
        QTest::keyClicks(counter.linesView(), QStringLiteral("12"));
        QCOMPARE(quantityAt(counter, 0), qint64(12));
        QVERIFY2(counter.totals()->totalText().contains(QStringLiteral("288,00")), qPrintable(counter.totals()->totalText()));
    }

    void aSplitPaymentEntirelyFromTheKeyboardRecordsOneSale()
    {
        test::OpsFixture f;
        productWithEan(f, QStringLiteral("MUG-01"), QStringLiteral("Mug en grès"), kMugEan, 1250, 10);
        productWithEan(f, QStringLiteral("ECH-02"), QStringLiteral("Écharpe en laine"), kScarfEan, 2400, 10);
        const qint64 customer = f.customer(QStringLiteral("Hélène"), QStringLiteral("Dupont"));
        AppContext context = f.context(f.associate);
        SalePage page(context);
        page.show();
        SaleCounter &counter = *page.counter();
        page.attachCustomer(customer);
        QCOMPARE(counter.customerBar()->customerId(), customer);

        scan(counter, kMugEan);
        scan(counter, kScarfEan); // 12,50 + 24,00 = 36,50
        QTest::keyClick(counter.codeField(), Qt::Key_F12);
        PaymentDialog *dialog = counter.paymentDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->amountField()->text(), QStringLiteral("36,50"));

        // 20 € by card...
        QTest::keyClick(dialog->amountField(), Qt::Key_F6);
        QVERIFY(dialog->method() == PaymentMethod::Card);
        QTest::keyClicks(dialog->amountField(), QStringLiteral("20"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QCOMPARE(dialog->payments().size(), 1);
        QCOMPARE(dialog->remainingCents(), qint64(1650));
        QCOMPARE(dialog->amountField()->text(), QStringLiteral("16,50")); // the rest due comes next
        QVERIFY(!dialog->validateButton()->isEnabled());

        // ...and a 20 € note for the rest: 3,50 € change, shown large.
        QTest::keyClick(dialog->amountField(), Qt::Key_F5);
        QVERIFY(dialog->method() == PaymentMethod::Cash);
        QTest::keyClicks(dialog->amountField(), QStringLiteral("20"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QCOMPARE(dialog->payments().size(), 2);
        QVERIFY(dialog->isCovered());
        QCOMPARE(dialog->changeCents(), qint64(350));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("change"))->text().contains(QStringLiteral("3,50")));
        QVERIFY(dialog->validateButton()->isEnabled());

        const qint64 salesBefore = f.t.count(QStringLiteral("sale"));
        QTest::keyClick(dialog->amountField(), Qt::Key_Return); // empty amount: Enter validates
        QCOMPARE(f.t.count(QStringLiteral("sale")), salesBefore + 1);
        QCOMPARE(dialog->recordCalls(), 1);

        QVERIFY(counter.lastSale().has_value());
        auto stored = SaleService(f.t.db(), f.t.clock()).findByNumber(f.associate, counter.lastSale()->number);
        QVERIFY(stored);
        QCOMPARE(stored->totalCents, qint64(3650));
        QCOMPARE(stored->customerId, customer);
        QCOMPARE(stored->payments.size(), 2);
        QVERIFY(stored->payments.at(0).method == PaymentMethod::Card);
        QCOMPARE(stored->payments.at(0).amountCents, qint64(2000));
        QVERIFY(stored->payments.at(1).method == PaymentMethod::Cash);
        QCOMPARE(stored->payments.at(1).amountCents, qint64(1650));
        QCOMPARE(stored->payments.at(1).tenderedCents, qint64(2000));
        QCOMPARE(stored->payments.at(1).changeCents, qint64(350));

        // The counter is ready for the next customer, with the receipt band.
        QVERIFY(!dialog->isVisible());
        QVERIFY(counter.lines()->isEmpty());
        QCOMPARE(counter.customerBar()->customerId(), qint64(0));
        QVERIFY(counter.receiptPanel()->isVisible());
        QVERIFY2(counter.receiptPanel()->message().contains(QStringLiteral("3,50")), qPrintable(counter.receiptPanel()->message()));
        QVERIFY(counter.receiptPanel()->message().contains(QString::number(stored->number)));
    }

    void aDoubleActivationOfValidateRecordsExactlyOneSale()
    {
        test::OpsFixture f;
        productWithEan(f, QStringLiteral("MUG-01"), QStringLiteral("Mug en grès"), kMugEan, 1250, 10);
        AppContext context = f.context(f.associate);
        SaleCounter counter(context);
        counter.show();
        scan(counter, kMugEan);
        PaymentDialog *dialog = counter.pay();
        QVERIFY(dialog);
        QTest::keyClick(dialog->amountField(), Qt::Key_F6);
        QTest::keyClick(dialog->amountField(), Qt::Key_Return); // the prefilled 12,50 by card
        QVERIFY(dialog->isCovered());
        const qint64 before = f.t.count(QStringLiteral("sale"));
        QPushButton *validate = dialog->validateButton();
        QTest::mouseClick(validate, Qt::LeftButton);
        QTest::mouseClick(validate, Qt::LeftButton);
        QTest::mouseDClick(validate, Qt::LeftButton);
        dialog->validate();
        QCOMPARE(dialog->recordCalls(), 1);
        QCOMPARE(f.t.count(QStringLiteral("sale")), before + 1);
        QCOMPARE(f.t.count(QStringLiteral("payment")), qint64(1));
    }

    void aSecondActivationWhileRecordingDoesNothing()
    {
        test::OpsFixture f;
        const qint64 mug = productWithEan(f, QStringLiteral("MUG-01"), QStringLiteral("Mug en grès"), kMugEan, 1250, 10);
        AppContext context = f.context(f.associate);
        PaymentDialog *dialog = nullptr;
        int reentered = 0;
        auto record = [&](const QList<PaymentRequest> &payments) -> Result<Sale> {
            // An impatient second click / Enter arriving while the first one records.
            ++reentered;
            QTest::mouseClick(dialog->validateButton(), Qt::LeftButton);
            QTest::keyClick(dialog->amountField(), Qt::Key_F12);
            dialog->validate();
            SaleRequest r;
            r.lines = {SaleLineRequest{mug, QString(), 1, std::nullopt, 0, QString()}};
            r.payments = payments;
            return SaleService(f.t.db(), f.t.clock()).record(f.associate, r);
        };
        PaymentDialog d(context, 1250, 0, record);
        dialog = &d;
        d.show();
        QTest::keyClick(d.amountField(), Qt::Key_Return); // 12,50 in cash
        QVERIFY(d.isCovered());
        QTest::keyClick(d.amountField(), Qt::Key_F12);
        QCOMPARE(reentered, 1);
        QCOMPARE(d.recordCalls(), 1);
        QCOMPARE(f.t.count(QStringLiteral("sale")), qint64(1));
        QVERIFY(d.sale().has_value());
    }

    void thePaymentListIsAsTallAsItsRows()
    {
        test::OpsFixture f;
        AppContext context = f.context(f.associate);
        PaymentDialog d(context, 10000, 0, [](const QList<PaymentRequest> &) -> Result<Sale> {
            return Error::validation(QStringLiteral("payments"), QStringLiteral("not recorded in this test"));
        });
        d.show();
        auto *list = d.findChild<QListWidget *>(QStringLiteral("payments"));
        QVERIFY(list);
        auto addCard = [&d]() {
            QTest::keyClick(d.amountField(), Qt::Key_F6);
            d.amountField()->setText(QStringLiteral("10"));
            QTest::keyClick(d.amountField(), Qt::Key_Return);
        };
        const int empty = list->height();
        addCard();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->height(), empty); // room for two rows from the start
        addCard();
        const int two = list->height();
        QCOMPARE(two, empty);
        addCard();
        QVERIFY2(list->height() > two, "a third payment makes the list taller");
        for (int i = 0; i < 5; ++i)
            addCard();
        QCOMPARE(list->count(), 8);
        const int capped = list->height();
        QVERIFY(capped < 8 * list->sizeHintForRow(0)); // six rows at most; the rest scroll
        QVERIFY(capped >= 6 * list->sizeHintForRow(0));
        // A taller dialog gives the list no extra space: it never shows empty rows below six.
        d.resize(d.width(), d.height() + 300);
        QApplication::processEvents();
        QCOMPARE(list->height(), capped);
        QVERIFY(d.height() >= d.minimumSizeHint().height());
    }

    void aRefusalOfTheCoreIsShownInTheDialogAndTheBasketIsKept()
    {
        test::OpsFixture f;
        productWithEan(f, QStringLiteral("MUG-01"), QStringLiteral("Mug en grès"), kMugEan, 1250, 0); // no stock
        AppContext context = f.context(f.associate);
        SaleCounter counter(context);
        counter.show();
        scan(counter, kMugEan);
        PaymentDialog *dialog = counter.pay();
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QCOMPARE(dialog->recordCalls(), 1);
        QCOMPARE(f.t.count(QStringLiteral("sale")), qint64(0));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(dialog->validateButton()->isEnabled()); // may try again once fixed
        QCOMPARE(counter.lines()->rowCount(), 1);
    }

    void theReceiptIsWrittenAsPdfAndNamesTheSaleAndItsTotal()
    {
        test::OpsFixture f;
        productWithEan(f, QStringLiteral("MUG-01"), QStringLiteral("Mug <b>en</b> grès"), kMugEan, 1250, 10);
        productWithEan(f, QStringLiteral("ECH-02"), QStringLiteral("Écharpe en laine"), kScarfEan, 123400, 10);
        AppContext context = f.context(f.associate);
        SaleCounter counter(context);
        counter.show();
        scan(counter, kMugEan);
        scan(counter, kScarfEan);
        PaymentDialog *dialog = counter.pay();
        QTest::keyClick(dialog->amountField(), Qt::Key_F6);
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QTest::keyClick(dialog->amountField(), Qt::Key_Return);
        QVERIFY(counter.lastSale());

        QTextDocument *receipt = counter.receiptPanel()->receipt();
        QVERIFY(receipt);
        const QString text = receipt->toPlainText();
        const QString number = QString::number(counter.lastSale()->number);
        QVERIFY2(text.contains(QStringLiteral("n° ") + number), qPrintable(text));
        // 1 246,50 € in French format (toPlainText() turns the no-break spaces into spaces).
        QVERIFY2(QString(text).replace(QChar(0xA0), QLatin1Char(' ')).contains(QStringLiteral("1 246,50 €")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Mug <b>en</b> grès")), qPrintable(text)); // plain text, not markup
        QVERIFY(text.contains(QStringLiteral("Magasin test")));

        const QString path = QDir(f.t.dir()).filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(ReceiptPrinter::savePdf(*receipt, path).ok());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    }

    void theSaleAreaFollowsCustomersInTheSidebar()
    {
        test::OpsFixture f;
        MainWindow window(f.services(), f.intern);
        registerAreas(window);
        const QStringList ids = window.areaIds();
        QVERIFY(ids.indexOf(QStringLiteral("sale")) == ids.indexOf(QStringLiteral("customers")) + 1);
        QVERIFY(window.showArea(QStringLiteral("sale")));
        QVERIFY(qobject_cast<SalePage *>(window.currentPage()));

        MainWindow tech(f.services(), f.technician);
        registerAreas(tech);
        QVERIFY(!tech.areaIds().contains(QStringLiteral("sale")));
    }
};

QTEST_MAIN(SaleCounterTest)
#include "SaleCounterTest.moc"
