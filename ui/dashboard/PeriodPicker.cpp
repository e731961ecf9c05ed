#include "dashboard/PeriodPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace comptoir::ui {

PeriodPicker::PeriodPicker(const QDate &today, QWidget *parent)
    : QWidget(parent),
      m_today(today),
      m_kind(new QComboBox(this)),
      m_fromEdit(new QDateEdit(this)),
      m_toEdit(new QDateEdit(this)),
      m_days(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_fromEdit->setObjectName(QStringLiteral("periodFrom"));
    m_toEdit->setObjectName(QStringLiteral("periodTo"));
    m_kind->addItem(tr("Today"), Today);
    m_kind->addItem(tr("This week"), Week);
    m_kind->addItem(tr("This month"), Month);
    m_kind->addItem(tr("This quarter"), Quarter);
    m_kind->addItem(tr("This year"), Year);
    m_kind->addItem(tr("Custom"), Custom);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy"))
                                   ? QLocale().dateFormat(QLocale::ShortFormat)
                                   : QStringLiteral("dd/MM/yyyy"));
        edit->setMaximumDate(today.addYears(1));
    }
    m_days->setTextFormat(Qt::PlainText);
    m_days->setStyleSheet(QStringLiteral("color: palette(dark);"));

    auto *label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_kind);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_toEdit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addSpacing(8);
    layout->addWidget(fromLabel);
    layout->addWidget(m_fromEdit);
    layout->addWidget(toLabel);
    layout->addWidget(m_toEdit);
    layout->addSpacing(8);
    layout->addWidget(m_days);

    const auto [from, to] = range(Month, today);
    m_kind->setCurrentIndex(m_kind->findData(Month));
    apply(from, to);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodPicker::kindChosen);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &PeriodPicker::customEdited);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &PeriodPicker::customEdited);
}

std::pair<QDate, QDate> PeriodPicker::range(Kind kind, const QDate &today)
{
    switch (kind) {
    case Today:
    case Custom:
        return {today, today};
    case Week:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case Month:
        return {QDate(today.year(), today.month(), 1), today};
    case Quarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case Year:
        return {QDate(today.year(), 1, 1), today};
    }
    return {today, today};
}

PeriodPicker::Kind PeriodPicker::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void PeriodPicker::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
}

void PeriodPicker::setCustom(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(Custom));
    }
    apply(std::min(from, to), std::max(from, to));
}

void PeriodPicker::kindChosen()
{
    if (kind() == Custom)
        return; // keeps the days shown; the user edits them
    const auto [from, to] = range(kind(), m_today);
    apply(from, to);
}

void PeriodPicker::customEdited()
{
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(Custom));
    }
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    apply(std::min(from, to), std::max(from, to));
}

void PeriodPicker::apply(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    m_days->setText(tr("%n day(s)", nullptr, int(from.daysTo(to) + 1)));
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT periodChanged(from, to);
}

} // namespace comptoir::ui
