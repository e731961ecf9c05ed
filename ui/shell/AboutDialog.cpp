#include "shell/AboutDialog.h"

#include "about/ThirdPartyNotices.h"
#include "widgets/ReadOnlyItem.h"
#include "widgets/ThemeIcon.h"
#include "Version.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Comptoir"));
    m_tabs->addTab(aboutTab(), tr("Comptoir"));
    m_tabs->addTab(noticesTab(), tr("Third-party software"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(780, 460);
}

QWidget *AboutDialog::aboutTab()
{
    auto *page = new QWidget(this);
    auto *icon = new QLabel(page);
    icon->setPixmap(applicationIcon().pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignHCenter);

    auto *name = new QLabel(tr("Comptoir %1").arg(QStringLiteral(COMPTOIR_VERSION)), page);
    name->setObjectName(QStringLiteral("aboutVersion"));
    name->setTextFormat(Qt::PlainText);
    name->setAlignment(Qt::AlignHCenter);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);

    auto *licence = wrappedLabel(ProjectLicence::summary(), page);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    // Rich text, our own: the licence's address as a link.
    auto *fullText = new QLabel(tr("Licence: %1. Full text: %2, or on this computer %3.")
                                    .arg(ProjectLicence::spdx(),
                                         QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                                                        "https://www.gnu.org/licenses/gpl-3.0.html</a>"),
                                         QStringLiteral("/usr/share/common-licenses/GPL-3")),
                                page);
    fullText->setObjectName(QStringLiteral("aboutLicenceLink"));
    fullText->setTextFormat(Qt::RichText);
    fullText->setWordWrap(true);
    fullText->setOpenExternalLinks(true);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(wrappedLabel(tr("The store's CRM: customers and their consents, sales and returns, "
                                      "appointments, complaints, stock and the manager's dashboard."),
                                   page));
    layout->addWidget(wrappedLabel(ProjectLicence::copyright(), page));
    layout->addWidget(licence);
    layout->addWidget(fullText);
    layout->addStretch(1);
    return page;
}

QWidget *AboutDialog::noticesTab()
{
    auto *page = new QWidget(this);
    const QList<ThirdPartyComponent> components = thirdPartyComponents();
    m_notices = new QTableWidget(int(components.size()), 4, page);
    m_notices->setObjectName(QStringLiteral("thirdPartyNotices"));
    m_notices->setHorizontalHeaderLabels({tr("Software"), tr("Version"), tr("Licence"), tr("Used for")});
    m_notices->verticalHeader()->hide();
    m_notices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notices->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < components.size(); ++row) {
        const ThirdPartyComponent &c = components.at(row);
        m_notices->setItem(row, 0, readOnlyItem(c.name));
        m_notices->item(row, 0)->setToolTip(c.url);
        m_notices->setItem(row, 1, readOnlyItem(c.version));
        m_notices->setItem(row, 2, readOnlyItem(c.licence));
        m_notices->setItem(row, 3, readOnlyItem(c.usedFor));
    }
    // Name, version and licence as wide as they are; "used for" takes the rest, wrapped.
    m_notices->resizeColumnsToContents();
    m_notices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_notices->setWordWrap(true);
    m_notices->resizeRowsToContents();

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Comptoir is built on these libraries. Each is used under its own licence; "
                                      "on Debian, /usr/share/doc/<package>/copyright holds its full terms."),
                                   page));
    layout->addWidget(m_notices, 1);
    return page;
}

} // namespace comptoir::ui
