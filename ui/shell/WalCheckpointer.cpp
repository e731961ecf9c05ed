#include "shell/WalCheckpointer.h"

#include "services/AppServices.h"

#include <QTimer>

namespace comptoir::ui {

namespace {
constexpr int kIntervalMs = 60 * 1000;
}

WalCheckpointer::WalCheckpointer(AppServices &services, QObject *parent)
    : QObject(parent), m_services(services), m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
    m_timer->start();
}

void WalCheckpointer::checkpoint()
{
    (void)m_services.checkpoint(); // a failure leaves the WAL for the next one (or the next commit)
}

} // namespace comptoir::ui
