#include "SyncRun.h"

using namespace Qt::StringLiterals;

namespace nestogy {

QString SyncRun::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Running:
        return u"running"_s;
    case State::Retrying:
        return u"retrying"_s;
    case State::Done:
        return u"done"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<SyncRun::State> SyncRun::stateFrom(const QString &name)
{
    for (State s : {State::Queued, State::Running, State::Retrying, State::Done, State::Failed}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace nestogy
