#include "DemoTestSupport.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace comptoir;
using namespace comptoir::test;

TEST_CASE("Customers have French names with accents", "[demo][customers]")
{
    Database &db = *sharedDemoStore().db;
    int accented = 0;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT first_name, last_name, title FROM customer"))) {
        const QString name = r[0].toString() + r[1].toString();
        for (QChar c : name) {
            if (c.unicode() > 127) {
                ++accented;
                break;
            }
        }
        REQUIRE((r[2].toString() == QStringLiteral("Mme") || r[2].toString() == QStringLiteral("M.")));
    }
    CHECK(accented > 50);
    // Every customer is in the search index, which folds diacritics: "helene" finds "Hélène".
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer_fts")).toInt() == 500);
    const int helene = value(db, QString::fromUtf8("SELECT count(*) FROM customer WHERE first_name = 'Hélène'")).toInt();
    REQUIRE(helene > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'name:helene'")).toInt()
          >= helene);
}

TEST_CASE("Every phone is a valid E.164 number and every e-mail a valid address", "[demo][customers]")
{
    Database &db = *sharedDemoStore().db;
    QSet<QString> emails;
    int phones = 0;
    for (const QVariantList &r : rows(db, QStringLiteral("SELECT email, phone, postal_code FROM customer"))) {
        if (!r[0].isNull()) {
            const QString e = r[0].toString();
            auto valid = validation::email(e);
            REQUIRE(valid.ok());
            REQUIRE(*valid == e);
            REQUIRE_FALSE(emails.contains(e.toLower()));
            emails.insert(e.toLower());
        }
        if (!r[1].isNull()) {
            const QString p = r[1].toString();
            auto valid = validation::phone(p);
            REQUIRE(valid.ok());
            REQUIRE(*valid == p);
            REQUIRE(p.startsWith(QStringLiteral("+33")));
            ++phones;
        }
        if (!r[2].toString().isEmpty())
            REQUIRE(validation::postalCode(r[2].toString()).ok());
    }
    CHECK(emails.size() > 250);
    CHECK(phones > 300);
}

TEST_CASE("Customers come from Lyon and around, with loyalty cards for the regulars", "[demo][customers]")
{
    Database &db = *sharedDemoStore().db;
    const double lyon = value(db, QStringLiteral("SELECT avg(postal_code LIKE '69%') FROM customer WHERE postal_code <> ''"))
                            .toDouble();
    CHECK(lyon > 0.6);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer WHERE loyalty_card IS NOT NULL")).toInt() > 20);
    CHECK(value(db, QStringLiteral("SELECT count(DISTINCT source_channel) FROM customer")).toInt() >= 4);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer WHERE status = 'prospect'")).toInt() > 0);
    // Ids follow the creation time.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer a JOIN customer b ON b.id = a.id + 1 "
                                   "WHERE b.created_at < a.created_at"))
              .toInt()
          == 0);
}

TEST_CASE("Consents are an append-only history per channel", "[demo][customers][consent]")
{
    Database &db = *sharedDemoStore().db;
    // Everyone with an e-mail made a choice about e-mail marketing when they were created.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM customer c WHERE email IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM consent k WHERE k.customer_id = c.id AND k.channel = 'email' "
                                   "AND k.at = c.created_at)"))
              .toInt()
          == 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM consent k JOIN customer c ON c.id = k.customer_id "
                                   "WHERE k.at < c.created_at"))
              .toInt()
          == 0);
    // Some changed their mind later: a second row, never an update.
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM (SELECT customer_id FROM consent GROUP BY customer_id, channel "
                                   "HAVING count(*) > 1)"))
              .toInt()
          > 0);
    CHECK(value(db, QStringLiteral("SELECT count(DISTINCT channel) FROM consent")).toInt() == 3);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM consent WHERE granted = 1")).toInt() > 0);
    CHECK(value(db, QStringLiteral("SELECT count(*) FROM consent WHERE granted = 0")).toInt() > 0);
    CHECK(value(db, QStringLiteral("SELECT count(DISTINCT kind) FROM interaction")).toInt() >= 5);
}
