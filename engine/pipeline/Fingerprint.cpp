#include "Fingerprint.h"

#include <QCryptographicHash>

namespace nestogy::Fingerprint {

QStringList defaultFields()
{
    return {QStringLiteral("device_id"), QStringLiteral("alert_type"), QStringLiteral("message")};
}

QStringList knownFields()
{
    return {QStringLiteral("device_id"),         QStringLiteral("device_name"), QStringLiteral("alert_type"),
            QStringLiteral("message"),           QStringLiteral("severity"),    QStringLiteral("client"),
            QStringLiteral("external_alert_id"), QStringLiteral("series_key")};
}

namespace {
QString fieldValue(const NormalizedAlert &a, const QString &field)
{
    if (field == u"device_id")
        return a.deviceId.isEmpty() ? a.deviceName : a.deviceId;
    if (field == u"device_name")
        return a.deviceName;
    if (field == u"alert_type")
        return a.alertType;
    if (field == u"message")
        return a.message;
    if (field == u"severity")
        return severity::toString(a.severity);
    if (field == u"client")
        return a.clientExternalId.isEmpty() ? a.clientName : a.clientExternalId;
    if (field == u"external_alert_id")
        return a.externalAlertId;
    if (field == u"series_key")
        return a.seriesKey;
    return {};
}
} // namespace

QString compute(qint64 integrationId, const NormalizedAlert &alert, const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(integrationId));
    for (const QString &f : fields) {
        // Unit separators keep ("ab","c") and ("a","bc") apart.
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(fieldValue(alert, f).trimmed().toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace nestogy::Fingerprint
