#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace comptoir::ui {

class ImportWizard;

/** Step 1: the file, what it holds, and the encoding and separator detected in it. */
class ImportFilePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(ImportWizard *wizard);

    /** Sets the file (and the entity, if given by name) and reads its preview. */
    void setFile(const QString &path, const QString &entity = QString());
    bool isComplete() const override;

private:
    void browse();
    void refresh();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_entity;
    QLabel *m_detected;
    bool m_ready = false;
};

} // namespace comptoir::ui
