#pragma once

#include "NotableEvents.h"
#include "widgets/TrayMessageDigest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace nestogy {

class ChangeNotifier;
class Engine;

// The system tray icon (Show, Quit) and the desktop notifications for urgent alerts and SLA breaches. It
// looks for news (NotableEvents) when the engine reports changed alerts or tickets and every PollMs, since
// other processes sharing the database send no signals here; it starts at "now", so nothing older is
// announced. Messages go through TrayMessageDigest (one per 5 s, floods summarised) and only while
// notifications are on (SettingsLocal). Clicking a message asks for the item with openAlertRequested() or
// openTicketRequested(). Where the desktop has no system tray it shows nothing and reads nothing.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollMs = 30'000;
    static constexpr int CheckDelayMs = 500; // a burst of change signals is one look
    using Sink = std::function<void(const TrayMessageDigest::Message &)>;

    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    // The engine of this process (its database and change signals); nullptr before it goes away.
    void setEngine(Engine *engine);
    // Whether there is a tray icon (the desktop has a system tray).
    bool hasTrayIcon() const { return m_tray != nullptr; }
    // The last message shown (what a click opens); empty before the first.
    const TrayMessageDigest::Message &lastMessage() const { return m_last; }

    // Test seams: messages go to `sink` instead of the tray (also where there is none), and shorter
    // intervals.
    void setMessageSink(Sink sink);
    void setIntervals(qint64 minMessageMs, int pollMs, int checkDelayMs);

public Q_SLOTS:
    // Looks for news now and shows (or schedules) the message.
    void checkNow();
    // What clicking the last message does.
    void openLastMessage();

Q_SIGNALS:
    void openAlertRequested(const QString &uuid);
    void openTicketRequested(qint64 ticketId);
    void showWindowRequested();
    void quitRequested();

private:
    bool isActive() const { return m_tray || m_sink; }
    void connectChanges(ChangeNotifier *changes);
    void scheduleCheck();
    void flush();
    void post(const TrayMessageDigest::Message &message);

    QPointer<Engine> m_engine;
    QPointer<ChangeNotifier> m_changes;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    Sink m_sink;
    std::optional<NotableEvents::Cursor> m_cursor;
    TrayMessageDigest m_digest;
    TrayMessageDigest::Message m_last;
    QElapsedTimer m_clock;
    QTimer m_checkTimer;
    QTimer m_pollTimer;
    QTimer m_flushTimer;
};

} // namespace nestogy
