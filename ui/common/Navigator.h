#pragma once

#include "services/ComplaintQueryService.h"

#include <QObject>
#include <QString>

namespace comptoir::ui {

/**
 * How a screen asks for another one without knowing it or the window: it calls a
 * request here, the main window (which connects the signals) shows the area and hands
 * the page what was asked. A request for an area this role does not have does nothing.
 */
class Navigator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    explicit Navigator(QObject *parent = nullptr) : QObject(parent) {}

    /** Shows an area by id ("appointments"; "admin:backups" for a section). */
    void openArea(const QString &areaId) { Q_EMIT areaRequested(areaId); }
    /** Shows one item of an area: an appointment, a complaint, a product. */
    void openItem(const QString &areaId, qint64 itemId) { Q_EMIT itemRequested(areaId, itemId); }
    /** Shows a customer's page in the Customers area. */
    void openCustomer(qint64 customerId) { Q_EMIT customerRequested(customerId); }
    /** Starts a sale for a customer at the sale counter. */
    void startSale(qint64 customerId) { Q_EMIT saleRequested(customerId); }
    /** Shows the complaint list with this filter. */
    void openComplaints(const ComplaintFilter &filter) { Q_EMIT complaintsRequested(filter); }
    /** Shows the stock list, all products or those below their threshold, and a product of it (0: none). */
    void openStock(bool belowThresholdOnly, qint64 productId = 0) { Q_EMIT stockRequested(belowThresholdOnly, productId); }

Q_SIGNALS:
    void areaRequested(const QString &areaId);
    void itemRequested(const QString &areaId, qint64 itemId);
    void customerRequested(qint64 customerId);
    void saleRequested(qint64 customerId);
    void complaintsRequested(const comptoir::ComplaintFilter &filter);
    void stockRequested(bool belowThresholdOnly, qint64 productId);
};

} // namespace comptoir::ui
