#include "domain/ArchiveManifest.h"

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ArchiveManifestText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ArchiveManifest)
};

QJsonObject segmentJson(const ArchiveSegment &s)
{
    return {{QStringLiteral("start_prev_hash"), s.startPrevHash},
            {QStringLiteral("first_hash"), s.firstHash},
            {QStringLiteral("last_hash"), s.lastHash},
            {QStringLiteral("rows"), s.rows}};
}

bool isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

Error bad(const QString &key)
{
    return Error::validation(ArchiveManifest::fileName(), ArchiveManifestText::tr("the key \"%1\" is missing or not valid").arg(key));
}

} // namespace

QJsonObject ArchiveManifest::toJson() const
{
    QJsonArray fileList;
    for (const ArchiveFileInfo &f : files) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("rows"), f.rows},
                      {QStringLiteral("sha256"), f.sha256},
                      {QStringLiteral("chained"), f.chained}};
        if (f.chained) {
            QJsonArray segments;
            for (const ArchiveSegment &s : f.segments)
                segments.append(segmentJson(s));
            // The chain as a whole: the hash before the year's first record, its first and last.
            o.insert(QStringLiteral("start_prev_hash"), f.segments.isEmpty() ? QString() : f.segments.first().startPrevHash);
            o.insert(QStringLiteral("first_hash"), f.segments.isEmpty() ? QString() : f.segments.first().firstHash);
            o.insert(QStringLiteral("last_hash"), f.segments.isEmpty() ? QString() : f.segments.last().lastHash);
            o.insert(QStringLiteral("segments"), segments);
        }
        fileList.append(o);
    }
    return {{QStringLiteral("format"), QStringLiteral("comptoir-ledger-archive")},
            {QStringLiteral("format_version"), format},
            {QStringLiteral("year"), year},
            {QStringLiteral("year_closed"), yearClosed},
            {QStringLiteral("store"), QJsonObject{{QStringLiteral("id"), storeId},
                                                  {QStringLiteral("code"), storeCode},
                                                  {QStringLiteral("name"), storeName},
                                                  {QStringLiteral("siret"), storeSiret},
                                                  {QStringLiteral("address"), storeAddress}}},
            {QStringLiteral("software"), software},
            {QStringLiteral("created_at"), toIsoUtc(createdAt)},
            {QStringLiteral("files"), fileList}};
}

Result<ArchiveManifest> ArchiveManifest::fromJson(const QJsonObject &json)
{
    ArchiveManifest m;
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("comptoir-ledger-archive"))
        return bad(QStringLiteral("format"));
    m.format = json.value(QStringLiteral("format_version")).toInt();
    if (m.format != kFormatVersion)
        return Error::validation(fileName(), ArchiveManifestText::tr("archive format %1 is not known (this program reads format %2)")
                                                 .arg(m.format)
                                                 .arg(kFormatVersion));
    m.year = json.value(QStringLiteral("year")).toInt();
    if (m.year < 1000 || m.year > 9999)
        return bad(QStringLiteral("year"));
    m.yearClosed = json.value(QStringLiteral("year_closed")).toBool();
    const QJsonObject store = json.value(QStringLiteral("store")).toObject();
    m.storeId = store.value(QStringLiteral("id")).toInteger();
    m.storeCode = store.value(QStringLiteral("code")).toString();
    m.storeName = store.value(QStringLiteral("name")).toString();
    m.storeSiret = store.value(QStringLiteral("siret")).toString();
    m.storeAddress = store.value(QStringLiteral("address")).toString();
    m.software = json.value(QStringLiteral("software")).toString();
    m.createdAt = fromIsoUtc(json.value(QStringLiteral("created_at")).toString());
    const QJsonValue files = json.value(QStringLiteral("files"));
    if (!files.isArray())
        return bad(QStringLiteral("files"));
    for (const QJsonValue &v : files.toArray()) {
        const QJsonObject o = v.toObject();
        ArchiveFileInfo f;
        f.name = o.value(QStringLiteral("name")).toString();
        // A bare file name only: the verifier must never be sent outside the archive folder.
        if (f.name.isEmpty() || f.name.contains(QLatin1Char('/')) || f.name.contains(QLatin1Char('\\'))
            || f.name.startsWith(QLatin1Char('.')))
            return bad(QStringLiteral("files[].name"));
        f.rows = o.value(QStringLiteral("rows")).toInteger(-1);
        f.sha256 = o.value(QStringLiteral("sha256")).toString();
        if (f.rows < 0)
            return bad(f.name + QStringLiteral(".rows"));
        if (!isHash(f.sha256))
            return bad(f.name + QStringLiteral(".sha256"));
        f.chained = o.value(QStringLiteral("chained")).toBool();
        for (const QJsonValue &sv : o.value(QStringLiteral("segments")).toArray()) {
            const QJsonObject so = sv.toObject();
            ArchiveSegment s;
            s.startPrevHash = so.value(QStringLiteral("start_prev_hash")).toString();
            s.firstHash = so.value(QStringLiteral("first_hash")).toString();
            s.lastHash = so.value(QStringLiteral("last_hash")).toString();
            s.rows = so.value(QStringLiteral("rows")).toInteger(-1);
            if (!isHash(s.startPrevHash) || !isHash(s.firstHash) || !isHash(s.lastHash) || s.rows <= 0)
                return bad(f.name + QStringLiteral(".segments"));
            f.segments.append(s);
        }
        m.files.append(f);
    }
    return m;
}

const ArchiveFileInfo *ArchiveManifest::file(const QString &name) const
{
    for (const ArchiveFileInfo &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace comptoir
