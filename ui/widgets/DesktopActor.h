#pragma once

#include <QString>

namespace nestogy {

// Who the audit log and ticket history name for a change made in this desktop session: "desktop:<login>"
// (or "desktop" where the login is unknown), the counterpart of the API's token name.
namespace DesktopActor {
QString name();
}

} // namespace nestogy
