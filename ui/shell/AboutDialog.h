#pragma once

#include <QDialog>

class QTabWidget;
class QTableWidget;

namespace comptoir::ui {

/**
 * Help › About Comptoir: the version (from CMake's project(VERSION)), Comptoir's licence
 * (GPL-3.0-or-later) and the third-party notices: each library in the programs with the
 * version in use and its licence.
 */
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    /** The third-party notices: one row per library (name, version, licence, used for). */
    QTableWidget *notices() const { return m_notices; }

private:
    QWidget *aboutTab();
    QWidget *noticesTab();

    QTabWidget *m_tabs;
    QTableWidget *m_notices = nullptr;
};

} // namespace comptoir::ui
