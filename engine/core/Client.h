#pragma once

#include <QString>

namespace nestogy {

// A customer of the MSP; RMM organizations and sites map onto clients through client_aliases.
struct Client
{
    qint64 id = 0;
    QString name;
    QString email;
    bool notifyOptIn = false;
    QString timezone;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

} // namespace nestogy
