#pragma once

#include "domain/ImportTypes.h"

#include <QMap>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace comptoir::ui {

class ImportWizard;

/**
 * Step 2: which column of the file fills each field. The guess (French and English
 * header names) is preselected; required fields are marked; a mapping can be saved as a
 * named profile and loaded again.
 */
class ImportMappingPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** The mapping the combos show. */
    ImportMapping mapping() const;
    /** The combo of a field (tests). */
    QComboBox *fieldCombo(const QString &field) const { return m_combos.value(field); }

private:
    void showMapping(const ImportMapping &mapping);
    void reloadProfiles();
    void loadProfile();
    void saveProfile();
    void updateMissing();

    ImportWizard *m_wizard;
    QFormLayout *m_fields;
    QMap<QString, QComboBox *> m_combos;
    QLabel *m_missing;
    QComboBox *m_profiles;
    QLineEdit *m_profileName;
    QLabel *m_profileStatus;
    QString m_builtFor;
};

} // namespace comptoir::ui
