#pragma once

#include <QString>

namespace nestogy {

struct EngineConfig;

// This workstation's desktop settings, in QSettings (never secrets): where this process's alert receiver
// listens, which database it opens, its default webhook rate limit, the language, and the tray. The keys live
// here and nowhere else. The receiver's options take effect at the next start, through applyTo().
class SettingsLocal
{
public:
    struct Values
    {
        QString listenHost;          // "": the built-in default (127.0.0.1)
        quint16 listenPort = 0;      // 0: the built-in default (8080)
        QString databaseUrl;         // "": SQLite in the data folder; else a file path or postgresql:// URL
        QString tlsCertFile;         // "": plain HTTP; else HTTPS with this PEM certificate (chain) ...
        QString tlsKeyFile;          // ... and this PEM private key (both or neither)
        int rateLimitPerMinute = 0;  // 0: the built-in default
        QString language;            // "": the system's; "en", "de"
        bool startMinimized = false; // honour only where QSystemTrayIcon::isSystemTrayAvailable()
        bool notifications = true;   // desktop notifications for urgent alerts and SLA breaches
        bool operator==(const Values &) const = default;
    };

    static constexpr auto ListenHostKey = "receiver/listenHost";
    static constexpr auto ListenPortKey = "receiver/listenPort";
    static constexpr auto DatabaseUrlKey = "receiver/databaseUrl";
    static constexpr auto RateLimitKey = "receiver/rateLimitPerMinute";
    static constexpr auto TlsCertFileKey = "receiver/tlsCertFile";
    static constexpr auto TlsKeyFileKey = "receiver/tlsKeyFile";
    static constexpr auto LanguageKey = "ui/language";
    static constexpr auto StartMinimizedKey = "ui/startMinimized";
    static constexpr auto NotificationsKey = "ui/notifications";

    static Values load();
    static void save(const Values &values);

    // Fills in the receiver's start-up options that the command line and the environment left open: the
    // listen address (unless `listenGiven` on the command line), the database (unless config names one
    // already), the TLS certificate and key (unless config names either; they are checked when the engine
    // starts, which refuses to fall back to plain HTTP), and the rate limit, exported as
    // NESTOGY_RMM_RATE_LIMIT (where the engine reads it) unless that is set. Call after
    // EngineConfig::applyEnvironment(). Returns what was wrong with a stored value (then left out), or "".
    static QString applyTo(EngineConfig &config, bool listenGiven);
};

} // namespace nestogy
