#include "InventorySyncBar.h"

#include "ChangeNotifier.h"
#include "DesktopActor.h"
#include "DeviceSyncCommands.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace nestogy {

InventorySyncBar::InventorySyncBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"inventorySyncBar"_s);
    m_sync = new QPushButton(tr("S&ync inventory"), this);
    m_sync->setObjectName(u"syncInventoryButton"_s);
    m_sync->setAccessibleName(tr("Sync inventory"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Inventory sync progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_sync);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);

    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_sync, &QPushButton::clicked, this, &InventorySyncBar::startSync);
    setBlocked(tr("Choose an integration to sync its devices from the RMM."));
}

void InventorySyncBar::setEngine(DeviceSyncCommands *commands, ChangeNotifier *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_commands = commands;
    m_changes = changes;
    if (m_changes) {
        connect(m_changes, &ChangeNotifier::integrationsChanged, this, &InventorySyncBar::refresh);
        connect(m_changes, &ChangeNotifier::devicesChanged, this, [this] {
            if (m_watchedRun > 0)
                refresh();
        });
    }
    refresh();
}

void InventorySyncBar::setIntegration(qint64 id, const QString &uuid)
{
    if (id == m_integrationId && uuid == m_uuid)
        return;
    m_integrationId = id;
    m_uuid = uuid;
    m_watchedRun = 0;
    refresh();
}

void InventorySyncBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(p);
    m_status->setAccessibleDescription(text);
}

void InventorySyncBar::setBlocked(const QString &why)
{
    m_poll.stop();
    m_progress->hide();
    m_sync->setEnabled(false);
    m_sync->setToolTip(why);
    setStatus(why, false);
}

void InventorySyncBar::refresh()
{
    if (!m_commands) {
        setBlocked(tr("The alert receiver is not running."));
        return;
    }
    if (m_integrationId <= 0) {
        setBlocked(tr("Choose an integration to sync its devices from the RMM."));
        return;
    }
    QString error;
    const auto integration = m_commands->find(m_uuid, &error);
    if (!integration) {
        setBlocked(error.isEmpty() ? tr("This integration no longer exists.")
                                   : tr("The integration could not be read: %1").arg(error));
        return;
    }
    if (const auto why = DeviceSyncCommands::unusable(*integration)) {
        setBlocked(
            why->first == u"provider"
                ? tr("%1 receives webhooks only: there is no device API to sync from.").arg(integration->name)
                : tr("To sync %1, set its API endpoint and credentials (%2).")
                      .arg(integration->name, why->second));
        return;
    }
    const auto run = m_commands->latest(m_integrationId, &error);
    if (!error.isEmpty()) {
        setBlocked(tr("The sync status could not be read: %1").arg(error));
        return;
    }
    m_sync->setToolTip(tr("Read every device of %1 from its RMM API now").arg(integration->name));
    if (!run) {
        m_poll.stop();
        m_progress->hide();
        m_sync->setEnabled(!m_requesting);
        setStatus(tr("Never synced."), false);
        return;
    }
    showRun(*run);
}

void InventorySyncBar::showRun(const SyncRun &run)
{
    const bool finished = run.finished();
    m_sync->setEnabled(finished && !m_requesting);
    if (finished)
        m_poll.stop();
    else if (!m_poll.isActive())
        m_poll.start();
    const bool ended = finished && m_watchedRun == run.id;
    m_watchedRun = finished ? 0 : run.id;

    switch (run.state) {
    case SyncRun::State::Queued:
        m_progress->setRange(0, 0);
        m_progress->show();
        setStatus(tr("Sync requested; waiting for a worker…"), false);
        break;
    case SyncRun::State::Running:
        if (run.total && *run.total > 0) {
            const int total = int(qMin<qint64>(*run.total, std::numeric_limits<int>::max()));
            m_progress->setRange(0, total);
            m_progress->setValue(int(qMin<qint64>(run.fetched, total)));
            setStatus(tr("Syncing: %1 of %2 devices (page %3)")
                          .arg(QLocale().toString(run.fetched), QLocale().toString(*run.total))
                          .arg(run.pages),
                      false);
        } else {
            m_progress->setRange(0, 0); // busy: the RMM does not say how many there are
            setStatus(tr("Syncing: %n device(s) so far (page %1)", nullptr, int(run.fetched)).arg(run.pages),
                      false);
        }
        m_progress->show();
        break;
    case SyncRun::State::Retrying:
        m_progress->hide();
        setStatus(tr("Attempt %1 failed: %2. It will be tried again.").arg(run.attempt).arg(run.error), true);
        break;
    case SyncRun::State::Done: {
        m_progress->hide();
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.finishedMs).toLocalTime(),
                                                QLocale::ShortFormat);
        const QString text =
            tr("Last sync %1: %n device(s), %2 new, %3 changed, %4 marked stale.", nullptr, int(run.fetched))
                .arg(when)
                .arg(run.inserted)
                .arg(run.updated)
                .arg(run.markedStale);
        setStatus(text, false);
        if (ended)
            Q_EMIT syncFinished(true, text);
        break;
    }
    case SyncRun::State::Failed: {
        m_progress->hide();
        const QString text = tr("The last sync failed: %1").arg(run.error);
        setStatus(text, true);
        if (ended)
            Q_EMIT syncFinished(false, text);
        break;
    }
    }
}

void InventorySyncBar::startSync()
{
    if (!m_commands || m_integrationId <= 0 || m_requesting)
        return;
    m_requesting = true;
    m_sync->setEnabled(false);
    m_commands->start(m_uuid, DesktopActor::name(), this, [this](const DeviceSyncCommands::Outcome &o) {
        m_requesting = false;
        using Status = DeviceSyncCommands::Outcome::Status;
        switch (o.status) {
        case Status::Ok:
            m_watchedRun = o.run->id;
            showRun(*o.run);
            return;
        case Status::Conflict:
            refresh();
            setStatus(tr("A sync of this integration is already running."), false);
            return;
        case Status::NotFound:
        case Status::Invalid:
        case Status::Unavailable:
            refresh();
            setStatus(tr("The sync could not be started: %1").arg(o.message), true);
            return;
        }
    });
}

} // namespace nestogy
