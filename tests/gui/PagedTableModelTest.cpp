// The lazy table model: pages, sorting through the fetch function, errors; checked by
// Qt's QAbstractItemModelTester.
#include "models/PagedTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <algorithm>

using namespace comptoir;
using namespace comptoir::ui;

namespace {
struct Item {
    int id;
    QString name;
};
} // namespace

class PagedTableModelTest : public QObject {
    Q_OBJECT

private:
    static PagedTableModel<Item>::Fetch source(QList<Item> all, int *calls)
    {
        return [all, calls](int offset, int limit, int column, Qt::SortOrder order) -> Result<QList<Item>> {
            ++*calls;
            QList<Item> sorted = all;
            if (column == 1)
                std::sort(sorted.begin(), sorted.end(), [order](const Item &a, const Item &b) {
                    return order == Qt::AscendingOrder ? a.name < b.name : a.name > b.name;
                });
            return sorted.mid(offset, limit);
        };
    }

private Q_SLOTS:
    void fetchesPageByPage()
    {
        QList<Item> all;
        for (int i = 0; i < 1000; ++i)
            all.append({i, QStringLiteral("n%1").arg(999 - i, 3, 10, QLatin1Char('0'))});
        PagedTableModel<Item>::Column id;
        id.title = QStringLiteral("Id");
        id.display = [](const Item &r) { return QVariant(r.id); };
        PagedTableModel<Item>::Column name;
        name.title = QStringLiteral("Name");
        name.display = [](const Item &r) { return QVariant(r.name); };
        name.sortable = true;
        PagedTableModel<Item> model({id, name}, nullptr, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int calls = 0;
        model.setFetch(source(all, &calls));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(calls, 1);
        QVERIFY(model.canFetchMore(QModelIndex()));
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.data(model.index(0, 0), Qt::DisplayRole).toInt(), 0);

        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.data(model.index(0, 1), Qt::DisplayRole).toString(), QStringLiteral("n000"));
        model.sort(0, Qt::DescendingOrder); // not sortable: ignored
        QCOMPARE(model.sortColumn(), 1);
    }

    void aReentrantFetchMoreAddsNoRowTwice()
    {
        QList<Item> all;
        for (int i = 0; i < 250; ++i)
            all.append({i, QStringLiteral("n%1").arg(i)});
        PagedTableModel<Item>::Column id;
        id.title = QStringLiteral("Id");
        id.display = [](const Item &r) { return QVariant(r.id); };
        PagedTableModel<Item> model({id}, nullptr, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A view asks for more while a page is being inserted (the tester does too)...
        int reentries = 0;
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&model, &reentries]() {
            ++reentries;
            model.fetchMore(QModelIndex());
        });
        // ...and a fetch function may run the event loop, or call back, while it reads.
        int calls = 0;
        bool couldFetchWhileFetching = false;
        model.setFetch([&](int offset, int limit, int, Qt::SortOrder) -> Result<QList<Item>> {
            ++calls;
            couldFetchWhileFetching = couldFetchWhileFetching || model.canFetchMore(QModelIndex());
            model.fetchMore(QModelIndex());
            return all.mid(offset, limit);
        });
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(calls, 1);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(calls, 3);
        QCOMPARE(reentries, 3);
        QVERIFY(!couldFetchWhileFetching);
        QCOMPARE(model.rowCount(), 250);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, 0), Qt::DisplayRole).toInt(), row);
    }

    void reportsErrors()
    {
        PagedTableModel<Item>::Column id;
        id.title = QStringLiteral("Id");
        id.display = [](const Item &r) { return QVariant(r.id); };
        PagedTableModel<Item> model({id});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFetch([](int, int, int, Qt::SortOrder) -> Result<QList<Item>> {
            return Error::permissionDenied(QStringLiteral("customer.read"));
        });
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().contains(QStringLiteral("permission denied: customer.read")));
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }
};

QTEST_MAIN(PagedTableModelTest)
#include "PagedTableModelTest.moc"
