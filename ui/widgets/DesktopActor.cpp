#include "DesktopActor.h"

namespace nestogy::DesktopActor {

QString name()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("desktop") : QStringLiteral("desktop:") + user;
}

} // namespace nestogy::DesktopActor
