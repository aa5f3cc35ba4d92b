#include "SeverityLabels.h"

namespace nestogy {

QString SeverityLabels::display(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return tr("Urgent");
    case Severity::High:
        return tr("High");
    case Severity::Normal:
        return tr("Normal");
    case Severity::Low:
        return tr("Low");
    }
    return {};
}

} // namespace nestogy
