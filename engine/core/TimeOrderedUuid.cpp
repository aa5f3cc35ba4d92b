#include "TimeOrderedUuid.h"

#include <QRandomGenerator>
#include <QUuid>

namespace nestogy::TimeOrderedUuid {

QString create(qint64 nowMs)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 ms = quint64(nowMs);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    QRandomGenerator::system()->generate(bytes.begin() + 6, bytes.end());
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace nestogy::TimeOrderedUuid
