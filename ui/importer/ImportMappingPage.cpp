#include "importer/ImportMappingPage.h"

#include "common/EntityTitles.h"
#include "importer/ImportWizard.h"
#include "io/import/ColumnMapping.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace comptoir::ui {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_fields(nullptr),
      m_missing(new QLabel(this)),
      m_profiles(new QComboBox(this)),
      m_profileName(new QLineEdit(this)),
      m_profileStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the column of the file that fills each field. Fields marked * are required."));
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_profileName->setObjectName(QStringLiteral("profileName"));
    m_profileName->setPlaceholderText(tr("Profile name"));
    m_profileStatus->setObjectName(QStringLiteral("profileStatus"));
    m_profileStatus->setTextFormat(Qt::PlainText);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_fields = new QFormLayout(inner);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(inner);

    auto *load = new QPushButton(tr("&Load"), this);
    load->setObjectName(QStringLiteral("loadProfile"));
    auto *save = new QPushButton(tr("&Save as profile"), this);
    save->setObjectName(QStringLiteral("saveProfile"));
    auto *profiles = new QGroupBox(tr("Saved mappings (profiles)"), this);
    auto *profileRow = new QHBoxLayout(profiles);
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(load);
    profileRow->addSpacing(16);
    profileRow->addWidget(m_profileName, 1);
    profileRow->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_missing);
    layout->addWidget(profiles);
    layout->addWidget(m_profileStatus);

    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadProfile);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
}

void ImportMappingPage::initializePage()
{
    const ImportState &state = m_wizard->state();
    // Rebuild the rows when the file or the entity changed since the last visit.
    const QString key = toString(state.entity) + QLatin1Char('|') + state.preview.header.join(QLatin1Char('\x1f'));
    if (key != m_builtFor) {
        m_builtFor = key;
        while (m_fields->rowCount() > 0)
            m_fields->removeRow(0);
        m_combos.clear();
        for (const ImportField &field : ColumnMapping::fields(state.entity)) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("map_") + field.name);
            combo->addItem(tr("(not imported)"), QString());
            for (const QString &column : state.preview.header)
                combo->addItem(column, column);
            const QString title = fieldTitle(field.name);
            auto *label = new QLabel(field.required ? tr("%1 *").arg(title) : title);
            label->setTextFormat(Qt::PlainText);
            label->setToolTip(field.name); // the column name an export of this entity writes
            if (field.required) {
                QFont bold = label->font();
                bold.setBold(true);
                label->setFont(bold);
            }
            m_fields->addRow(label, combo);
            m_combos.insert(field.name, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateMissing);
        }
    }
    showMapping(state.mapping.isEmpty() ? state.preview.guessed : state.mapping);
    reloadProfiles();
    m_profileStatus->clear();
}

void ImportMappingPage::showMapping(const ImportMapping &mapping)
{
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        const QSignalBlocker block(it.value());
        const int index = it.value()->findData(mapping.value(it.key()));
        it.value()->setCurrentIndex(index < 0 ? 0 : index);
    }
    updateMissing();
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping;
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            mapping.insert(it.key(), column);
    }
    return mapping;
}

void ImportMappingPage::updateMissing()
{
    const ImportMapping current = mapping();
    QStringList missing;
    for (const ImportField &field : ColumnMapping::fields(m_wizard->state().entity)) {
        if (field.required && !current.contains(field.name))
            missing << fieldTitle(field.name);
    }
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Choose a column for the required field(s): %1")
                                               .arg(missing.join(QStringLiteral(", "))));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_combos.isEmpty() && m_missing->text().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    ImportState &state = m_wizard->state();
    const ImportMapping chosen = mapping();
    if (chosen != state.mapping)
        state.dryRun.reset();
    state.mapping = chosen;
    return true;
}

void ImportMappingPage::reloadProfiles()
{
    const AppContext &c = m_wizard->context();
    m_profiles->clear();
    auto names = c.services->imports().profileNames(c.session, m_wizard->state().entity);
    if (names)
        m_profiles->addItems(*names);
    m_profiles->setEnabled(m_profiles->count() > 0);
}

void ImportMappingPage::loadProfile()
{
    const QString name = m_profiles->currentText();
    if (name.isEmpty())
        return;
    const AppContext &c = m_wizard->context();
    auto loaded = c.services->imports().profile(c.session, name, m_wizard->state().entity);
    if (!loaded) {
        m_profileStatus->setText(loaded.error().message);
        return;
    }
    showMapping(*loaded);
    m_profileName->setText(name);
    m_profileStatus->setText(tr("Profile \"%1\" loaded.").arg(name));
}

void ImportMappingPage::saveProfile()
{
    const AppContext &c = m_wizard->context();
    const QString name = m_profileName->text().trimmed();
    Status saved = c.services->imports().saveProfile(c.session, name, m_wizard->state().entity, mapping());
    if (!saved) {
        m_profileStatus->setText(saved.error().message);
        return;
    }
    reloadProfiles();
    m_profiles->setCurrentText(name);
    m_profileStatus->setText(tr("Profile \"%1\" saved.").arg(name));
}

} // namespace comptoir::ui
