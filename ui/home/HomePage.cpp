#include "home/HomePage.h"

#include "services/StoreService.h"
#include "widgets/StatTile.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace comptoir::ui {

HomePage::HomePage(const AppContext &context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_storeName(new QLabel(this)),
      m_storeAddress(new QLabel(this)),
      m_error(new QLabel(this)),
      m_customers(new StatTile(tr("Customers"), this)),
      m_products(new StatTile(tr("Products"), this)),
      m_sales(new StatTile(tr("Sales"), this))
{
    setObjectName(QStringLiteral("HomePage"));
    for (QLabel *label : {m_storeName, m_storeAddress, m_error})
        label->setTextFormat(Qt::PlainText);
    QFont title = m_storeName->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    m_storeName->setFont(title);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_customers->setObjectName(QStringLiteral("customersTile"));
    m_products->setObjectName(QStringLiteral("productsTile"));
    m_sales->setObjectName(QStringLiteral("salesTile"));

    auto *tiles = new QGridLayout;
    tiles->addWidget(m_customers, 0, 0);
    tiles->addWidget(m_products, 0, 1);
    tiles->addWidget(m_sales, 0, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_storeName);
    layout->addWidget(m_storeAddress);
    layout->addSpacing(12);
    layout->addLayout(tiles);
    layout->addWidget(m_error);
    layout->addStretch(1);
    refresh();
}

void HomePage::refresh()
{
    StoreService store(*m_context.db);
    auto info = store.info();
    if (info) {
        m_storeName->setText(info->name.isEmpty() ? tr("New store") : info->name);
        QStringList address;
        for (const QString &part : {info->address, QString(info->postalCode + QLatin1Char(' ') + info->city).trimmed()})
            if (!part.isEmpty())
                address << part;
        m_storeAddress->setText(address.join(QStringLiteral(" — ")));
    }
    auto counts = store.counts(m_context.session);
    if (!counts) {
        m_error->setText(counts.error().message);
        m_error->setVisible(true);
        return;
    }
    const QLocale locale;
    m_customers->setValue(locale.toString(counts->customers));
    m_products->setValue(locale.toString(counts->products));
    m_sales->setValue(locale.toString(counts->sales));
    m_error->setVisible(false);
}

} // namespace comptoir::ui
