#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace comptoir::ui {

/**
 * The dashboard's period: today, this week, this month, this quarter, this year (each
 * from its first day to today) or custom (two dates). The current month by default.
 * Emits periodChanged whenever the chosen days change.
 */
class PeriodPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    enum Kind { Today, Week, Month, Quarter, Year, Custom };
    Q_ENUM(Kind)

    /** `today` is the application's local day (from the injected clock). */
    explicit PeriodPicker(const QDate &today, QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    /** Chooses Custom with these days (swapped if reversed). */
    void setCustom(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    /** First and last day of `kind` ending on `today` (Custom: today only). */
    static std::pair<QDate, QDate> range(Kind kind, const QDate &today);

Q_SIGNALS:
    void periodChanged(const QDate &from, const QDate &to);

private:
    void kindChosen();
    void customEdited();
    void apply(const QDate &from, const QDate &to);

    QDate m_today;
    QDate m_from;
    QDate m_to;
    QComboBox *m_kind;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_days;
};

} // namespace comptoir::ui
