#include "importer/ImportFilePage.h"

#include "common/EntityTitles.h"
#include "importer/ImportWizard.h"
#include "io/CsvSniffer.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace comptoir::ui {

namespace {

/** Enough bytes for CsvSniffer's sample lines on any reasonable file. */
constexpr qint64 kSniffBytes = 256 * 1024;

QString separatorName(char separator)
{
    switch (separator) {
    case ';': return ImportFilePage::tr("semicolon ( ; )");
    case ',': return ImportFilePage::tr("comma ( , )");
    case '\t': return ImportFilePage::tr("tab");
    default: return QString(QLatin1Char(separator));
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_path(new QLineEdit(this)),
      m_entity(new QComboBox(this)),
      m_detected(new QLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file (UTF-8 or Windows-1252, separated by ; , or tabs), with a header line."));
    m_path->setObjectName(QStringLiteral("importFile"));
    m_entity->setObjectName(QStringLiteral("importEntity"));
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);
    for (ImportEntity entity : allImportEntities())
        m_entity->addItem(entityTitle(entity), toString(entity));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Contains:"), m_entity);
    form->addRow(QString(), m_detected);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::refresh);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ImportFilePage::refresh);
}

void ImportFilePage::setFile(const QString &path, const QString &entity)
{
    if (!entity.isEmpty()) {
        const int index = m_entity->findData(entity);
        if (index >= 0) {
            const QSignalBlocker block(m_entity);
            m_entity->setCurrentIndex(index);
        }
    }
    m_path->setText(path);
    refresh();
}

bool ImportFilePage::isComplete() const
{
    return m_ready;
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a file"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::refresh()
{
    m_ready = false;
    ImportState &state = m_wizard->state();
    state.path = m_path->text().trimmed();
    state.entity = importEntityFromString(m_entity->currentData().toString()).value_or(ImportEntity::Customers);
    state.dryRun.reset();
    state.mapping.clear();
    if (state.path.isEmpty()) {
        m_detected->clear();
        Q_EMIT completeChanged();
        return;
    }
    QFile file(state.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_detected->setText(tr("Cannot open %1: %2").arg(QFileInfo(state.path).fileName(), file.errorString()));
        m_detected->setStyleSheet(QStringLiteral("color: #b00020;"));
        Q_EMIT completeChanged();
        return;
    }
    const QByteArray head = file.read(kSniffBytes);
    state.dialect = CsvSniffer::sniff(head, file.atEnd());
    file.seek(0);
    const AppContext &c = m_wizard->context();
    auto preview = c.services->imports().preview(c.session, state.entity, &file, 20);
    if (!preview) {
        m_detected->setText(preview.error().message);
        m_detected->setStyleSheet(QStringLiteral("color: #b00020;"));
        Q_EMIT completeChanged();
        return;
    }
    state.preview = *preview;
    m_detected->setStyleSheet(QString());
    m_detected->setText(tr("Detected: encoding %1%2, separator %3. %n column(s): %4", nullptr,
                           int(state.preview.header.size()))
                            .arg(TextCodec::name(state.dialect.encoding),
                                 state.dialect.hasBom            ? tr(" (with byte order mark)")
                                 : state.dialect.encodingCertain ? QString()
                                                                 : tr(" (only plain ASCII in the first lines)"),
                                 separatorName(state.dialect.separator),
                                 state.preview.header.join(QStringLiteral(", "))));
    m_ready = true;
    Q_EMIT completeChanged();
}

} // namespace comptoir::ui
