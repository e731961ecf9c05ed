#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QString>

namespace comptoir {

/**
 * One typed value of an exported row. Text is always written as text (quoted in CSV,
 * a string cell in XLSX, never a formula); the other types are written as numbers,
 * dates or booleans a spreadsheet can compute with.
 */
class Cell {
public:
    enum class Type { Empty, Text, Integer, Money, Date, Boolean };

    Cell() = default;
    Cell(const QString &text) : m_type(Type::Text), m_text(text) {}
    Cell(Money amount) : m_type(Type::Money), m_integer(amount.cents()) {}
    Cell(QDate date) : m_type(date.isValid() ? Type::Date : Type::Empty), m_date(date) {}

    static Cell text(const QString &text) { return Cell(text); }
    static Cell integer(qint64 value)
    {
        Cell c;
        c.m_type = Type::Integer;
        c.m_integer = value;
        return c;
    }
    static Cell money(Money amount) { return Cell(amount); }
    static Cell date(QDate date) { return Cell(date); }
    static Cell boolean(bool value)
    {
        Cell c;
        c.m_type = Type::Boolean;
        c.m_integer = value ? 1 : 0;
        return c;
    }

    Type type() const { return m_type; }
    const QString &text() const { return m_text; }
    qint64 integer() const { return m_integer; }
    Money money() const { return Money::fromCents(m_integer); }
    QDate date() const { return m_date; }
    bool boolean() const { return m_integer != 0; }

private:
    Type m_type = Type::Empty;
    QString m_text;
    qint64 m_integer = 0; // also the cents of Money and the value of Boolean
    QDate m_date;
};

} // namespace comptoir
