// The Customers area: the list with search-as-you-type, the create form (inline errors,
// duplicates, double click), merging, the technician's refusal, the Ctrl+K search, and the
// navigator through which a page opens a customer or a sale in the window.
#include "TestDatabase.h"
#include "TestSettings.h"

#include "common/Navigator.h"
#include "customers/CustomerFormDialog.h"
#include "customers/CustomerListPage.h"
#include "customers/CustomerPage.h"
#include "customers/CustomersArea.h"
#include "customers/MergeDialog.h"
#include "sale/SaleCounter.h"
#include "sale/SaleCustomerBar.h"
#include "sale/SalePage.h"
#include "services/CustomerService.h"
#include "shell/Areas.h"
#include "shell/GlobalSearch.h"
#include "shell/MainWindow.h"
#include "widgets/FieldError.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace comptoir;
using namespace comptoir::ui;

namespace {

qint64 addCustomer(test::TestDatabase &t, const char *first, const char *last, const char *email = "",
                   const char *postalCode = "")
{
    CustomerInput in;
    in.firstName = QString::fromUtf8(first);
    in.lastName = QString::fromUtf8(last);
    in.email = QString::fromUtf8(email);
    in.postalCode = QString::fromUtf8(postalCode);
    auto id = CustomerService(t.db(), t.clock()).create(t.associate(), in);
    if (!id)
        qFatal("cannot create the test customer: %s", qPrintable(id.error().toString()));
    return *id;
}

/** Types `text` key by key (QTest::keyClicks only takes ASCII). */
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/**
 * A real double click: press, release, double-click press, release (QTest::mouseDClick
 * alone sends only the double-click press to a widget).
 */
void doubleClick(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton);
    QTest::mouseDClick(widget, Qt::LeftButton);
    QTest::mouseRelease(widget, Qt::LeftButton);
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

/** Runs `step` on the next modal dialog that opens (for code that calls exec()). */
void onNextDialog(std::function<void(QDialog *)> step)
{
    QTimer::singleShot(0, qApp, [step]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            qFatal("no modal dialog is open");
        step(dialog);
        if (dialog->isVisible()) { // a failed step must not leave exec() waiting forever
            qWarning("the dialog was left open");
            dialog->reject();
        }
    });
}

} // namespace

class CustomersTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
    }

    void createWithAnInvalidThenAValidEmail()
    {
        test::TestDatabase t;
        AppContext ctx{&t.services(), t.associate()};
        CustomerFormDialog dialog(ctx, std::nullopt);
        dialog.show();
        typeInto(&dialog, "firstName", QStringLiteral("Hélène"));
        typeInto(&dialog, "lastName", QStringLiteral("Dupont"));
        typeInto(&dialog, "email", QStringLiteral("helene.dupont@"));
        auto *save = child<QPushButton>(&dialog, "save");
        QTest::mouseClick(save, Qt::LeftButton);

        QVERIFY(!dialog.fieldError(QStringLiteral("email")).isEmpty());
        QVERIFY(child<FieldError>(&dialog, "emailError")->isVisible());
        QVERIFY(dialog.fieldError(QStringLiteral("first_name")).isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(save->isEnabled());
        QCOMPARE(t.count(QStringLiteral("customer")), 0);
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "email"));

        typeInto(&dialog, "email", QStringLiteral("helene.dupont@example.fr"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.count(QStringLiteral("customer")), 1);
        const Customer saved = CustomerService(t.db(), t.clock()).findById(ctx.session, dialog.savedId()).value();
        QCOMPARE(saved.email, QStringLiteral("helene.dupont@example.fr"));
        QCOMPARE(saved.firstName, QStringLiteral("Hélène"));
    }

    void otherInlineErrorsNameTheirField()
    {
        test::TestDatabase t;
        AppContext ctx{&t.services(), t.associate()};
        CustomerFormDialog dialog(ctx, std::nullopt);
        dialog.show();
        auto *save = child<QPushButton>(&dialog, "save");
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.fieldError(QStringLiteral("first_name")).isEmpty());
        typeInto(&dialog, "firstName", QStringLiteral("Jean"));
        typeInto(&dialog, "lastName", QStringLiteral("Martin"));
        typeInto(&dialog, "phone", QStringLiteral("12"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.fieldError(QStringLiteral("phone")).isEmpty());
        QVERIFY(dialog.fieldError(QStringLiteral("first_name")).isEmpty()); // the old message is gone
        typeInto(&dialog, "phone", QString());
        typeInto(&dialog, "postalCode", QStringLiteral("7500"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.fieldError(QStringLiteral("postal_code")).isEmpty());
        typeInto(&dialog, "postalCode", QString());
        typeInto(&dialog, "birthDate", QStringLiteral("31/02/1990"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.fieldError(QStringLiteral("birth_date")).isEmpty());
        QCOMPARE(t.count(QStringLiteral("customer")), 0);
    }

    void aLikelyDuplicateIsShownBeforeCreating()
    {
        test::TestDatabase t;
        const qint64 existing = addCustomer(t, "Hélène", "Dupont", "helene@example.fr", "69002");
        AppContext ctx{&t.services(), t.associate()};
        CustomerFormDialog dialog(ctx, std::nullopt);
        dialog.show();
        typeInto(&dialog, "firstName", QStringLiteral("Helene"));
        typeInto(&dialog, "lastName", QStringLiteral("Martin"));
        typeInto(&dialog, "email", QStringLiteral("HELENE@example.fr"));
        auto *save = child<QPushButton>(&dialog, "save");
        QTest::mouseClick(save, Qt::LeftButton);

        auto *panel = child<QWidget>(&dialog, "duplicatesPanel");
        QVERIFY(panel->isVisible());
        auto *list = child<QTableWidget>(&dialog, "duplicatesList");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 0)->text(), QStringLiteral("Hélène Dupont"));
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("helene@example.fr"));
        QCOMPARE(list->item(0, 3)->text(), QStringLiteral("69002"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(t.count(QStringLiteral("customer")), 1);

        QTest::mouseClick(child<QPushButton>(&dialog, "openExisting"), Qt::LeftButton);
        QCOMPARE(dialog.result(), CustomerFormDialog::OpenExisting);
        QCOMPARE(dialog.existingId(), existing);
        QCOMPARE(t.count(QStringLiteral("customer")), 1);
    }

    void createAnywayCreatesOnceAndEditingHidesTheWarning()
    {
        test::TestDatabase t;
        addCustomer(t, "Hélène", "Dupont", "helene@example.fr");
        AppContext ctx{&t.services(), t.associate()};
        CustomerFormDialog dialog(ctx, std::nullopt);
        dialog.show();
        typeInto(&dialog, "firstName", QStringLiteral("Hélène"));
        typeInto(&dialog, "lastName", QStringLiteral("Dupont"));
        typeInto(&dialog, "email", QStringLiteral("helene@example.fr"));
        auto *save = child<QPushButton>(&dialog, "save");
        QTest::mouseClick(save, Qt::LeftButton);
        auto *panel = child<QWidget>(&dialog, "duplicatesPanel");
        QVERIFY(panel->isVisible());
        // Changing the form hides the warning; Save checks again.
        typeText(child<QLineEdit>(&dialog, "city"), QStringLiteral("Lyon"));
        QVERIFY(!panel->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(panel->isVisible());

        doubleClick(child<QPushButton>(&dialog, "createAnyway"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.count(QStringLiteral("customer")), 2);
    }

    void aDoubleClickOnSaveCreatesOneCustomer()
    {
        test::TestDatabase t;
        AppContext ctx{&t.services(), t.associate()};
        CustomerFormDialog dialog(ctx, std::nullopt);
        dialog.show();
        typeInto(&dialog, "firstName", QStringLiteral("Paul"));
        typeInto(&dialog, "lastName", QStringLiteral("Durand"));
        auto *save = child<QPushButton>(&dialog, "save");
        doubleClick(save);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.count(QStringLiteral("customer")), 1);
        QVERIFY(!save->isEnabled());
    }

    void searchAsYouTypeFindsHeleneFromHelene()
    {
        test::TestDatabase t;
        const qint64 helene = addCustomer(t, "Hélène", "Dupont");
        addCustomer(t, "Jean", "Martin");
        addCustomer(t, "Paul", "Durand");
        AppContext ctx{&t.services(), t.associate()};
        CustomersArea area(ctx);
        area.resize(1000, 600);
        area.show();
        CustomerListPage *list = area.listPage();
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list->model()->rowCount(), 3);
        QCOMPARE(child<QLabel>(list, "customerCount")->text(), QStringLiteral("3 customers"));

        auto *search = child<QLineEdit>(list, "customerSearch");
        typeText(search, QStringLiteral("h"));
        list->searchNow();
        QCOMPARE(list->model()->rowCount(), 3); // one letter keeps the whole list
        QCOMPARE(child<QLabel>(list, "customerCount")->text(), QStringLiteral("Type at least 2 characters to search"));
        typeText(search, QStringLiteral("elene"));
        QCOMPARE(list->model()->rowCount(), 3); // debounced: nothing ran on the keystrokes
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->rowAt(0)->id, helene);
        QCOMPARE(list->model()->data(list->model()->index(0, 0), Qt::DisplayRole).toString(),
                 QStringLiteral("Dupont, Hélène"));

        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(area.isShowingCustomer());
        QCOMPARE(area.customerPage()->customerId(), helene);
        QCOMPARE(child<QLabel>(area.customerPage(), "customerName")->text(), QStringLiteral("Hélène Dupont"));

        area.showList();
        search->clear();
        list->searchNow();
        QCOMPARE(list->model()->rowCount(), 3);
        typeText(search, QStringLiteral("zzz"));
        list->searchNow();
        QCOMPARE(list->model()->rowCount(), 0);
    }

    void theListModelPassesTheModelTester()
    {
        test::TestDatabase t;
        for (int i = 0; i < 450; ++i)
            addCustomer(t, "Jean", QStringLiteral("Martin%1").arg(i, 3, 10, QLatin1Char('0')).toUtf8().constData());
        AppContext ctx{&t.services(), t.associate()};
        CustomerListPage list(ctx);
        QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (list.model()->canFetchMore(QModelIndex()))
            list.model()->fetchMore(QModelIndex());
        QCOMPARE(list.model()->rowCount(), 450);
        QCOMPARE(list.model()->rowAt(449)->lastName, QStringLiteral("Martin449"));
        // A new search resets the model under the tester.
        typeText(child<QLineEdit>(&list, "customerSearch"), QStringLiteral("martin01"));
        list.searchNow();
        QCOMPARE(list.model()->rowCount(), 10); // Martin010 to Martin019
        QVERIFY(!list.model()->canFetchMore(QModelIndex()));
        list.reload();
        QCOMPARE(list.model()->rowCount(), 10);
    }

    void aTechnicianHasNoCustomersAndTheCoreRefusesThem()
    {
        test::TestDatabase t;
        addCustomer(t, "Hélène", "Dupont");
        const Session technician = t.technician();
        auto refused = CustomerService(t.db(), t.clock()).search(technician, QStringLiteral("helene"), 10);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);

        MainWindow window(t.services(), technician);
        registerAreas(window);
        QVERIFY(!window.areaIds().contains(QStringLiteral("customers")));
        QVERIFY(!window.showArea(QStringLiteral("customers")));
        QVERIFY(window.openGlobalSearch() == nullptr);

        // Built by hand anyway, the list shows the core's refusal and no row.
        AppContext ctx{&t.services(), technician};
        CustomerListPage list(ctx);
        QCOMPARE(list.model()->rowCount(), 0);
        QVERIFY(list.model()->lastError().contains(QStringLiteral("customer.read")));

        MainWindow associateWindow(t.services(), t.associate());
        registerAreas(associateWindow);
        QVERIFY(associateWindow.areaIds().contains(QStringLiteral("customers")));
    }

    void ctrlKFindsAndOpensACustomer()
    {
        test::TestDatabase t;
        addCustomer(t, "Jean", "Martin");
        const qint64 helene = addCustomer(t, "Hélène", "Dupont", "helene@example.fr");
        MainWindow window(t.services(), t.associate());
        registerAreas(window);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("home")));

        GlobalSearch *search = window.openGlobalSearch();
        QVERIFY(search);
        QVERIFY(search->isVisible());
        auto *input = child<QLineEdit>(search, "globalSearchInput");
        typeText(input, QStringLiteral("dupo"));
        QTRY_COMPARE(search->resultCount(), 1);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(!search->isVisible());

        auto *area = qobject_cast<CustomersArea *>(window.currentPage());
        QVERIFY(area);
        QVERIFY(area->isShowingCustomer());
        QCOMPARE(area->customerPage()->customerId(), helene);
    }

    void aPageOpensACustomerThroughTheNavigator()
    {
        test::TestDatabase t;
        addCustomer(t, "Jean", "Martin");
        const qint64 helene = addCustomer(t, "Hélène", "Dupont", "helene@example.fr");
        MainWindow window(t.services(), t.associate());
        registerAreas(window);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("home")));
        // The pages' context carries the window's navigator: what a page calls is this.
        QCOMPARE(window.context().navigator, window.navigator());
        QSignalSpy asked(window.navigator(), &Navigator::customerRequested);
        window.context().navigator->openCustomer(helene);
        QCOMPARE(asked.size(), 1);
        auto *area = qobject_cast<CustomersArea *>(window.currentPage());
        QVERIFY(area);
        QVERIFY(area->isShowingCustomer());
        QCOMPARE(area->customerPage()->customerId(), helene);

        // The customer page's "New sale" asks for the sale counter, which gets the customer.
        QTest::mouseClick(child<QPushButton>(area->customerPage(), "newSale"), Qt::LeftButton);
        auto *sale = qobject_cast<SalePage *>(window.currentPage());
        QVERIFY(sale);
        QCOMPARE(sale->counter()->customerBar()->customerId(), helene);

        // A role without the sale counter: the window says so and stays where it is.
        Session noSale = t.associate();
        noSale.permissions.remove(QStringLiteral("sale.create"));
        MainWindow noSaleWindow(t.services(), noSale);
        registerAreas(noSaleWindow);
        noSaleWindow.show();
        QVERIFY(!noSaleWindow.areaIds().contains(QStringLiteral("sale")));
        noSaleWindow.navigator()->openCustomer(helene);
        auto *customers = qobject_cast<CustomersArea *>(noSaleWindow.currentPage());
        QVERIFY(customers);
        QVERIFY(!child<QPushButton>(customers->customerPage(), "newSale")->isVisible());
        noSaleWindow.navigator()->startSale(helene);
        QCOMPARE(noSaleWindow.currentPage(), customers);
        QCOMPARE(noSaleWindow.statusBar()->currentMessage(), QStringLiteral("The sale counter is not available"));
    }

    void theManagerMergesTwoCustomersFromTheList()
    {
        test::TestDatabase t;
        const qint64 first = addCustomer(t, "Hélène", "Dupont", "helene@example.fr");
        const qint64 second = addCustomer(t, "Helene", "Dupont", "h.dupont@example.fr");
        addCustomer(t, "Jean", "Martin");

        AppContext associate{&t.services(), t.associate()};
        CustomersArea associateArea(associate);
        QVERIFY(child<QPushButton>(associateArea.listPage(), "mergeCustomers")->isHidden());

        AppContext ctx{&t.services(), t.manager()};
        CustomersArea area(ctx);
        area.show();
        auto *table = child<QTableView>(area.listPage(), "customerTable");
        auto *merge = child<QPushButton>(area.listPage(), "mergeCustomers");
        QVERIFY(merge->isVisible());
        QVERIFY(!merge->isEnabled());
        table->selectRow(0);
        QVERIFY(!merge->isEnabled());
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(merge->isEnabled());

        onNextDialog([second](QDialog *d) {
            auto *dialog = qobject_cast<MergeDialog *>(d);
            QVERIFY(dialog);
            dialog->setKept(second);
            QTest::mouseClick(child<QPushButton>(dialog, "confirmMerge"), Qt::LeftButton);
        });
        QTest::mouseClick(merge, Qt::LeftButton);

        QVERIFY(area.isShowingCustomer());
        QCOMPARE(area.customerPage()->customerId(), second);
        QCOMPARE(area.listPage()->model()->rowCount(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT merged_into FROM customer WHERE id = %1").arg(first)).toLongLong(),
                 second);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'merge'")).toInt(), 1);
    }

    void createFromTheAreaOpensTheExistingDuplicate()
    {
        test::TestDatabase t;
        const qint64 existing = addCustomer(t, "Hélène", "Dupont", "helene@example.fr");
        AppContext ctx{&t.services(), t.associate()};
        CustomersArea area(ctx);
        area.show();
        onNextDialog([](QDialog *dialog) {
            typeInto(dialog, "firstName", QStringLiteral("Hélène"));
            typeInto(dialog, "lastName", QStringLiteral("Dupont"));
            typeInto(dialog, "email", QStringLiteral("helene@example.fr"));
            QTest::keyClick(child<QLineEdit>(dialog, "email"), Qt::Key_Return); // Enter = Save
            QVERIFY(child<QWidget>(dialog, "duplicatesPanel")->isVisible());
            QTest::mouseClick(child<QPushButton>(dialog, "openExisting"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(area.listPage(), "newCustomer"), Qt::LeftButton);
        QVERIFY(area.isShowingCustomer());
        QCOMPARE(area.customerPage()->customerId(), existing);
        QCOMPARE(t.count(QStringLiteral("customer")), 1);
    }
};

QTEST_MAIN(CustomersTest)
#include "CustomersTest.moc"
