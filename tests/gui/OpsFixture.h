// Shared fixture of the appointments, complaints, stock, home and settings GUI tests:
// a TestDatabase with named staff, customers and products made through the services.
#pragma once

#include "TestDatabase.h"
#include "TestSettings.h"

#include "common/AppContext.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/StockService.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <QWidget>
#include <QtTest>

namespace comptoir::test {

struct OpsFixture {
    TestDatabase t;
    Session manager = t.manager();
    Session associate = t.associate();
    Session intern = t.intern();
    Session technician = t.technician();

    OpsFixture()
    {
        // People have names in screenshots: the role-named test users get real ones.
        rename(manager, QStringLiteral("Claire Martin"));
        rename(associate, QStringLiteral("Julien Bernard"));
        rename(intern, QStringLiteral("Léa Petit"));
        rename(technician, QStringLiteral("Marc Leroy"));
    }

    void rename(Session &session, const QString &displayName)
    {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("UPDATE app_user SET display_name = ? WHERE id = ?"));
        q.addBindValue(displayName);
        q.addBindValue(session.userId);
        QVERIFY(q.exec());
        session.displayName = displayName;
    }

    AppServices &services() { return t.services(); }
    ui::AppContext context(const Session &session) { return ui::AppContext{&t.services(), session}; }

    qint64 customer(const QString &first, const QString &last)
    {
        CustomerService customers(t.db(), t.clock());
        CustomerInput c;
        c.firstName = first;
        c.lastName = last;
        auto id = customers.create(associate, c);
        return id ? *id : 0;
    }

    qint64 product(const QString &sku, const QString &name, qint64 priceCents, qint64 threshold, qint64 level)
    {
        ProductService products(t.db(), t.clock());
        ProductInput p;
        p.sku = sku;
        p.name = name;
        p.price = Money::fromCents(priceCents);
        p.reorderThreshold = threshold;
        auto id = products.create(manager, p);
        if (!id)
            return 0;
        if (level > 0) {
            StockService stock(t.db(), t.clock());
            if (!stock.recordDelivery(manager, *id, level, QStringLiteral("Stock initial")))
                return 0;
        }
        return *id;
    }

    /** Today, local time, as the application sees it through the fake clock. */
    QDate today() { return t.clock().nowUtc().toLocalTime().date(); }
    QDateTime at(const QDate &day, int hour, int minute = 0) { return QDateTime(day, QTime(hour, minute)); }
};

/** Does `window`'s focus widget lie in `field` (a spin box focuses its inner line edit)? */
inline bool focusIsIn(QWidget *window, QWidget *field)
{
    QWidget *focus = window->focusWidget();
    return field && focus && (focus == field || field->isAncestorOf(focus));
}

/** Saves `widget` as <COMPTOIR_SCREENSHOT_DIR>/<name>.png when that variable is set. */
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COMPTOIR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace comptoir::test
