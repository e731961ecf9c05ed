#pragma once

#include <QDateTime>
#include <QString>

namespace comptoir {

/** Where services get the time from; tests inject a FakeClock. */
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock that only moves when told to. */
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

/** "2026-11-24T09:30:00Z": how timestamps are stored. */
/** The Julian day number of 1970-01-01 (QDate::toJulianDay of the Unix epoch). */
inline constexpr qint64 kUnixEpochJulianDay = 2440588;

inline QString toIsoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/** Reads a stored timestamp back (invalid QDateTime if the text is not one). */
inline QDateTime fromIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace comptoir
