#include "io/CsvHeader.h"

#include "CatchQtStrings.h"

using namespace comptoir;

TEST_CASE("Header lookup ignores case, accents, spaces and word-break spelling", "[io][header]")
{
    const CsvHeader header(QStringList{QStringLiteral(u" Prénom "), QStringLiteral("E-MAIL"),
                                       QStringLiteral(u"Date de naissance"), QStringLiteral(u"Cœur"),
                                       QStringLiteral("Code_Postal")});
    CHECK(header.indexOf(u"prenom") == 0);
    CHECK(header.indexOf(u"PRÉNOM") == 0);
    CHECK(header.indexOf(u"e mail") == 1);
    CHECK(header.indexOf(u"e_mail") == 1);
    CHECK(header.indexOf(u"date_de_naissance") == 2);
    CHECK(header.indexOf(u"  DATE-DE-NAISSANCE ") == 2);
    CHECK(header.indexOf(u"coeur") == 3);
    CHECK(header.indexOf(u"code postal") == 4);
    CHECK(header.indexOf(u"email") == -1); // word breaks matter: "e mail" is not "email"
    CHECK(header.indexOf(u"nom") == -1);
    CHECK(header.indexOfAny({QStringLiteral("mail"), QStringLiteral("e-mail")}) == 1);
    CHECK(header.indexOfAny({QStringLiteral("phone"), QStringLiteral(u"téléphone")}) == -1);
    CHECK(header.size() == 5);
    CHECK(CsvHeader::normalize(u"\uFEFFNom") == QStringLiteral("nom"));
}

TEST_CASE("Header values of missing columns or cells are empty, and duplicates are listed", "[io][header]")
{
    const CsvHeader header(QStringList{QStringLiteral("sku"), QStringLiteral("Nom"), QStringLiteral("NOM"),
                                       QStringLiteral("prix")});
    CHECK(header.indexOf(u"nom") == 1); // the first wins
    CHECK(header.duplicates() == QStringList{QStringLiteral("Nom")});
    const QStringList shortRow{QStringLiteral("A1"), QStringLiteral("Pomme")};
    CHECK(header.value(shortRow, u"nom") == QStringLiteral("Pomme"));
    CHECK(header.value(shortRow, u"prix").isEmpty());
    CHECK(header.value(shortRow, u"absent").isEmpty());
}
