#pragma once

#include "Severity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nestogy {

// The translated names of the four internal severities, in the order editors list them.
class SeverityLabels
{
    Q_DECLARE_TR_FUNCTIONS(SeverityLabels)

public:
    static QString display(Severity severity);
    static QList<Severity> all()
    {
        return {Severity::Urgent, Severity::High, Severity::Normal, Severity::Low};
    }
};

} // namespace nestogy
