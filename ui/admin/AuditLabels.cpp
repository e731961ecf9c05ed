#include "admin/AuditLabels.h"

#include "admin/RoleNames.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstddef>

namespace comptoir::ui {

namespace {

struct AuditLabelsCode {
    const char *code;
    const char *text;
};

// Every action the services record (grep AuditTrail / record( in core/services, and the demo
// generator); a complaint's workflow step is recorded as the status it moves to.
const AuditLabelsCode kAuditLabelsActions[] = {
    {"sign_in", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Sign-in")},
    {"sign_in_failed", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Failed sign-in")},
    {"lock", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Account locked")},
    {"change_password", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Password changed")},
    {"reset_password", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Password reset")},
    {"enable", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Account enabled")},
    {"disable", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Account disabled")},
    {"create", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Creation")},
    {"update", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Change")},
    {"merge", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Merge")},
    {"assign", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Assignment")},
    {"reschedule", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Rescheduled")},
    {"open", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Reopened")},
    {"in_progress", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Taken in hand")},
    {"resolved", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Resolved")},
    {"closed", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Closed")},
    {"rejected", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Rejected")},
    {"export", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Export")},
    {"import", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Import")},
    {"save_import_profile", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Import profile saved")},
    {"backup", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Backup")},
    {"restore", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Restore")},
    {"sale.create", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Sale")},
    {"sale.refund", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Return / refund")},
    {"deposit.record", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Deposit taken")},
    {"deposit.refund", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Deposit refunded")},
    {"deposit.forfeit", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Deposit forfeited")},
    {"closure.run", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Period closure")},
    {"ledger.archive", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Ledger archived")},
    {"demo.generate", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Demo store generated")},
};

const AuditLabelsCode kAuditLabelsEntities[] = {
    {"user", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "User")},
    {"store", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Store")},
    {"setting", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Setting")},
    {"database", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Database")},
    {"customer", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Customer")},
    {"consent", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Consent")},
    {"interaction", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Interaction")},
    {"appointment", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Appointment")},
    {"complaint", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Complaint")},
    {"product", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Product")},
    {"category", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Category")},
    {"supplier", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Supplier")},
    {"stock_move", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Stock move")},
    {"sale", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Sale")},
    {"deposit", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Deposit")},
    {"closure", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Closure")},
    {"archive", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Archive")},
    {"import_profile", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Import profile")},
    // What an export or an import covered (ExportService / ImportService).
    {"customers", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Customers")},
    {"products", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Products")},
    {"suppliers", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Suppliers")},
    {"stock-moves", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Stock moves")},
    {"sales", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Sales")},
    {"appointments", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Appointments")},
    {"complaints", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Complaints")},
    {"stock", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Stock")},
};

// The keys of the details the services record, as a reader names them.
const AuditLabelsCode kAuditLabelsFields[] = {
    {"role", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Role")},
    {"rehashed", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Password hash upgraded")},
    {"reason", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Reason")},
    {"failed_attempts", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Failed attempts")},
    {"locked_until", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Locked until")},
    {"password_changed_at", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Password changed on")},
    {"active", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Active")},
    {"rows", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Rows")},
    {"file", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "File")},
    {"filter", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Filter")},
    {"bytes", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Bytes")},
    {"status", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Status")},
    {"assigned_to", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Assigned to")},
    {"due_at", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Due")},
    {"starts_at", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Starts")},
    {"ends_at", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Ends")},
    {"number", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Number")},
    {"total", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Total")},
    {"quantity", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Quantity")},
    {"customers", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Customers")},
    {"products", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Products")},
    {"sales", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Sales")},
    {"sale_lines", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Sale lines")},
    {"end_date", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Last day")},
    {"seed", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Seed")},
};

// LoginEvent::reason as AuthService records it.
const AuditLabelsCode kAuditLabelsOutcomes[] = {
    {"ok", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Signed in")},
    {"unlock", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Session unlocked")},
    {"wrong password", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Wrong password")},
    {"unknown login", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Unknown login")},
    {"locked", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Account locked")},
    {"disabled", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Account disabled")},
    {"unlock: wrong password", QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Unlocking: wrong password")},
    {"change password: wrong password",
     QT_TRANSLATE_NOOP("comptoir::ui::AuditLabels", "Password change: wrong password")},
};

template <std::size_t N>
const char *auditLabelsFind(const AuditLabelsCode (&table)[N], const QString &code)
{
    for (const AuditLabelsCode &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.text;
    }
    return nullptr;
}

} // namespace

QStringList AuditLabels::knownActions()
{
    QStringList codes;
    for (const AuditLabelsCode &entry : kAuditLabelsActions)
        codes << QLatin1String(entry.code);
    return codes;
}

QString AuditLabels::action(const QString &code)
{
    const char *text = auditLabelsFind(kAuditLabelsActions, code);
    return text ? tr(text) : code;
}

QString AuditLabels::entity(const QString &code)
{
    const char *text = auditLabelsFind(kAuditLabelsEntities, code);
    return text ? tr(text) : code;
}

QString AuditLabels::signInOutcome(const QString &reason)
{
    const char *text = auditLabelsFind(kAuditLabelsOutcomes, reason);
    return text ? tr(text) : reason;
}

QString AuditLabels::field(const QString &key)
{
    const char *text = auditLabelsFind(kAuditLabelsFields, key);
    return text ? tr(text) : key;
}

QString AuditLabels::value(const QString &key, const QJsonValue &v)
{
    const QLocale locale;
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("none");
    case QJsonValue::Bool:
        return v.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return locale.toString(qint64(d));
        return locale.toString(d);
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        if (key == u"role")
            return roleTitle(s);
        if (key == u"reason")
            return signInOutcome(s);
        if (key.endsWith(u"_at") || key == u"locked_until") {
            const QDateTime at = QDateTime::fromString(s, Qt::ISODate);
            if (at.isValid())
                return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        }
        if (s.size() == 10 && (key.endsWith(u"_date") || key.endsWith(u"_day") || key == u"day")) {
            const QDate day = QDate::fromString(s, Qt::ISODate);
            if (day.isValid())
                return locale.toString(day, QLocale::ShortFormat);
        }
        return s;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

QString AuditLabels::details(const QJsonObject &changes)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        QString text;
        const QJsonObject change = it.value().toObject();
        const bool isChange = it.value().isObject() && !change.isEmpty()
                              && (change.keys() == QStringList{QStringLiteral("after")}
                                  || change.keys() == QStringList{QStringLiteral("after"), QStringLiteral("before")});
        if (isChange && change.contains(u"before"))
            text = tr("%1 → %2").arg(value(key, change.value(u"before")), value(key, change.value(u"after")));
        else if (isChange)
            text = value(key, change.value(u"after"));
        else
            text = value(key, it.value());
        parts << tr("%1: %2").arg(field(key), text);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace comptoir::ui
