#include "RetentionPolicy.h"

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {
struct Field
{
    const char16_t *key;
    int RetentionPolicy::*member;
};
constexpr Field Fields[] = {
    {u"resolved_alert_days", &RetentionPolicy::resolvedAlertDays},
    {u"finished_job_days", &RetentionPolicy::finishedJobDays},
    {u"delivery_log_days", &RetentionPolicy::deliveryLogDays},
};
} // namespace

std::optional<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &json,
                                                         QList<QPair<QString, QString>> *problems)
{
    RetentionPolicy policy;
    QStringList known;
    for (const Field &f : Fields)
        known.append(QString::fromUtf16(f.key));
    QList<QPair<QString, QString>> found;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            found.append({it.key(), u"unknown field (known: %1)"_s.arg(known.join(u", "))});
    }
    for (const Field &f : Fields) {
        const QString key = QString::fromUtf16(f.key);
        if (!json.contains(key))
            continue;
        const QJsonValue v = json.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < 0 || d > MaxDays) {
            found.append({key, u"must be a whole number of days from 0 (keep forever) to %1"_s.arg(MaxDays)});
            continue;
        }
        policy.*f.member = int(d);
    }
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return std::nullopt;
    }
    return policy;
}

QJsonObject RetentionPolicy::toJson() const
{
    QJsonObject out;
    for (const Field &f : Fields)
        out.insert(QString::fromUtf16(f.key), this->*f.member);
    return out;
}

qint64 RetentionPolicy::cutoffMs(int days, qint64 nowMs)
{
    return days <= 0 ? -1 : nowMs - qint64(days) * 24 * 3600 * 1000;
}

} // namespace nestogy
