#include "TrayNotifier.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "Engine.h"
#include "widgets/AppIcon.h"
#include "widgets/SettingsLocal.h"

#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcTray, "nestogy.ui.tray")

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
constexpr int MessageShownMs = 10'000;
} // namespace

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    setObjectName(u"trayNotifier"_s);
    m_clock.start();
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &TrayNotifier::checkNow);
    m_pollTimer.setInterval(PollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &TrayNotifier::checkNow);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrayNotifier::flush);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
    m_tray->setObjectName(u"trayIcon"_s);
    m_tray->setToolTip(tr("Nestogy desk"));
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(u"trayMenu"_s);
    QAction *show = m_menu->addAction(tr("&Show Nestogy desk"));
    show->setObjectName(u"trayShowAction"_s);
    connect(show, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(u"trayQuitAction"_s);
    connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::openLastMessage);
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    // The icon goes before its menu.
    delete m_tray;
}

void TrayNotifier::setMessageSink(Sink sink)
{
    m_sink = std::move(sink);
}

void TrayNotifier::setIntervals(qint64 minMessageMs, int pollMs, int checkDelayMs)
{
    m_digest = TrayMessageDigest(minMessageMs);
    m_pollTimer.setInterval(pollMs);
    m_checkTimer.setInterval(checkDelayMs);
}

void TrayNotifier::setEngine(Engine *engine)
{
    m_engine = engine;
    m_cursor.reset();
    m_digest.clear();
    m_checkTimer.stop();
    m_flushTimer.stop();
    m_pollTimer.stop();
    connectChanges(nullptr);
    if (!engine || !isActive())
        return;
    connectChanges(engine->changes());
    m_pollTimer.start();
    checkNow(); // sets the starting point
}

void TrayNotifier::connectChanges(ChangeNotifier *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    if (!changes)
        return;
    connect(changes, &ChangeNotifier::alertsChanged, this, [this] { scheduleCheck(); });
    connect(changes, &ChangeNotifier::ticketsChanged, this, [this] { scheduleCheck(); });
}

void TrayNotifier::scheduleCheck()
{
    if (!m_checkTimer.isActive())
        m_checkTimer.start();
}

void TrayNotifier::checkNow()
{
    m_checkTimer.stop();
    Database *database = m_engine ? m_engine->database() : nullptr;
    if (!database || !isActive())
        return;
    QSqlDatabase db = database->connection();
    QString error;
    if (!m_cursor) {
        m_cursor = NotableEvents::latest(db, &error);
        if (!m_cursor)
            qCWarning(lcTray).noquote() << "cannot read where notifications start:" << error;
        return;
    }
    // Only the newest item is named; the rest is counted.
    const auto found = NotableEvents::since(db, *m_cursor, 1, &error);
    if (!found) {
        qCWarning(lcTray).noquote() << "cannot read new alerts and SLA breaches:" << error;
        return;
    }
    m_cursor = found->next;
    if (found->isEmpty())
        return;
    m_digest.add(*found);
    flush();
}

void TrayNotifier::flush()
{
    if (!SettingsLocal::load().notifications) {
        m_digest.clear();
        return;
    }
    const qint64 now = m_clock.elapsed();
    if (const auto message = m_digest.take(now)) {
        post(*message);
        return;
    }
    const qint64 wait = m_digest.msUntilDue(now);
    if (wait >= 0 && !m_flushTimer.isActive())
        m_flushTimer.start(int(wait));
}

void TrayNotifier::post(const TrayMessageDigest::Message &message)
{
    m_last = message;
    if (m_sink) {
        m_sink(message);
        return;
    }
    if (m_tray)
        m_tray->showMessage(message.title, message.body,
                            message.alertCount > 0 ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                            MessageShownMs);
}

void TrayNotifier::openLastMessage()
{
    if (!m_last.alertUuid.isEmpty())
        Q_EMIT openAlertRequested(m_last.alertUuid);
    else if (m_last.ticketId > 0)
        Q_EMIT openTicketRequested(m_last.ticketId);
}

} // namespace nestogy
