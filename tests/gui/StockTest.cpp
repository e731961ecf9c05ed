// Stock: levels and alerts, moves recorded from the dialogs, negative stock refused inline.
#include "OpsFixture.h"

#include "export/ExportDialog.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "stock/StockMoveDialog.h"
#include "stock/StockPage.h"
#include "widgets/FieldError.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

int rowOf(StockPage &page, qint64 productId)
{
    const QList<Product> &rows = page.productModel()->rows();
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).id == productId)
            return i;
    return -1;
}

} // namespace

class StockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void aLossLargerThanTheLevelIsRefusedInlineAndNothingIsWritten()
    {
        test::OpsFixture f;
        const qint64 cups = f.product(QStringLiteral("TAS-01"), QStringLiteral("Tasse émaillée"), 1290, 2, 3);
        AppContext context = f.context(f.associate);
        StockPage page(context);
        page.show();
        page.products()->selectRow(rowOf(page, cups));
        QCOMPARE(page.selectedProduct()->id, cups);
        auto *loss = page.findChild<QPushButton *>(QStringLiteral("loss"));
        QVERIFY(loss->isVisible() && loss->isEnabled());
        QTest::mouseClick(loss, Qt::LeftButton);
        auto *dialog = page.findChild<StockMoveDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->kind() == StockMoveKind::Loss);
        dialog->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(5);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("after"))->text(), QStringLiteral("-2"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("casse"));

        const qint64 moves = f.t.count(QStringLiteral("stock_move"));
        const qint64 audits = f.t.count(QStringLiteral("audit_log"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<FieldError *>(QStringLiteral("quantityError"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QLatin1Char('3')), qPrintable(error->text())); // names the level available
        QVERIFY(test::focusIsIn(dialog, dialog->findChild<QSpinBox *>(QStringLiteral("quantity"))));
        QCOMPARE(f.t.count(QStringLiteral("stock_move")), moves);
        QCOMPARE(f.t.count(QStringLiteral("audit_log")), audits);
        StockService stock(f.t.db(), f.t.clock());
        QCOMPARE(*stock.level(f.associate, cups), qint64(3));

        // Within the level, it is recorded once even on a double click, and the list follows.
        dialog->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(2);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(f.t.count(QStringLiteral("stock_move")), moves + 1);
        QCOMPARE(*stock.level(f.associate, cups), qint64(1));
        QCOMPARE(page.productModel()->rowAt(rowOf(page, cups))->stockLevel, qint64(1));
        QCOMPARE(page.selectedProduct()->id, cups);
        QCOMPARE(page.moveModel()->rowCount(), 2);
        QCOMPARE(page.moveModel()->rowAt(0)->quantity, qint64(-2));
        QCOMPARE(page.moveModel()->data(page.moveModel()->index(0, 4), Qt::DisplayRole).toString(),
                 QStringLiteral("Julien Bernard"));
    }

    void anAdjustmentNeedsAReasonAndADelivery()
    {
        test::OpsFixture f;
        const qint64 scarf = f.product(QStringLiteral("ECH-01"), QStringLiteral("Écharpe laine"), 3500, 0, 4);
        AppContext context = f.context(f.manager);
        StockPage page(context);
        page.show();
        page.openItem(scarf);
        QCOMPARE(page.selectedProduct()->id, scarf);

        page.recordMove(StockMoveKind::Adjustment);
        auto *dialog = page.findChild<StockMoveDialog *>();
        dialog->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(-1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QVERIFY(dialog->findChild<FieldError *>(QStringLiteral("reasonError"))->isVisible());
        QVERIFY(test::focusIsIn(dialog, dialog->findChild<QLineEdit *>(QStringLiteral("reason"))));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("inventaire"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        delete dialog;

        page.recordMove(StockMoveKind::Delivery);
        auto *delivery = page.findChild<StockMoveDialog *>();
        QVERIFY(delivery);
        delivery->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(10);
        QTest::mouseClick(delivery->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        StockService stock(f.t.db(), f.t.clock());
        QCOMPARE(*stock.level(f.manager, scarf), qint64(13));
        QCOMPARE(page.moveModel()->rowCount(), 3);
    }

    void productsUnderTheirThresholdAreHighlighted()
    {
        test::OpsFixture f;
        const qint64 low = f.product(QStringLiteral("BOU-01"), QStringLiteral("Bougie parfumée"), 1900, 5, 2);
        const qint64 fine = f.product(QStringLiteral("CAR-01"), QStringLiteral("Carnet ligné"), 800, 5, 12);
        AppContext context = f.context(f.intern);
        StockPage page(context);
        page.show();
        auto *model = page.productModel();
        QVERIFY(model->data(model->index(rowOf(page, low), 1), Qt::BackgroundRole).isValid());
        QVERIFY(model->data(model->index(rowOf(page, low), 4), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model->data(model->index(rowOf(page, fine), 1), Qt::BackgroundRole).isValid());

        page.findChild<QCheckBox *>(QStringLiteral("alertsOnly"))->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0)->id, low);
        QCOMPARE(model->rowAt(0)->name, QStringLiteral("Bougie parfumée"));

        // An intern reads the stock but records nothing: the buttons are not there.
        for (const char *name : {"delivery", "adjustment", "loss"})
            QVERIFY2(!page.findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
        page.products()->selectRow(0);
        page.recordMove(StockMoveKind::Loss);
        QVERIFY(!page.findChild<StockMoveDialog *>());
    }

    void theListModelsPassTheModelTester()
    {
        test::OpsFixture f;
        for (int i = 0; i < 230; ++i)
            f.product(QStringLiteral("ART-%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("Article %1").arg(i), 500,
                      5, i % 10); // levels 0 to 9: half below the threshold of 5
        const qint64 busy = f.product(QStringLiteral("ZZZ-01"), QStringLiteral("Article très vendu"), 900, 0, 0);
        StockService stock(f.t.db(), f.t.clock());
        for (int i = 0; i < 120; ++i) {
            f.t.clock().advanceSeconds(60);
            QVERIFY(stock.recordDelivery(f.manager, busy, 1, QStringLiteral("BL %1").arg(i)).ok());
        }
        AppContext context = f.context(f.associate);
        StockPage page(context);
        page.show();
        auto *products = page.productModel();
        auto *moves = page.moveModel();
        QCOMPARE(products->rowCount(), 200); // a page
        // Attached, a tester asks for more at once (not during a reset: the model has no fetch then).
        QAbstractItemModelTester productTester(products, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester moveTester(moves, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (products->canFetchMore(QModelIndex()))
            products->fetchMore(QModelIndex());
        QCOMPARE(products->rowCount(), 231);
        page.setBelowThresholdOnly(true);
        QCOMPARE(products->rowCount(), 115);
        page.setBelowThresholdOnly(false);
        QCOMPARE(products->rowCount(), 200);

        page.openItem(busy);
        QCOMPARE(page.selectedProduct()->id, busy);
        while (moves->canFetchMore(QModelIndex()))
            moves->fetchMore(QModelIndex());
        QCOMPARE(moves->rowCount(), 120);
        QCOMPARE(moves->rowAt(0)->reason, QStringLiteral("BL 119")); // newest first
    }

    void searchingNarrowsTheList()
    {
        test::OpsFixture f;
        f.product(QStringLiteral("BOU-01"), QStringLiteral("Bougie parfumée"), 1900, 5, 2);
        const qint64 notebook = f.product(QStringLiteral("CAR-01"), QStringLiteral("Carnet ligné"), 800, 5, 12);
        AppContext context = f.context(f.associate);
        StockPage page(context);
        page.show();
        QCOMPARE(page.productModel()->rowCount(), 2);
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("carn"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page.productModel()->rowCount(), 1);
        QCOMPARE(page.productModel()->rowAt(0)->id, notebook);
    }

    void exportThisListFollowsTheFilterAndTheRole()
    {
        test::OpsFixture f;
        f.product(QStringLiteral("BOU-01"), QStringLiteral("Bougie parfumée"), 1900, 5, 2);
        AppContext context = f.context(f.associate);
        StockPage page(context);
        page.show();
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportList"))->isVisible());
        page.findChild<QCheckBox *>(QStringLiteral("alertsOnly"))->setChecked(true);
        ExportDialog *dialog = page.exportList();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportWhat"))->text().contains(QStringLiteral("below")));
        dialog->reject();

        // The intern does not export (no export.run).
        AppContext internContext = f.context(f.intern);
        StockPage internPage(internContext);
        internPage.show();
        QVERIFY(!internPage.findChild<QPushButton *>(QStringLiteral("exportList"))->isVisible());
        QVERIFY(!internPage.exportList());
    }

    void screenshot()
    {
        test::OpsFixture f;
        struct Item {
            const char *sku;
            const char *name;
            qint64 price;
            qint64 threshold;
            qint64 level;
        };
        const QList<Item> items{
            {"BOU-001", "Bougie parfumée figue", 1900, 5, 2},   {"CAR-014", "Carnet ligné A5", 800, 10, 42},
            {"ECH-203", "Écharpe laine mérinos", 4500, 3, 7},   {"GAN-110", "Gants cuir agneau", 5900, 4, 1},
            {"PAR-007", "Parapluie pliant noir", 2500, 6, 15},  {"SAC-330", "Sac cabas toile", 3200, 5, 5},
            {"TAS-021", "Tasse émaillée bleue", 1290, 8, 3},    {"PLA-045", "Plaid coton gaufré", 6900, 2, 9},
            {"CHA-002", "Chaussettes laine (lot de 3)", 1500, 12, 30}, {"BON-090", "Bonnet côtelé", 2200, 6, 0},
        };
        qint64 shown = 0;
        StockService stock(f.t.db(), f.t.clock());
        ProductService products(f.t.db(), f.t.clock());
        const qint64 home = products.createCategory(f.manager, QStringLiteral("Maison")).value();
        const qint64 clothes = products.createCategory(f.manager, QStringLiteral("Accessoires")).value();
        const qint64 paper = products.createCategory(f.manager, QStringLiteral("Papeterie")).value();
        for (const Item &item : items) {
            const qint64 id = f.product(QString::fromLatin1(item.sku), QString::fromUtf8(item.name), item.price,
                                        item.threshold, item.level);
            ProductInput input = products.findById(f.manager, id).value();
            const QString sku = input.sku;
            input.categoryId = sku.startsWith(QLatin1String("CAR")) ? paper
                : (sku.startsWith(QLatin1String("BOU")) || sku.startsWith(QLatin1String("TAS"))
                   || sku.startsWith(QLatin1String("PLA")))
                ? home
                : clothes;
            QVERIFY(products.update(f.manager, id, input).ok());
            if (QLatin1String(item.sku) == QLatin1String("ECH-203")) {
                shown = id;
                f.t.clock().advanceSeconds(3600);
                QVERIFY(stock.recordLoss(f.associate, id, 1, QStringLiteral("Maille tirée, invendable")).ok());
                f.t.clock().advanceSeconds(3600);
                QVERIFY(stock.recordAdjustment(f.manager, id, -1, QStringLiteral("Inventaire du mois")).ok());
                f.t.clock().advanceSeconds(3600);
                QVERIFY(stock.recordDelivery(f.associate, id, 6, QStringLiteral("BL 20931")).ok());
            }
        }
        QSettings().remove(QStringLiteral("columns")); // the default widths, not an earlier test's
        MainWindow window(f.services(), f.associate);
        registerAreas(window);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("stock")));
        auto *page = qobject_cast<StockPage *>(window.currentPage());
        QVERIFY(page);
        page->products()->selectRow(rowOf(*page, shown));
        test::saveScreenshot(&window, QStringLiteral("stock"));
        page->recordMove(StockMoveKind::Loss);
        auto *dialog = page->findChild<StockMoveDialog *>();
        dialog->findChild<QSpinBox *>(QStringLiteral("quantity"))->setValue(40);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reason")), QStringLiteral("casse"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        test::saveScreenshot(dialog, QStringLiteral("stock-loss-refused"));
    }
};

QTEST_MAIN(StockTest)
#include "StockTest.moc"
